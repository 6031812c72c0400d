import { describeFailure } from "../../src/taskpane/flow/describe-failure";
import type { PolicyIssue } from "../../src/engine/policy-validation";
import { refusalFailure } from "../../src/taskpane/flow/refusal-failure";
import { refusalOf } from "../../src/workbook/review-refusal";
import {
  INITIAL_REVIEW_STATE,
  isBusy,
  reviewReducer,
  reviewedResult,
  type ReviewState,
} from "../../src/taskpane/flow/review-state";
import type { PreparedReview } from "../../src/taskpane/flow/prepared-review";

const prepared = { asOf: 1 } as PreparedReview; // only identity matters to the reducer

describe("review states", () => {
  it("runs idle → reading → preview → applying → done", () => {
    let state: ReviewState = INITIAL_REVIEW_STATE;
    state = reviewReducer(state, { type: "started" });
    expect(isBusy(state)).toBe(true);
    state = reviewReducer(state, {
      type: "progressed",
      progress: { phase: "read", done: 2, total: 4 },
    });
    expect(state).toEqual({ step: "reading", progress: { phase: "read", done: 2, total: 4 } });
    state = reviewReducer(state, { type: "prepared", prepared });
    expect(reviewedResult(state)).toBe(prepared);
    state = reviewReducer(state, { type: "applyStarted" });
    expect(state.step).toBe("applying");
    state = reviewReducer(state, { type: "applied" });
    expect(state).toEqual({ step: "done", prepared });
  });

  it("ignores a review that finishes after Cancel, and an Apply without a preview", () => {
    const cancelled = reviewReducer({ step: "reading", progress: null }, { type: "cancelled" });
    expect(reviewReducer(cancelled, { type: "prepared", prepared })).toEqual({ step: "cancelled" });
    expect(reviewReducer(INITIAL_REVIEW_STATE, { type: "applyStarted" })).toBe(
      INITIAL_REVIEW_STATE
    );
  });

  it("keeps the adapters' codes and details, and words a refused policy", () => {
    const cellEdit = Object.assign(
      new Error("Finish editing the cell, then run the review again."),
      { code: "CELL_EDIT_MODE" }
    );
    expect(describeFailure(cellEdit)).toEqual({ code: "CELL_EDIT_MODE", detail: cellEdit.message });
    // A policy handed over as data is worded from its issues in the pane's language.
    const weights: PolicyIssue = {
      code: "WEIGHT_SUM",
      severity: "error",
      place: { path: "score.factors" },
      params: { sum: 99, total: 100 },
    };
    const settings = refusalOf("POLICY_REFUSED", {
      source: "settings",
      issues: [weights],
      notRead: null,
    });
    expect(refusalFailure(settings, "en-US")).toEqual({
      code: "POLICY_REFUSED",
      detail: "score.factors: weights sum to 99, must sum to 100",
    });
    expect(refusalFailure(settings, "zh-CN").detail).toBe("score.factors：权重合计为 99，应为 100");
    // A sheet's policy names the sheet, so the user knows which one to correct.
    const bands: PolicyIssue = {
      code: "TOO_FEW_ENTRIES",
      severity: "error",
      place: { path: "limit.bands" },
      params: { min: 1 },
    };
    const sheet = refusalOf(
      "POLICY_REFUSED",
      { source: "sheet", issues: [weights, bands], notRead: null },
      { sheet: "Policy" }
    );
    expect(refusalFailure(sheet, "en-US")).toEqual({
      code: "POLICY_REFUSED",
      detail:
        "Policy: score.factors: weights sum to 99, must sum to 100; limit.bands: needs at least 1 entries",
    });
    expect(describeFailure("plain")).toEqual({ code: "UNKNOWN", detail: "plain" });
  });
});
