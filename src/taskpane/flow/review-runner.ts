/**
 * Where a review is prepared and applied. Inside Excel it runs on the pane's own thread over the
 * workbook port (Office.js does the heavy lifting in the host); in file mode a worker runs it
 * (`worker/worker-runner.ts`), so unpacking and reviewing a large or hostile file never freezes
 * the page. Either way the review itself is the workbook layer's `prepareReview`; nothing is
 * written until Apply. The pane sees only this seam.
 */
import { throwIfAborted } from "../../workbook/cancelled";
import type { OutputPlan } from "../../workbook/plan";
import type { ProgressListener, WorkbookPort } from "../ports/workbook-port";
import type { PaneOutcome, PaneReviewRequest, ReviewInPane } from "./pane-review";
import type { PreparedReview } from "./prepared-review";

export interface PrepareOptions extends PaneReviewRequest {
  signal: AbortSignal;
  onProgress: ProgressListener;
}

export interface ReviewRunner {
  /** Reads, reviews and plans; nothing is written. Rejects with an `AbortError` on cancel. */
  prepare(options: PrepareOptions): Promise<PaneOutcome>;
  /** Writes the prepared review's plan; a cancel before the write still wins. */
  apply(prepared: PreparedReview, signal: AbortSignal, onProgress: ProgressListener): Promise<void>;
  /** Writes only the prepared review's Letters sheet (and the output map that proves it ours). */
  writeLetters(
    prepared: PreparedReview,
    signal: AbortSignal,
    onProgress: ProgressListener
  ): Promise<void>;
}

/** Said when a review plans no Letters sheet (the button is offered only when it does). */
export const NO_LETTERS_SHEET = "This review has no Letters sheet to write.";

/** What a write carries out: the whole plan, or the Letters sheet alone. */
export type WritePart = "all" | "letters";

/**
 * The plan of a write. The Letters-only plan (with the output map's words) is fetched on first
 * use, keeping it out of the pane's first load.
 */
export async function planToWrite(prepared: PreparedReview, part: WritePart): Promise<OutputPlan> {
  if (part === "all") return prepared.plan;
  const { lettersOnlyPlan } = await import("../../workbook/letters-only-plan");
  const plan = lettersOnlyPlan(prepared);
  if (plan === null) throw new Error(NO_LETTERS_SHEET);
  return plan;
}

/** Lets the progress bar and the Cancel button repaint between long synchronous steps. */
export function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Reads over `port`, then runs the review (fetched on first use) on the calling thread. */
export async function prepareOver(
  port: WorkbookPort,
  review: ReviewInPane,
  options: PrepareOptions,
  yieldToHost?: () => Promise<void>
): Promise<PaneOutcome> {
  const { signal, onProgress, ...request } = options;
  throwIfAborted(signal);
  const raw = await port.read(signal, onProgress);
  throwIfAborted(signal);
  return review(raw, request, { signal, yieldToHost });
}

/** Writes the planned output; the signal is checked once more so a late Cancel still wins. */
export async function applyOver(
  port: WorkbookPort,
  prepared: PreparedReview,
  signal: AbortSignal,
  onProgress: ProgressListener,
  part: WritePart = "all"
): Promise<void> {
  throwIfAborted(signal);
  const plan = await planToWrite(prepared, part);
  throwIfAborted(signal);
  await port.apply(plan, onProgress);
}

/** The review on the calling thread, over `port`, with the review module fetched on first use. */
export function createLocalRunner(
  port: WorkbookPort,
  loadReview: () => Promise<ReviewInPane>
): ReviewRunner {
  return {
    prepare: async (options) => prepareOver(port, await loadReview(), options, yieldToPaint),
    apply: (prepared, signal, onProgress) => applyOver(port, prepared, signal, onProgress),
    writeLetters: (prepared, signal, onProgress) =>
      applyOver(port, prepared, signal, onProgress, "letters"),
  };
}
