/**
 * The pure steps of a review, as the pane calls them. The real implementation wires the engine,
 * the workbook translation and the output labels together (`real-pipeline.ts`); keeping the
 * shape here lets the flow be tested step by step and keeps one place that knows those modules.
 */
import type { Policy } from "../../engine/policy";
import type { Problem, ReviewInput, ReviewResult, SerialDate } from "../../engine/types";
import type { LogEntry, WorkbookLayout } from "../../workbook/layout";
import type { OutputPlan } from "../../workbook/plan";
import type { RawWorkbook } from "../../workbook/raw";
import type { ColumnMapping } from "../ports/pane-settings";

export type { MappingCandidate, MappingRequest } from "../../workbook/read-workbook";
import type { MappingRequest } from "../../workbook/read-workbook";

export interface WorkbookReading {
  input: ReviewInput;
  layout: WorkbookLayout | null;
  problems: Problem[];
  mappingRequests: MappingRequest[];
}

export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; errors: string[] };

export interface PlanRequest {
  input: ReviewInput;
  result: ReviewResult;
  layout: WorkbookLayout;
  previousLog: LogEntry[];
  policy: Policy;
  locale: string;
  /** Every sheet name of the workbook: new owned sheets never take one of them. */
  existingSheetNames: string[];
}

export interface ReviewPipeline {
  readWorkbook(raw: RawWorkbook, mapping: ColumnMapping): WorkbookReading;
  /** The policy kept in the workbook's Policy sheet; null when it has none. */
  readWorkbookPolicy(
    raw: RawWorkbook,
    base: Policy
  ): { policy: Policy | null; problems: Problem[] };
  /** The Credit Log of earlier reviews (empty on a first review). */
  readPreviousLog(
    raw: RawWorkbook,
    layout: WorkbookLayout
  ): { entries: LogEntry[]; problems: Problem[] };
  review(input: ReviewInput, policy: Policy, asOf: SerialDate): ReviewResult;
  buildOutputPlan(request: PlanRequest): OutputPlan;
  validatePolicy(candidate: unknown): PolicyValidation;
}
