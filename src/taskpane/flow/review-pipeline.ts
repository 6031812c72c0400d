/**
 * The pure steps of a review, as the pane calls them: the steps of the shared composition
 * (`src/workbook/workbook-review.ts`) with the pane's language filled in (`real-pipeline.ts`).
 * Keeping the shape here lets the flow be tested step by step with a step replaced.
 */
import type { Policy } from "../../engine/policy";
import type { Problem, ReviewInput, ReviewResult, SerialDate } from "../../engine/types";
import type { WorkbookLayout } from "../../workbook/layout";
import type { RawWorkbook } from "../../workbook/raw";
import type { ContentCheck, PlannedReview, PolicyChoice } from "../../workbook/workbook-review";
import type { ColumnMapping } from "../ports/pane-settings";

export type { MappingCandidate, MappingRequest } from "../../workbook/column-mapping";
import type { MappingRequest } from "../../workbook/column-mapping";

export interface WorkbookReading {
  input: ReviewInput;
  layout: WorkbookLayout | null;
  problems: Problem[];
  mappingRequests: MappingRequest[];
}

export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; errors: string[] };

export interface PlanRequest {
  /** The workbook as read: its Credit Log and its sheet names (new owned sheets never take one). */
  raw: RawWorkbook;
  input: ReviewInput;
  result: ReviewResult;
  layout: WorkbookLayout;
  policy: Policy;
  locale: string;
}

export interface ReviewPipeline {
  /** The review's policy: the one saved with the document, else the workbook's, else the defaults. */
  choosePolicy(raw: RawWorkbook, savedPolicy: Policy | null): PolicyChoice;
  /** The workbook's tables, read with the review's policy (its money unit). */
  readWorkbook(raw: RawWorkbook, mapping: ColumnMapping, policy: Policy): WorkbookReading;
  /** Refuses tables that cannot give a trustworthy review (a column mostly unreadable, mixed currencies). */
  checkContent(
    raw: RawWorkbook,
    reading: WorkbookReading,
    layout: WorkbookLayout,
    policy: Policy
  ): ContentCheck;
  review(input: ReviewInput, policy: Policy, asOf: SerialDate): ReviewResult;
  /** The previous Credit Log and the output plan of this review. */
  planReview(request: PlanRequest): PlannedReview;
  validatePolicy(candidate: unknown): PolicyValidation;
}
