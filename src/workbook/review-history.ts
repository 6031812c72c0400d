/**
 * A review's place in the history (issue 10): the snapshots earlier reviews left on the Aging
 * History sheet, this review's snapshot, and what the history says with it (trends, grade
 * migration, roll rates, loss allowance). Computed once: the plan writes it and the callers
 * (pane, command line) show the same numbers.
 */
import { analyseHistory, type HistoryAnalysis } from "../engine/history/history-analysis";
import { snapshotOf, type Snapshot } from "../engine/history/snapshot";
import type { Policy } from "../engine/policy";
import type { ReviewResult } from "../engine/types";
import type { AgingHistoryRead } from "./read-aging-history";

export interface ReviewHistory {
  /** Snapshots read back, oldest first (a snapshot of this review's date is replaced). */
  previous: Snapshot[];
  /** Rows of the sheet that could not be read, written back unchanged. */
  kept: AgingHistoryRead["kept"];
  current: Snapshot;
  analysis: HistoryAnalysis;
}

export const NO_PREVIOUS_HISTORY: AgingHistoryRead = { snapshots: [], kept: [], problems: [] };

export function reviewHistory(
  read: AgingHistoryRead,
  result: ReviewResult,
  policy: Policy
): ReviewHistory {
  const current = snapshotOf(result, policy);
  return {
    previous: read.snapshots,
    kept: read.kept,
    current,
    analysis: analyseHistory(read.snapshots, current, policy),
  };
}
