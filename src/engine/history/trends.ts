/**
 * Where the portfolio is heading: one line of measures per review, oldest first.
 *
 * - Aging totals: the open amounts per bucket summed over customers.
 * - Overdue share: the buckets after "Not due" over all buckets.
 * - Top-10 share: the ten largest customers' open amounts over the total open amount.
 * - Herfindahl index: Σ sᵢ² over the customers' shares sᵢ of the open amount — 1 when one
 *   customer owes everything, 1/n when n customers owe equal amounts. Two customers owing 300
 *   and 100: 0.75² + 0.25² = 0.625.
 * - DSO, as each review computed it from its ledger (portfolio.ts, §9): net open amount / credit
 *   sales of the window × days of the window. Open 100,000 on 1,200,000 of sales in 365 days:
 *   100,000 / 1,200,000 × 365 = 30.4 days.
 * - Countback DSO, likewise: the open amount is matched against the sales of each month, newest
 *   first, counting each month it uses up in full and the covered fraction of the last. Open
 *   100,000 on 30 June with June sales (1–30 June) 60,000 and May sales 80,000: June is used up
 *   (30 days), 40,000 remain, 40,000 / 80,000 of May's 31 days = 15.5: 45.5 days.
 * The amounts are positive open amounts (unapplied credits are not debts and are left out).
 */
import { addMinor, ZERO_MINOR } from "../money";
import type { Minor, SerialDate } from "../types";
import type { Snapshot } from "./snapshot";
import { rowOpen } from "./snapshot";

/** The measure is defined as the ten largest customers' share (issue 10), not a policy setting. */
export const TOP_CUSTOMERS = 10;

export interface TrendPoint {
  asOf: SerialDate;
  /** Open amount per aging bucket, summed over customers. */
  agingTotals: Minor[];
  open: Minor;
  /** Null when nothing is open. */
  overdueShare: number | null;
  top10Share: number | null;
  herfindahl: number | null;
  dso: number | null;
  dsoCountback: number | null;
}

export function trendPoint(snapshot: Snapshot): TrendPoint {
  const bucketCount = snapshot.edges.length + 1;
  const agingTotals = new Array<Minor>(bucketCount).fill(ZERO_MINOR);
  // A typed array sorts numbers without a compare callback, many times faster than an array.
  const opens = new Float64Array(snapshot.rows.length);
  let owing = 0;
  let open = ZERO_MINOR;
  for (const row of snapshot.rows) {
    for (let b = 0; b < bucketCount; b++)
      agingTotals[b] = addMinor(agingTotals[b], row.buckets[b] ?? ZERO_MINOR);
    const rowAmount = rowOpen(row);
    if (rowAmount > 0) opens[owing++] = rowAmount;
    open = addMinor(open, rowAmount);
  }
  if (open <= 0) {
    return {
      asOf: snapshot.asOf,
      agingTotals,
      open,
      overdueShare: null,
      top10Share: null,
      herfindahl: null,
      dso: snapshot.dso,
      dsoCountback: snapshot.dsoCountback,
    };
  }
  const ascending = opens.subarray(0, owing).sort();
  // Largest first, as the sums were always taken: the same order gives the same last digit.
  let top = 0;
  for (let i = owing - 1; i >= Math.max(0, owing - TOP_CUSTOMERS); i--) top += ascending[i];
  let herfindahl = 0;
  for (let i = owing - 1; i >= 0; i--) herfindahl += (ascending[i] / open) ** 2;
  return {
    asOf: snapshot.asOf,
    agingTotals,
    open,
    overdueShare: (open - agingTotals[0]) / open,
    top10Share: top / open,
    herfindahl,
    dso: snapshot.dso,
    dsoCountback: snapshot.dsoCountback,
  };
}

/** One point per snapshot, in the history's order (oldest first). */
export function trends(history: readonly Snapshot[]): TrendPoint[] {
  return history.map(trendPoint);
}
