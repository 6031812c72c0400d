/**
 * A stand-in for the file-mode worker under jsdom (which has no Worker): the real worker host
 * runs in-process, every message is copied with V8's serializer (the structured clone a browser
 * uses, which refuses functions and class behaviour alike), and delivered on a later task; once
 * terminated, nothing more is delivered either way.
 */
import { deserialize, serialize } from "v8";
import type { ReviewInPane } from "../../src/taskpane/flow/pane-review";
import type { XlsxFileApi } from "../../src/taskpane/ports/file-port";
import { createReviewWorkerHost } from "../../src/taskpane/worker/review-worker-host";
import type { WorkerReply, WorkerRequest } from "../../src/taskpane/worker/review-worker-protocol";
import type { WorkerLike } from "../../src/taskpane/worker/worker-runner";

export interface InProcessWorker extends WorkerLike {
  terminated: boolean;
  received: WorkerRequest["kind"][];
  /** Makes the worker fail as a browser reports an uncaught error in it. */
  crash(message: string): void;
}

/** jsdom has no structuredClone; V8's serializer is the algorithm behind it. */
function cloneLikeABrowser<T>(value: T): T {
  return deserialize(serialize(value)) as T;
}

export function inProcessWorkerFactory<Book>(
  api: XlsxFileApi<Book>,
  review: ReviewInPane
): { spawn: () => InProcessWorker; spawned: InProcessWorker[] } {
  const spawned: InProcessWorker[] = [];
  const spawn = (): InProcessWorker => {
    const worker: InProcessWorker = {
      terminated: false,
      received: [],
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(message: WorkerRequest) {
        const copy = cloneLikeABrowser(message);
        setTimeout(() => {
          if (worker.terminated) return;
          worker.received.push(copy.kind);
          void handle(copy);
        });
      },
      terminate() {
        worker.terminated = true;
      },
      crash(message: string) {
        const event = new ErrorEvent("error", { message, cancelable: true });
        worker.onerror?.(event);
      },
    };
    const handle = createReviewWorkerHost(
      (reply: WorkerReply) => {
        const copy = cloneLikeABrowser(reply);
        setTimeout(() => {
          if (!worker.terminated) worker.onmessage?.(new MessageEvent("message", { data: copy }));
        });
      },
      { api, review }
    );
    spawned.push(worker);
    return worker;
  };
  return { spawn, spawned };
}
