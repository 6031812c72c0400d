/**
 * The file mode's review runner: the pane keeps the chosen file and the reviewed copy, and a
 * dedicated worker does the reading, reviewing, planning and package writing. The page only
 * renders, so a huge or hostile workbook cannot freeze it; Cancel terminates the worker, which
 * stops the work wherever it is (even inside one long parse), and the next run starts a new one.
 */
import type { PreparedReview } from "../flow/prepared-review";
import { abortError } from "../../workbook/cancelled";
import type { PaneOutcome } from "../flow/pane-review";
import type { ReviewRunner, WritePart } from "../flow/review-runner";
import { NoFileChosenError, type ChosenFile, type ReviewedFile } from "../ports/file-port";
import type { ProgressListener } from "../ports/workbook-port";
import { fromWireError, type WorkerReply, type WorkerRequest } from "./review-worker-protocol";

/** What the runner needs of a worker; a browser `Worker` is one, tests pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export interface FileReviewRunner extends ReviewRunner {
  choose(file: ChosenFile): void;
  chosenName(): string | null;
  /** The reviewed workbook, once a review has been applied to the chosen file; else null. */
  reviewed(): ReviewedFile | null;
}

/** Said when the worker itself fails (its script did not load, or it crashed). */
export const WORKER_FAILED = "The file could not be reviewed: the page's review worker stopped";

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
  onProgress: ProgressListener;
}

export function createWorkerRunner(spawn: () => WorkerLike): FileReviewRunner {
  let chosen: ChosenFile | null = null;
  let reviewedFile: ReviewedFile | null = null;
  let worker: WorkerLike | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  /** Which request produced a prepared review, so Apply can name it to the worker. */
  const preparedBy = new WeakMap<PreparedReview, number>();

  /** Ends the worker and every request it held; the next request starts a fresh one. */
  function stop(reason: Error): void {
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) request.reject(reason);
  }

  function onReply(reply: WorkerReply): void {
    const request = pending.get(reply.id);
    if (!request) return; // A reply to a request already cancelled.
    if (reply.kind === "progress") {
      request.onProgress(reply.progress);
      return;
    }
    pending.delete(reply.id);
    if (reply.kind === "failed") request.reject(fromWireError(reply.error));
    else request.resolve(reply);
  }

  function send(chosenFile: ChosenFile): void {
    // A copy, handed over: the chosen bytes stay here for the next worker after a cancel.
    const bytes = chosenFile.bytes.slice(0);
    worker?.postMessage({ kind: "choose", file: { name: chosenFile.name, bytes } }, [bytes]);
  }

  function running(): WorkerLike {
    if (worker) return worker;
    const started = spawn();
    started.onmessage = (event) => onReply(event.data as WorkerReply); // Only our worker posts here.
    started.onerror = (event) => {
      event.preventDefault();
      stop(new Error(`${WORKER_FAILED}: ${event.message || "no reason given"}.`));
    };
    started.onmessageerror = () => stop(new Error(`${WORKER_FAILED}: a reply could not be read.`));
    worker = started;
    if (chosen) send(chosen);
    return started;
  }

  /** Sends one request and waits for its answer; an abort ends the worker at once. */
  function request(
    message: (id: number) => WorkerRequest,
    signal: AbortSignal,
    onProgress: ProgressListener
  ): Promise<WorkerReply> {
    if (signal.aborted) return Promise.reject(abortError());
    const target = running();
    const id = ++nextId;
    return new Promise<WorkerReply>((resolve, reject) => {
      const onAbort = () => stop(abortError());
      signal.addEventListener("abort", onAbort, { once: true });
      const done = () => signal.removeEventListener("abort", onAbort);
      pending.set(id, {
        resolve: (reply) => {
          done();
          resolve(reply);
        },
        reject: (error) => {
          done();
          reject(error);
        },
        onProgress,
      });
      target.postMessage(message(id), []);
    });
  }

  async function write(
    prepared: PreparedReview,
    part: WritePart,
    signal: AbortSignal,
    onProgress: ProgressListener
  ): Promise<void> {
    const preparedId = preparedBy.get(prepared);
    if (preparedId === undefined)
      throw new Error(`${WORKER_FAILED}: this review was not prepared here.`);
    const reply = await request(
      (id) => ({ kind: "apply", id, preparedId, part }),
      signal,
      onProgress
    );
    if (reply.kind !== "applied") throw new Error(`${WORKER_FAILED}: unexpected ${reply.kind}.`);
    reviewedFile = reply.reviewed;
  }

  return {
    choose(file) {
      chosen = file;
      reviewedFile = null;
      if (worker) send(file);
    },
    chosenName: () => chosen?.name ?? null,
    reviewed: () => reviewedFile,
    async prepare(options): Promise<PaneOutcome> {
      if (!chosen) throw new NoFileChosenError();
      reviewedFile = null;
      const { signal, onProgress, ...plain } = options;
      const reply = await request(
        (id) => ({ kind: "prepare", id, options: plain }),
        signal,
        onProgress
      );
      if (reply.kind !== "prepared") throw new Error(`${WORKER_FAILED}: unexpected ${reply.kind}.`);
      if (reply.outcome.kind === "preview") preparedBy.set(reply.outcome.prepared, reply.id);
      return reply.outcome;
    },
    apply: (prepared, signal, onProgress) => write(prepared, "all", signal, onProgress),
    writeLetters: (prepared, signal, onProgress) => write(prepared, "letters", signal, onProgress),
  };
}
