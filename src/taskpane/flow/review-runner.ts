/**
 * Where a review is prepared and applied. Inside Excel the flow runs on the pane's own thread
 * over the workbook port (Office.js does the heavy lifting in the host); in file mode a worker
 * runs it (`worker/worker-runner.ts`), so unpacking and reviewing a large or hostile file never
 * freezes the page. The pane sees only this seam.
 */
import type { WorkbookPort, ProgressListener } from "../ports/workbook-port";
import type { PreparedReview } from "./prepared-review";
import {
  applyPrepared,
  prepareReview,
  type PrepareOptions,
  type PrepareOutcome,
} from "./review-flow";
import type { ReviewPipeline } from "./review-pipeline";

export interface ReviewRunner {
  /** Reads, reviews and plans; nothing is written. Rejects with an `AbortError` on cancel. */
  prepare(options: PrepareOptions): Promise<PrepareOutcome>;
  /** Writes the prepared review's plan; a cancel before the write still wins. */
  apply(prepared: PreparedReview, signal: AbortSignal, onProgress: ProgressListener): Promise<void>;
}

/** The flow on the calling thread, over `port`, with the pipeline fetched on first use. */
export function createLocalRunner(
  port: WorkbookPort,
  loadPipeline: () => Promise<ReviewPipeline>
): ReviewRunner {
  return {
    prepare: async (options) => prepareReview(port, await loadPipeline(), options),
    apply: (prepared, signal, onProgress) => applyPrepared(port, prepared, signal, onProgress),
  };
}
