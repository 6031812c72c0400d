/**
 * "Simulate" on the Policy tab: the last review's portfolio reviewed again under the edited
 * policy, in memory, and compared with the review as it stands (the workbook layer's
 * simulatePolicy, which the command line's --compare-policy shares). Nothing is read or
 * written: the input is the one the last review read, so the workbook and the document's
 * settings stay as they are.
 */
import { EngineError, type EngineErrorCode } from "../../engine/errors";
import type { Policy } from "../../engine/policy";
import type { PolicyIssue } from "../../engine/policy-validation";
import type { WhatIf } from "../../engine/history/what-if";
import { simulatePolicy } from "../../workbook/simulate-policy";
import type { PreparedReview } from "./prepared-review";

export type Simulation =
  | {
      kind: "done";
      whatIf: WhatIf;
      customers: number;
      /**
       * The edited money unit or currency was not simulated: the rows were read in the current
       * ones, so only a new review can show that change.
       */
      keptMoneyUnit: boolean;
      /** Earlier reviews the allowances drew on (0: the policies' floors alone). */
      earlierReviews: number;
    }
  /** The engine refused the edited policy: its code and, for a refused policy, each issue. */
  | { kind: "failed"; code: EngineErrorCode; issues: readonly PolicyIssue[] };

export function simulateEditedPolicy(prepared: PreparedReview, edited: Policy): Simulation {
  try {
    // The same Aging History for both policies, so the allowance change uses the roll rates
    // whenever the history is long enough for them.
    const simulation = simulatePolicy(prepared, edited, prepared.historySnapshots);
    return {
      kind: "done",
      whatIf: simulation.whatIf,
      customers: simulation.result.customers.length,
      keptMoneyUnit: simulation.keptMoneyUnit,
      earlierReviews: prepared.historySnapshots.length,
    };
  } catch (error) {
    // The engine refuses a policy the form let through (a rule only it checks): say which, as
    // data the panel words in the reader's language.
    if (error instanceof EngineError)
      return { kind: "failed", code: error.code, issues: error.issues };
    throw error;
  }
}
