/** A review computed and planned but not yet written: what the Preview shows and Apply writes. */
import type { Policy } from "../../engine/policy";
import type { Problem, ReviewInput, ReviewResult, SerialDate } from "../../engine/types";
import type { OutputPlan } from "../../workbook/plan";
import type { PreviewSummary } from "../preview/compare-with-log";

export interface PreparedReview {
  asOf: SerialDate;
  policy: Policy;
  /** Where the policy came from, so the pane can say which one ran. */
  policySource: "settings" | "recorded" | "workbook" | "default";
  input: ReviewInput;
  /** The sheet the customers were read from (its selected row picks the customer to explain). */
  customerSheet: string;
  result: ReviewResult;
  plan: OutputPlan;
  preview: PreviewSummary;
  /** Reading problems and review problems together (the result's list includes the input's). */
  problems: Problem[];
}
