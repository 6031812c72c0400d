/**
 * What a review will change, before anything is written: each customer's new grade, limit and
 * terms set against the latest Credit Log entry, with the causes a credit officer can check.
 */
import type { Policy } from "../../engine/policy";
import type { CustomerResult, Grade, Minor, ReasonCode, Status } from "../../engine/types";
import type { LogEntry } from "../../workbook/layout";

export type LimitChange = "raised" | "lowered" | "unchanged" | "new";

/** Why a limit moved: adjustment reasons first, then a grade or score move, else the base. */
export type ChangeCause =
  | { kind: "reason"; code: ReasonCode }
  | { kind: "grade"; from: Grade | null; to: Grade | null }
  | { kind: "score"; from: number | null; to: number | null }
  | { kind: "base" };

export interface PreviewRow {
  id: string;
  name: string;
  previousLimit: Minor | null;
  newLimit: Minor;
  previousGrade: Grade | null;
  newGrade: Grade | null;
  previousTerms: number | null;
  newTerms: number;
  status: Status;
  /** The adjustment reasons of this review, whether or not the customer is new. */
  reasons: ReasonCode[];
  change: LimitChange;
  causes: ChangeCause[];
}

export type GradeKey = Grade | "none";

export interface PreviewSummary {
  customers: number;
  gradeCounts: Record<GradeKey, number>;
  /** Customers whose grade differs from their previous log entry (new customers excluded). */
  gradeMoves: number;
  raised: number;
  lowered: number;
  newCustomers: number;
  /** Every customer whose limit, grade or terms changed, or who is new, in customer order. */
  changes: PreviewRow[];
  suspended: PreviewRow[];
}

/** The most recent entry per customer (a later review date wins; ties keep the later row). */
export function latestEntries(log: LogEntry[]): Map<string, LogEntry> {
  const latest = new Map<string, LogEntry>();
  for (const entry of log) {
    const seen = latest.get(entry.customerId);
    if (!seen || entry.reviewDate >= seen.reviewDate) latest.set(entry.customerId, entry);
  }
  return latest;
}

export function comparePreview(
  customers: CustomerResult[],
  log: LogEntry[],
  policy: Policy
): PreviewSummary {
  const latest = latestEntries(log);
  const gradeCounts: Record<GradeKey, number> = { A: 0, B: 0, C: 0, D: 0, none: 0 };
  const rows = customers.map((customer) => {
    gradeCounts[customer.grade ?? "none"] += 1;
    return previewRow(customer, latest.get(customer.id), policy);
  });
  return {
    customers: customers.length,
    gradeCounts,
    gradeMoves: rows.filter((row) => row.change !== "new" && row.previousGrade !== row.newGrade)
      .length,
    raised: rows.filter((row) => row.change === "raised").length,
    lowered: rows.filter((row) => row.change === "lowered").length,
    newCustomers: rows.filter((row) => row.change === "new").length,
    changes: rows.filter(isChanged).sort(byChangeKind),
    suspended: rows.filter((row) => row.status === "SUSPEND"),
  };
}

/** Falls first (they need a word with the customer), then rises, then other changes, then new. */
const CHANGE_ORDER: Record<LimitChange, number> = { lowered: 0, raised: 1, unchanged: 2, new: 3 };

function byChangeKind(a: PreviewRow, b: PreviewRow): number {
  return CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change];
}

function isChanged(row: PreviewRow): boolean {
  return (
    row.change !== "unchanged" ||
    row.previousGrade !== row.newGrade ||
    row.previousTerms !== row.newTerms
  );
}

function previewRow(
  customer: CustomerResult,
  previous: LogEntry | undefined,
  policy: Policy
): PreviewRow {
  // The log keeps currency units; comparing in minor units keeps the integer arithmetic.
  const previousLimit = previous ? Math.round(previous.creditLimit * policy.minorPerUnit) : null;
  return {
    id: customer.id,
    name: customer.name,
    previousLimit,
    newLimit: customer.limit,
    previousGrade: previous ? previous.grade : null,
    newGrade: customer.grade,
    previousTerms: previous ? previous.termsDays : null,
    newTerms: customer.termsDays,
    status: customer.status,
    reasons: customer.reasons,
    change: limitChange(previousLimit, customer.limit),
    causes: previous ? changeCauses(customer, previous) : [],
  };
}

function limitChange(previous: Minor | null, next: Minor): LimitChange {
  if (previous === null) return "new";
  if (next > previous) return "raised";
  if (next < previous) return "lowered";
  return "unchanged";
}

function changeCauses(customer: CustomerResult, previous: LogEntry): ChangeCause[] {
  const causes: ChangeCause[] = customer.reasons.map((code) => ({ kind: "reason", code }));
  if (previous.grade !== customer.grade) {
    causes.push({ kind: "grade", from: previous.grade, to: customer.grade });
  } else if (!sameScore(previous.score, customer.score)) {
    causes.push({ kind: "score", from: previous.score, to: customer.score });
  }
  if (causes.length === 0) causes.push({ kind: "base" });
  return causes;
}

/** The log keeps the score to one decimal; a smaller difference is not a move. */
function sameScore(previous: number | null, next: number | null): boolean {
  if (previous === null || next === null) return previous === next;
  return Math.abs(previous - next) < 0.05;
}
