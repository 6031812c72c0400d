/**
 * The review as a sequence over the ports and the pipeline: read → policy → map → review → plan
 * (the steps of `src/workbook/workbook-review.ts`, stopping for the mapping form). Nothing
 * is written here; `applyPrepared` writes only after the user has seen the preview. Every step
 * checks the signal, so a cancelled review stops before anything reaches the workbook.
 */
import type { Policy } from "../../engine/policy";
import type { SerialDate } from "../../engine/types";
import { comparePreview } from "../preview/compare-with-log";
import type { ColumnMapping } from "../ports/pane-settings";
import type { ProgressListener, WorkbookPort } from "../ports/workbook-port";
import type { PreparedReview } from "./prepared-review";
import type { MappingRequest, ReviewPipeline } from "./review-pipeline";
import type { Problem } from "../../engine/types";
// Types only: the workbook layer loads with the pipeline, after the pane's first paint.
import type { ContentCheck, PolicySource, ReviewRefusal } from "../../workbook/workbook-review";

export interface PrepareOptions {
  asOf: SerialDate;
  locale: string;
  mapping: ColumnMapping;
  /** The policy saved with the document; null → the policy the workbook keeps, else the defaults. */
  savedPolicy: Policy | null;
  signal: AbortSignal;
  onProgress: ProgressListener;
}

export type PrepareOutcome =
  | { kind: "mapping"; requests: MappingRequest[]; problems: Problem[] }
  | { kind: "preview"; prepared: PreparedReview };

export const ABORT_ERROR_NAME = "AbortError";

/** The error a cancelled step throws; recognised by name like the platform's own. */
export function abortError(): Error {
  const error = new Error("The review was cancelled.");
  error.name = ABORT_ERROR_NAME;
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === ABORT_ERROR_NAME;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

export async function prepareReview(
  port: WorkbookPort,
  pipeline: ReviewPipeline,
  options: PrepareOptions
): Promise<PrepareOutcome> {
  const { signal } = options;
  throwIfAborted(signal);
  const raw = await port.read(signal, options.onProgress);
  throwIfAborted(signal);

  const choice = pipeline.choosePolicy(raw, options.savedPolicy);
  if (!choice.ok) throw new PolicyRefusedError(refusalErrors(choice.refusal));
  const { policy } = choice;

  const reading = pipeline.readWorkbook(raw, options.mapping, policy);
  if (reading.mappingRequests.length > 0 || reading.layout === null) {
    return { kind: "mapping", requests: reading.mappingRequests, problems: reading.problems };
  }
  const layout = reading.layout;
  const content = pipeline.checkContent(raw, reading, layout, policy);
  if (!content.ok) throw new ContentRefusedError(content.refusal);
  await yieldToPaint();
  throwIfAborted(signal);

  const result = pipeline.review(
    { ...content.input, problems: reading.problems },
    policy,
    options.asOf
  );
  await yieldToPaint();
  throwIfAborted(signal);

  const planned = pipeline.planReview({
    raw,
    input: reading.input,
    result,
    layout,
    policy,
    locale: options.locale,
  });
  throwIfAborted(signal);

  return {
    kind: "preview",
    prepared: {
      asOf: options.asOf,
      policy,
      policySource: PANE_POLICY_SOURCE[choice.source],
      input: reading.input,
      customerSheet: layout.customers.sheet,
      result,
      plan: planned.plan,
      preview: comparePreview(result.customers, planned.previousLog, policy),
      problems: [
        ...choice.problems,
        ...planned.problems,
        ...mergeProblems(reading.problems, result.problems),
      ],
    },
  };
}

/** Writes the planned output; the signal is checked once more so a late Cancel still wins. */
export async function applyPrepared(
  port: WorkbookPort,
  prepared: PreparedReview,
  signal: AbortSignal,
  onProgress: ProgressListener
): Promise<void> {
  throwIfAborted(signal);
  await port.apply(prepared.plan, onProgress);
}

/** The pane's words for where the policy came from (it is never handed one directly). */
const PANE_POLICY_SOURCE: Record<PolicySource, PreparedReview["policySource"]> = {
  given: "settings",
  settings: "settings",
  recorded: "recorded",
  sheet: "workbook",
  default: "default",
};

/** A sheet's refusal names the sheet, so the user knows which one to correct or replace. */
function refusalErrors(refusal: Extract<ReviewRefusal, { kind: "policy" }>): string[] {
  return refusal.sheet === null ? refusal.errors : [refusal.message];
}

/** The saved policy no longer validates: the review refuses to run on it. */
export class PolicyRefusedError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("\n"));
    this.name = "PolicyRefusedError";
  }
}

/** The tables were found but cannot give a trustworthy review (see `checkContent`). */
export class ContentRefusedError extends Error {
  readonly code: "COLUMN_UNREADABLE" | "MIXED_CURRENCIES";

  constructor(readonly refusal: Extract<ContentCheck, { ok: false }>["refusal"]) {
    super(refusal.message);
    this.name = "ContentRefusedError";
    this.code = refusal.kind === "columnUnreadable" ? "COLUMN_UNREADABLE" : "MIXED_CURRENCIES";
  }
}

/** The result normally carries the reading problems already; never list one twice. */
function mergeProblems(reading: Problem[], review: Problem[]): Problem[] {
  const seen = new Set(review.map(problemKey));
  return [...review, ...reading.filter((problem) => !seen.has(problemKey(problem)))];
}

function problemKey(problem: Problem): string {
  return [problem.sheet, problem.row, problem.column, problem.code, problem.value].join("\u0000");
}

/** Lets the progress bar and the Cancel button repaint between long synchronous steps. */
function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
