/**
 * Thrown from deep inside the output plan when the plan cannot be made (the output columns would
 * pass Excel's last column). `prepareReview` turns it into a refusal; it carries data, no sentence.
 */
import type { RefusalOf } from "./review-refusal";

export type PlanRefusal = RefusalOf<"OUTPUT_PAST_LAST_COLUMN">;

export class PlanRefused extends Error {
  constructor(readonly refusal: PlanRefusal) {
    super(refusal.code);
    this.name = "PlanRefused";
  }
}
