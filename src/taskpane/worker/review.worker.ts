/**
 * Entry of the file-mode worker (its own chunk, "file-mode"): binds the review host to the
 * worker's messages. Started by `spawn-review-worker.ts` when a file is first reviewed.
 */
import { reviewInPane } from "../flow/pane-review";
import { xlsxFileApi } from "../ports/xlsx-file-api";
import { createReviewWorkerHost } from "./review-worker-host";
import type { WorkerReply, WorkerRequest } from "./review-worker-protocol";

/** The part of a dedicated worker's global scope used here (the project compiles against DOM types). */
interface WorkerScope {
  postMessage(message: WorkerReply): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

// `self` is typed as a Window under the DOM library; in this file it is the worker's scope.
const scope = self as unknown as WorkerScope;
const handle = createReviewWorkerHost((reply) => scope.postMessage(reply), {
  api: xlsxFileApi,
  review: reviewInPane,
});

scope.onmessage = (event) => {
  // The host reports failures as messages; should even that fail, rethrowing outside the
  // promise makes it an uncaught worker error, which the pane receives as the worker's `error`.
  handle(event.data).catch((error: unknown) =>
    setTimeout(() => {
      throw error;
    })
  );
};
