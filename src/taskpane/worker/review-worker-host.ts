/**
 * The file-mode worker's side of the conversation: it keeps the chosen file and runs the same
 * review the pane runs in Excel (`prepareReview`, then the package write)
 * over a file port, reporting progress and results as messages. Cancelling is the pane's job:
 * it terminates the worker, which stops even a parse that never yields.
 */
import type { ReviewInPane } from "../flow/pane-review";
import type { PreparedReview } from "../flow/prepared-review";
import { applyOver, prepareOver, type WritePart } from "../flow/review-runner";
import { createFilePort, type XlsxFileApi } from "../ports/file-port";
import { createMemorySettings } from "../ports/memory-settings";
import { toWireError, type WorkerReply, type WorkerRequest } from "./review-worker-protocol";

export type PostReply = (reply: WorkerReply) => void;

export interface ReviewWorkerDependencies<Book> {
  api: XlsxFileApi<Book>;
  /** The review with the pane's language (`pane-review.ts`). */
  review: ReviewInPane;
}

/** Said when Apply names a review this worker no longer holds (a new file or run replaced it). */
export const NOT_PREPARED_HERE = "This review is no longer loaded; run the review again.";

export function createReviewWorkerHost<Book>(
  post: PostReply,
  dependencies: ReviewWorkerDependencies<Book>
): (request: WorkerRequest) => Promise<void> {
  // The pane keeps the settings and sends what a run needs; this store is never read.
  const port = createFilePort(createMemorySettings(), async () => dependencies.api);
  let latest: { id: number; prepared: PreparedReview } | null = null;
  // Never fired: a cancel terminates the whole worker instead.
  const running = new AbortController().signal;

  async function prepare(id: number, request: Extract<WorkerRequest, { kind: "prepare" }>) {
    latest = null;
    const outcome = await prepareOver(port, dependencies.review, {
      ...request.options,
      signal: running,
      onProgress: (progress) => post({ kind: "progress", id, progress }),
    });
    if (outcome.kind === "preview") latest = { id, prepared: outcome.prepared };
    post({ kind: "prepared", id, outcome });
  }

  async function apply(id: number, preparedId: number, part: WritePart) {
    if (latest?.id !== preparedId) throw new Error(NOT_PREPARED_HERE);
    await applyOver(
      port,
      latest.prepared,
      running,
      (progress) => post({ kind: "progress", id, progress }),
      part
    );
    const reviewed = await port.reviewed();
    if (!reviewed) throw new Error(NOT_PREPARED_HERE);
    // Copied, not transferred: the bytes stay valid here however the writer shares its buffers.
    post({ kind: "applied", id, reviewed });
  }

  return async (request) => {
    if (request.kind === "choose") {
      port.choose(request.file);
      latest = null;
      return;
    }
    try {
      if (request.kind === "prepare") await prepare(request.id, request);
      else await apply(request.id, request.preparedId, request.part);
    } catch (error) {
      // Reported to the pane, which shows it; the worker stays ready for the next run.
      post({ kind: "failed", id: request.id, error: toWireError(error) });
    }
  };
}
