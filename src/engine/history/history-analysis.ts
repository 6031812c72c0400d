/**
 * Everything the history says at the current review, in one pure call: the trends over the
 * reviews, the grade migration since the previous review, the roll rates, loss rates and the
 * loss allowance. `current` is added to the history (replacing a snapshot of the same date), so
 * a review re-run on the same date gives the same analysis.
 */
import type { Policy } from "../policy";
import type { SerialDate } from "../types";
import { allowanceOf, type Allowance } from "./allowance";
import { gradeMigration, type GradedEntry, type MigrationCell } from "./grade-migration";
import { lossRates, type LossRates } from "./loss-rates";
import { rowOpen, type Snapshot } from "./snapshot";
import { sameEdges, withSnapshot } from "./snapshot-history";
import { trends, type TrendPoint } from "./trends";

export interface HistoryAnalysis {
  /** As-of dates of every review on file, oldest first (the current one included). */
  reviews: SerialDate[];
  trends: TrendPoint[];
  /** The reviews whose aging edges are the current review's: their bucket amounts compare. */
  reviewsOnCurrentEdges: SerialDate[];
  /** Since the review before the current one; empty when there is none. */
  migration: MigrationCell[];
  loss: LossRates;
  allowance: Allowance;
}

function gradedEntries(snapshot: Snapshot): GradedEntry[] {
  return snapshot.rows.map((row) => ({
    id: row.customerId,
    grade: row.grade,
    amount: rowOpen(row),
  }));
}

export function analyseHistory(
  history: readonly Snapshot[],
  current: Snapshot,
  policy: Policy
): HistoryAnalysis {
  const all = withSnapshot(history, current);
  const at = all.findIndex((snapshot) => snapshot.asOf === current.asOf);
  const previous = at > 0 ? all[at - 1] : null;
  const loss = lossRates(all.slice(0, at + 1), current, policy);
  return {
    reviews: all.map((snapshot) => snapshot.asOf),
    trends: trends(all),
    reviewsOnCurrentEdges: all
      .filter((snapshot) => sameEdges(snapshot, current))
      .map((snapshot) => snapshot.asOf),
    migration: previous ? gradeMigration(gradedEntries(previous), gradedEntries(current)) : [],
    loss,
    allowance: allowanceOf(current, loss.rates),
  };
}
