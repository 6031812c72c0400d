/** The pipeline the pane's entry assembles: the real reader, engine, plan and own-sheet readers. */
import { createDefaultPipeline } from "../../src/taskpane/flow/default-pipeline";
import type { ReviewPipeline } from "../../src/taskpane/flow/review-pipeline";

export function testPipeline(): ReviewPipeline {
  return createDefaultPipeline();
}
