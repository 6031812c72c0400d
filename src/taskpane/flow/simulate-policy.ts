/**
 * "Simulate" on the Policy tab: the last review's portfolio reviewed again under the edited
 * policy, in memory, and compared with the review as it stands. Nothing is read or written: the
 * input is the one the last review read, so the workbook and the document's settings stay as
 * they are.
 */
import type { Policy } from "../../engine/policy";
import { review } from "../../engine/review";
import { whatIf, type WhatIf } from "../../engine/history/what-if";
import type { PreparedReview } from "./prepared-review";

export type Simulation =
  | { kind: "done"; whatIf: WhatIf; customers: number }
  /**
   * The edited policy reads the workbook differently (its money unit or currency): the rows
   * already read cannot stand for it, so only a new review can show the change.
   */
  | { kind: "needsReview" }
  | { kind: "failed"; message: string };

export function simulatePolicy(prepared: PreparedReview, edited: Policy): Simulation {
  if (
    edited.minorPerUnit !== prepared.policy.minorPerUnit ||
    edited.currency !== prepared.policy.currency
  )
    return { kind: "needsReview" };
  try {
    const after = review(prepared.input, edited, prepared.asOf);
    // No loss allowance here: it needs the Aging History, which a simulation does not read.
    return {
      kind: "done",
      whatIf: whatIf(prepared.result, after),
      customers: after.customers.length,
    };
  } catch (error) {
    // The engine refuses a policy the form let through (a rule only it checks): say which.
    if (error instanceof RangeError) return { kind: "failed", message: error.message };
    throw error;
  }
}
