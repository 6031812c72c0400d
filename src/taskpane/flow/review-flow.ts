/**
 * The review as a sequence over the ports and the pipeline: read → map → review → plan. Nothing
 * is written here; `applyPrepared` writes only after the user has seen the preview. Every step
 * checks the signal, so a cancelled review stops before anything reaches the workbook.
 */
import { DEFAULT_POLICY, type Policy } from "../../engine/policy";
import type { SerialDate } from "../../engine/types";
import { comparePreview } from "../preview/compare-with-log";
import type { ColumnMapping } from "../ports/pane-settings";
import type { ProgressListener, WorkbookPort } from "../ports/workbook-port";
import type { PreparedReview } from "./prepared-review";
import type { MappingRequest, ReviewPipeline } from "./review-pipeline";
import type { Problem } from "../../engine/types";

export interface PrepareOptions {
  asOf: SerialDate;
  locale: string;
  mapping: ColumnMapping;
  /** The policy saved with the document; null → the workbook's Policy sheet, else the defaults. */
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

  const reading = pipeline.readWorkbook(raw, options.mapping);
  if (reading.mappingRequests.length > 0 || reading.layout === null) {
    return { kind: "mapping", requests: reading.mappingRequests, problems: reading.problems };
  }
  const layout = reading.layout;

  const { policy, policySource, policyProblems } = choosePolicy(pipeline, raw, options.savedPolicy);
  await yieldToPaint();
  throwIfAborted(signal);

  const result = pipeline.review(
    { ...reading.input, problems: reading.problems },
    policy,
    options.asOf
  );
  await yieldToPaint();
  throwIfAborted(signal);

  const previous = pipeline.readPreviousLog(raw, layout);
  const plan = pipeline.buildOutputPlan({
    input: reading.input,
    result,
    layout,
    previousLog: previous.entries,
    policy,
    locale: options.locale,
    existingSheetNames: raw.sheets.map((sheet) => sheet.name),
  });
  throwIfAborted(signal);

  return {
    kind: "preview",
    prepared: {
      asOf: options.asOf,
      policy,
      policySource,
      input: reading.input,
      customerSheet: layout.customers.sheet,
      result,
      plan,
      preview: comparePreview(result.customers, previous.entries, policy),
      problems: [
        ...policyProblems,
        ...previous.problems,
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

function choosePolicy(
  pipeline: ReviewPipeline,
  raw: Parameters<ReviewPipeline["readWorkbookPolicy"]>[0],
  savedPolicy: Policy | null
): { policy: Policy; policySource: PreparedReview["policySource"]; policyProblems: Problem[] } {
  if (savedPolicy) {
    const checked = pipeline.validatePolicy(savedPolicy);
    if (checked.ok) return { policy: checked.policy, policySource: "settings", policyProblems: [] };
    throw new PolicyRefusedError(checked.errors);
  }
  const fromSheet = pipeline.readWorkbookPolicy(raw, DEFAULT_POLICY);
  if (fromSheet.policy) {
    return {
      policy: fromSheet.policy,
      policySource: "workbook",
      policyProblems: fromSheet.problems,
    };
  }
  return { policy: DEFAULT_POLICY, policySource: "default", policyProblems: fromSheet.problems };
}

/** The saved policy no longer validates: the review refuses to run on it. */
export class PolicyRefusedError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join("\n"));
    this.name = "PolicyRefusedError";
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
