/**
 * The one entry of a review, from raw sheets to what will be written, with no I/O: the command
 * line and the task pane (in Excel and in its file-mode worker) all await it, so a file and a
 * live workbook get the same review and the preview shows the rows the sheets will get.
 *
 * policy (`choosePolicy`) → read → content check → review → previous Credit Log → output plan,
 * with the Credit Changes rows and the summary computed once, the plan writing those same rows.
 * It answers one of three things:
 * - `needsMapping`: a column is missing or ambiguous; the pane asks, the command line refuses;
 * - `refused`: the review cannot run; the refusal says why in data, each caller words it;
 * - `ready`: the plan, the Credit Changes rows and the summary.
 * Between the long steps it checks the signal and lets the host breathe (`yieldToHost`), so a
 * pane on the page's own thread keeps painting and Cancel stops it before anything is written.
 */
import type { Policy } from "../engine/policy";
import { review } from "../engine/review";
import type { Problem, ReviewInput, ReviewResult, SerialDate } from "../engine/types";
import { throwIfAborted } from "./cancelled";
import type { MappingRequest } from "./column-mapping";
import type { CreditChangeRow } from "./credit-changes";
import { creditChangeRows } from "./credit-changes";
import type { ExplainedChange } from "./customer-score-changes";
import { customerScoreChanges } from "./customer-score-changes";
import { withEngineProblemCells } from "./engine-problem-cells";
import type { WorkbookLayout } from "./layout";
import type { HistoryAnalysis } from "../engine/history/history-analysis";
import type { Snapshot } from "../engine/history/snapshot";
import { buildOutputPlan } from "./output-plan";
import type { OutputPlan } from "./plan";
import { PlanRefused } from "./plan-refused";
import { previousAgingHistory } from "./previous-aging-history";
import { reviewHistory } from "./review-history";
import { planInDateSystem } from "./plan-date-system";
import type { RawWorkbook } from "./raw";
import type { ReadResult } from "./read-workbook";
import type { ReviewSummary } from "./review-summary";
import { summariseReview } from "./review-summary";
import type { RefusalOf, ReviewRefusal } from "./review-refusal";
import { refusalOf } from "./review-refusal";
import type { PolicySource, WorkbookReviewOptions } from "./workbook-review";
import {
  checkContent,
  choosePolicy,
  previousCreditLog,
  readForReview,
  readingRefusal,
} from "./workbook-review";

export interface ReviewControl {
  /** Fired by Cancel: the review stops at the next step with an `AbortError`. */
  signal?: AbortSignal;
  /** Lets the host repaint between long synchronous steps (the pane's own thread). */
  yieldToHost?: () => Promise<void>;
}

export interface ReadyReview {
  asOf: SerialDate;
  input: ReviewInput;
  layout: WorkbookLayout;
  policy: Policy;
  policySource: PolicySource;
  /** The sheet the policy was read from (recorded or the user's); null otherwise. */
  policySheet: string | null;
  result: ReviewResult;
  plan: OutputPlan;
  /** The Credit Changes rows the plan writes, in customer order. */
  changes: CreditChangeRow[];
  /**
   * Why each customer changed since its previous Credit Log record (score, grade, limit or
   * terms), by customer id; a new or unchanged customer has no entry. The pane's "why it
   * changed" and the JSON `changes` read this.
   */
  scoreChanges: ReadonlyMap<string, ExplainedChange>;
  summary: ReviewSummary;
  /**
   * What the Aging History says with this review in it: trends, grade migration since the
   * previous review, roll rates, loss rates and the loss allowance (the Trends and Loss
   * Allowance sheets write these same numbers).
   */
  history: HistoryAnalysis;
  /**
   * The snapshots earlier reviews left on the Aging History (oldest first; one of this review's
   * date is replaced by it in every analysis): what a simulation of another policy needs to use the same roll rates.
   */
  historySnapshots: Snapshot[];
  /** Every problem: the policy sheet's, the workbook's rows, the engine's, the Credit Log's, the Aging History's. */
  problems: Problem[];
}

export type PreparedOutcome =
  | {
      kind: "needsMapping";
      /** The columns to ask for, each with its candidates. */
      requests: MappingRequest[];
      /** The first request as a refusal, for a caller that cannot ask. */
      refusal: RefusalOf<"COLUMN_UNMAPPED">;
      problems: Problem[];
      reading: ReadResult;
    }
  | {
      kind: "refused";
      refusal: ReviewRefusal;
      /** Every problem found before the review stopped. */
      problems: Problem[];
      /** The reading, when it got that far. */
      reading: ReadResult | null;
    }
  | ({ kind: "ready" } & ReadyReview);

export async function prepareReview(
  raw: RawWorkbook,
  options: WorkbookReviewOptions,
  control: ReviewControl = {}
): Promise<PreparedOutcome> {
  const { signal } = control;
  const breathe = async () => {
    throwIfAborted(signal);
    if (control.yieldToHost) await control.yieldToHost();
    throwIfAborted(signal);
  };
  const notify = options.onStep ?? (() => undefined);
  throwIfAborted(signal);
  const choice = choosePolicy(raw, options);
  if (!choice.ok)
    return { kind: "refused", refusal: choice.refusal, problems: choice.problems, reading: null };
  const { policy } = choice;
  notify({ step: "policy", source: choice.source, version: policy.version });

  const reading = readForReview(raw, policy, options);
  const problemsSoFar = [...choice.problems, ...reading.problems];
  const refusal = readingRefusal(reading, options.synonyms);
  if (refusal?.code === "COLUMN_UNMAPPED")
    return {
      kind: "needsMapping",
      requests: reading.mappingRequests,
      refusal,
      problems: problemsSoFar,
      reading,
    };
  if (refusal !== null || reading.layout === null)
    return {
      kind: "refused",
      refusal: refusal ?? refusalOf("UNREADABLE", { problem: null }),
      problems: problemsSoFar,
      reading,
    };
  const { layout } = reading;
  const content = checkContent(raw, reading, layout, policy);
  if (!content.ok)
    return { kind: "refused", refusal: content.refusal, problems: problemsSoFar, reading };
  const { input } = content;
  notify({
    step: "read",
    customers: input.customers.length,
    receivables: input.receivables.length,
    orders: input.orders === undefined ? null : input.orders.length,
  });
  await breathe();

  const result = review(input, policy, options.asOf);
  notify({ step: "reviewed", customers: result.customers.length });
  await breathe();

  const log = previousCreditLog(raw, layout, policy.minorPerUnit);
  const scoreChanges = customerScoreChanges(result, log.entries, policy);
  const changes = creditChangeRows(result, log.entries, policy.minorPerUnit, scoreChanges);
  const historyRead = previousAgingHistory(raw, layout, policy.minorPerUnit);
  const history = reviewHistory(historyRead, result, policy);
  let built: OutputPlan;
  try {
    built = buildOutputPlan({
      input,
      result,
      layout,
      labels: options.labelsFor(policy),
      previousLog: log.entries,
      policy,
      existingSheetNames: raw.sheets.map((sheet) => sheet.name),
      changes,
      company: options.company,
      statementWords: options.statementWords,
      history,
    });
  } catch (error) {
    if (!(error instanceof PlanRefused)) throw error;
    return { kind: "refused", refusal: error.refusal, problems: problemsSoFar, reading };
  }
  // Written as the workbook counts days: a 1904-system workbook stores each date 1,462 lower.
  const plan = planInDateSystem(built, raw.date1904);
  notify({ step: "planned", columnBlocks: plan.columnBlocks.length, sheets: plan.sheets.length });
  throwIfAborted(signal);

  return {
    kind: "ready",
    asOf: options.asOf,
    input,
    layout,
    policy,
    policySource: choice.source,
    policySheet: choice.sheet,
    result,
    plan,
    changes,
    scoreChanges,
    summary: summariseReview(result, log.entries, changes),
    history: history.analysis,
    historySnapshots: history.previous,
    // result.problems already holds the reading's problems (the engine passes input.problems through).
    problems: [
      ...choice.problems,
      ...withEngineProblemCells(result.problems, layout, raw),
      ...log.problems,
      ...historyRead.problems,
    ],
  };
}
