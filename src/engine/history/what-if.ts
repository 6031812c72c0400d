/**
 * What a policy change would do, before it is made: the same portfolio reviewed under the
 * current and the edited policy, compared customer by customer. Nothing is written.
 */
import { maxMinor, sumMinor, ZERO_MINOR } from "../money";
import type { CustomerResult, Minor, ReviewResult } from "../types";
import { gradeMigration, type GradedEntry, type MigrationCell } from "./grade-migration";
import { scoreChange, type Change, type ScoreChange } from "./score-changes";

export interface WhatIf {
  /** Customers from each grade to each grade (amounts: open amounts). */
  migration: MigrationCell[];
  totalLimit: Change<Minor>;
  terms: {
    raised: number;
    lowered: number;
    /** Mean terms in days over the customers; null when there are none. */
    mean: Change<number | null>;
  };
  /** Ids whose exposure exceeds the limit under the edited policy and did not before. */
  newlyOverLimit: string[];
  suspensionsAdded: string[];
  suspensionsLifted: string[];
  /** Null when no allowance was given for one of the two. */
  allowance: Change<Minor> | null;
  /** Each customer whose score, grade, limit or terms would change, explained. */
  changes: { customerId: string; change: ScoreChange }[];
}

function graded(customers: readonly CustomerResult[]): GradedEntry[] {
  return customers.map((c) => ({
    id: c.id,
    grade: c.grade,
    amount: maxMinor(ZERO_MINOR, c.openAmount),
  }));
}

function meanTerms(customers: readonly CustomerResult[]): number | null {
  if (customers.length === 0) return null;
  return customers.reduce((sum, c) => sum + c.termsDays, 0) / customers.length;
}

/** `allowances`: the two loss allowances' totals when known (see history-analysis.ts). */
export function whatIf(
  current: ReviewResult,
  edited: ReviewResult,
  allowances: Change<Minor> | null = null
): WhatIf {
  const before = new Map(current.customers.map((c) => [c.id, c]));
  const result: WhatIf = {
    migration: gradeMigration(graded(current.customers), graded(edited.customers)),
    totalLimit: {
      from: sumMinor(current.customers.map((c) => c.limit)),
      to: sumMinor(edited.customers.map((c) => c.limit)),
    },
    terms: {
      raised: 0,
      lowered: 0,
      mean: { from: meanTerms(current.customers), to: meanTerms(edited.customers) },
    },
    newlyOverLimit: [],
    suspensionsAdded: [],
    suspensionsLifted: [],
    allowance: allowances,
    changes: [],
  };
  for (const after of edited.customers) {
    const earlier = before.get(after.id);
    if (earlier === undefined) continue;
    if (after.termsDays > earlier.termsDays) result.terms.raised += 1;
    if (after.termsDays < earlier.termsDays) result.terms.lowered += 1;
    if (after.exposure > after.limit && earlier.exposure <= earlier.limit)
      result.newlyOverLimit.push(after.id);
    if (after.status === "SUSPEND" && earlier.status !== "SUSPEND")
      result.suspensionsAdded.push(after.id);
    if (after.status !== "SUSPEND" && earlier.status === "SUSPEND")
      result.suspensionsLifted.push(after.id);
    const change = scoreChange(earlier, after);
    if (change) result.changes.push({ customerId: after.id, change });
  }
  return result;
}
