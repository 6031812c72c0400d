/**
 * Which customers a review changes (CREDIT-POLICY.md §10, 客戶授信調整表; issue 10): every
 * customer whose score, grade, limit or terms differ from its previous record in the Credit Log,
 * and every new customer. A score or grade move with the same limit and terms is "unchanged"
 * credit but still listed, so its Why is not lost. The
 * Credit Changes sheet writes exactly these rows and the pane previews exactly these rows, so a
 * preview can never say "unchanged" where the sheet lists a change.
 */
import type {
  CustomerResult,
  Grade,
  Minor,
  ReasonCode,
  ReviewResult,
  SerialDate,
} from "../engine/types";
import type { ExplainedChange } from "./customer-score-changes";
import type { LogEntry } from "./layout";
import { toMinorUnits } from "./plan-values";

export type CreditChange = "raised" | "lowered" | "unchanged" | "newCustomer";

/** One row of the Credit Changes table, money in minor units (the sheet converts at the edge). */
export interface CreditChangeRow {
  customerId: string;
  customerName: string;
  /** The date of the previous record; null for a new customer. */
  previousReview: SerialDate | null;
  previousGrade: Grade | null;
  newGrade: Grade | null;
  previousLimit: Minor | null;
  newLimit: Minor;
  previousTerms: number | null;
  newTerms: number;
  /** What happened to the limit and terms; "unchanged" when only the score or grade moved. */
  change: CreditChange;
  reasons: ReasonCode[];
  /** Why it changed (customer-score-changes.ts); null for a new customer. */
  why: ExplainedChange | null;
}

/**
 * Each customer's most recent record from BEFORE this review's date. Records of the same date
 * are earlier runs of this same review (re-run after a correction) and are not "previous"; among
 * records of one date the one written last wins.
 */
export function previousRecords(log: readonly LogEntry[], asOf: SerialDate): Map<string, LogEntry> {
  const latest = new Map<string, LogEntry>();
  for (const entry of log) {
    if (entry.reviewDate >= asOf) continue;
    const known = latest.get(entry.customerId);
    if (!known || entry.reviewDate >= known.reviewDate) latest.set(entry.customerId, entry);
  }
  return latest;
}

/** Compared in minor units (the log holds currency units): limit first, then terms. */
export function classifyChange(
  customer: CustomerResult,
  previous: LogEntry | undefined,
  minorPerUnit: number
): CreditChange {
  if (!previous) return "newCustomer";
  const previousLimit = toMinorUnits(previous.creditLimit, minorPerUnit);
  if (customer.limit !== previousLimit)
    return customer.limit > previousLimit ? "raised" : "lowered";
  if (customer.termsDays !== previous.termsDays)
    return customer.termsDays > previous.termsDays ? "raised" : "lowered";
  return "unchanged";
}

/**
 * The rows of the Credit Changes table, in customer order; `why` from `scoreChanges`, whose
 * entries are exactly the customers with a changed score, grade, limit or terms.
 */
export function creditChangeRows(
  result: Pick<ReviewResult, "asOf" | "customers">,
  previousLog: readonly LogEntry[],
  minorPerUnit: number,
  scoreChanges: ReadonlyMap<string, ExplainedChange> = new Map()
): CreditChangeRow[] {
  const previous = previousRecords(previousLog, result.asOf);
  const rows: CreditChangeRow[] = [];
  for (const customer of result.customers) {
    const before = previous.get(customer.id);
    const change = classifyChange(customer, before, minorPerUnit);
    const why = scoreChanges.get(customer.id) ?? null;
    if (change === "unchanged" && why === null && before?.grade === customer.grade) continue;
    rows.push({
      customerId: customer.id,
      customerName: customer.name,
      previousReview: before?.reviewDate ?? null,
      previousGrade: before?.grade ?? null,
      newGrade: customer.grade,
      previousLimit: before ? toMinorUnits(before.creditLimit, minorPerUnit) : null,
      newLimit: customer.limit,
      previousTerms: before ? before.termsDays : null,
      newTerms: customer.termsDays,
      change,
      reasons: customer.reasons,
      why,
    });
  }
  return rows;
}
