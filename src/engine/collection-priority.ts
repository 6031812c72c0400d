/**
 * The worklist's order: overdue amount × (1 + days of the oldest overdue invoice / ageFactorDays)
 * × the grade's factor. Promises and disputes are shown beside it, not scored.
 */
import type { Policy } from "./policy";
import type { Grade, Minor } from "./types";

export function collectionPriority(
  /** Overdue amount with disputed invoices left out, minor units. */
  overdue: Minor,
  /** Days overdue of the oldest overdue invoice counted in `overdue`. */
  oldestOverdueDays: number,
  grade: Grade | null,
  policy: Policy
): number {
  if (overdue <= 0) return 0;
  const { ageFactorDays, gradeFactors } = policy.collections;
  const gradeFactor = grade === null ? gradeFactors.ungraded : gradeFactors[grade];
  return overdue * (1 + Math.max(0, oldestOverdueDays) / ageFactorDays) * gradeFactor;
}
