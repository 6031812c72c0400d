/** The pipeline the pane runs on: the shared review steps with the pane's language. */
import { createReviewPipeline } from "./real-pipeline";
import type { ReviewPipeline } from "./review-pipeline";

export function createDefaultPipeline(): ReviewPipeline {
  return createReviewPipeline();
}
