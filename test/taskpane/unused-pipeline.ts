/** A pipeline for tests that never run a review: any call other than validation is a test bug. */
import { validatePolicy } from "../../src/engine/policy-validation";
import type { ReviewPipeline } from "../../src/taskpane/flow/review-pipeline";

const notInThisTest = (step: string) => () => {
  throw new Error(`${step} is not part of this test`);
};

export const validationOnlyPipeline: ReviewPipeline = {
  choosePolicy: notInThisTest("choosePolicy"),
  readWorkbook: notInThisTest("readWorkbook"),
  checkContent: notInThisTest("checkContent"),
  review: notInThisTest("review"),
  planReview: notInThisTest("planReview"),
  validatePolicy,
};
