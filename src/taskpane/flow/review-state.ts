/** The review screen's states and how each event moves between them (a plain reducer). */
import type { Problem } from "../../engine/types";
import type { ProgressUpdate } from "../ports/workbook-port";
import type { PreparedReview } from "./prepared-review";
import type { MappingRequest } from "../../workbook/column-mapping";

/**
 * A failure shown to the user: a stable code the pane translates, and the original detail. A
 * refusal of the review also carries the data its detail is worded from in the pane's language.
 */
export interface PaneFailure {
  code: string;
  detail: string;
  params?: Record<string, string | number>;
}

export type ReviewState =
  | { step: "idle" }
  | { step: "reading"; progress: ProgressUpdate | null }
  | { step: "mapping"; requests: MappingRequest[]; problems: Problem[] }
  | { step: "preview"; prepared: PreparedReview }
  | { step: "applying"; prepared: PreparedReview; progress: ProgressUpdate | null }
  | { step: "done"; prepared: PreparedReview }
  | { step: "cancelled" }
  | { step: "failed"; failure: PaneFailure };

export type ReviewEvent =
  | { type: "started" }
  | { type: "progressed"; progress: ProgressUpdate }
  | { type: "mappingNeeded"; requests: MappingRequest[]; problems: Problem[] }
  | { type: "prepared"; prepared: PreparedReview }
  | { type: "applyStarted" }
  | { type: "applied" }
  | { type: "cancelled" }
  | { type: "failed"; failure: PaneFailure }
  | { type: "reset" };

export const INITIAL_REVIEW_STATE: ReviewState = { step: "idle" };

export function reviewReducer(state: ReviewState, event: ReviewEvent): ReviewState {
  switch (event.type) {
    case "started":
      return { step: "reading", progress: null };
    case "progressed":
      if (state.step === "reading") return { ...state, progress: event.progress };
      if (state.step === "applying") return { ...state, progress: event.progress };
      return state;
    case "mappingNeeded":
      return { step: "mapping", requests: event.requests, problems: event.problems };
    case "prepared":
      return state.step === "reading" ? { step: "preview", prepared: event.prepared } : state;
    case "applyStarted":
      return state.step === "preview"
        ? { step: "applying", prepared: state.prepared, progress: null }
        : state;
    case "applied":
      return state.step === "applying" ? { step: "done", prepared: state.prepared } : state;
    case "cancelled":
      return { step: "cancelled" };
    case "failed":
      return { step: "failed", failure: event.failure };
    case "reset":
      return INITIAL_REVIEW_STATE;
  }
}

/** True while something runs that Cancel can stop. */
export function isBusy(state: ReviewState): boolean {
  return state.step === "reading" || state.step === "applying";
}

/** The review whose results the Aging tab and the explain panel show, if any. */
export function reviewedResult(state: ReviewState): PreparedReview | null {
  if (state.step === "preview" || state.step === "applying" || state.step === "done")
    return state.prepared;
  return null;
}
