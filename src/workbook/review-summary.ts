/**
 * The figures a review's preview and summary give before anything is written: customers per
 * grade, grade moves, and the raised / lowered / new counts of the Credit Changes rows, so the
 * counts always agree with the rows the Credit Changes sheet gets.
 */
import type { Grade, ReasonCode, ReviewResult } from "../engine/types";
import type { CreditChangeRow } from "./credit-changes";
import { previousRecords } from "./credit-changes";
import type { LogEntry } from "./layout";

export type GradeKey = Grade | "none";

export interface SuspendedCustomer {
  customerId: string;
  customerName: string;
  reasons: ReasonCode[];
}

export interface ReviewSummary {
  customers: number;
  gradeCounts: Record<GradeKey, number>;
  /** Customers with a previous record (before the as-of date) whose grade differs from it. */
  gradeMoves: number;
  raised: number;
  lowered: number;
  newCustomers: number;
  suspended: SuspendedCustomer[];
}

export function summariseReview(
  result: Pick<ReviewResult, "asOf" | "customers">,
  previousLog: readonly LogEntry[],
  changes: readonly CreditChangeRow[]
): ReviewSummary {
  const previous = previousRecords(previousLog, result.asOf);
  const gradeCounts: Record<GradeKey, number> = { A: 0, B: 0, C: 0, D: 0, none: 0 };
  let gradeMoves = 0;
  const suspended: SuspendedCustomer[] = [];
  for (const customer of result.customers) {
    gradeCounts[customer.grade ?? "none"] += 1;
    const before = previous.get(customer.id);
    if (before && before.grade !== customer.grade) gradeMoves += 1;
    if (customer.status === "SUSPEND")
      suspended.push({
        customerId: customer.id,
        customerName: customer.name,
        reasons: customer.reasons,
      });
  }
  const counted = (change: CreditChangeRow["change"]) =>
    changes.filter((row) => row.change === change).length;
  return {
    customers: result.customers.length,
    gradeCounts,
    gradeMoves,
    raised: counted("raised"),
    lowered: counted("lowered"),
    newCustomers: counted("newCustomer"),
    suspended,
  };
}
