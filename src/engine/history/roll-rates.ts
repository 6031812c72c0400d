/**
 * Roll rates: the amount-weighted share of each aging bucket that was still unpaid one bucket
 * later at the next review. For each customer and each pair of consecutive reviews, the amount
 * that rolled from bucket b into bucket b+1 is the smaller of its amount in b at the first
 * review and in b+1 at the second (more cannot have rolled, and what is in b+1 cannot have come
 * from elsewhere when reviews are a bucket apart). The last bucket has no next one: its rate is
 * the share still in it at the next review, counting first what rolled in from the bucket before
 * (so no amount is counted twice). Summed over customers and pairs before dividing, so a large
 * month weighs as much as its amounts.
 *
 * Known limit of the method: a bucket wider than the time between reviews (91–180 under monthly
 * reviews) keeps part of its amount from one review to the next; that part counts as rolled
 * from the bucket before, and the bucket's own rate shows only what left it within the period.
 *
 * Example: customer K owes 1,000 in 1–30 in January and 600 in 31–60 in February; L owes 500
 * in 1–30 and 0 in February. Rate 1–30 → 31–60 = (600 + 0) / (1,000 + 500) = 40 %.
 */
import { addMinor, maxMinor, minMinor, subMinor, ZERO_MINOR } from "../money";
import type { Minor, SerialDate } from "../types";
import type { Snapshot, SnapshotRow } from "./snapshot";
import { sameEdges } from "./snapshot-history";

export interface RollRates {
  /** Per bucket; null when the bucket never held an amount in a review that had a next one. */
  rates: (number | null)[];
  /** Amount that rolled, per bucket (the numerators). */
  rolled: Minor[];
  /** Amount in the bucket at the earlier review of each pair (the denominators). */
  base: Minor[];
  /** The as-of dates of the reviews whose pairs were used, oldest first. */
  reviews: SerialDate[];
}

/** Rates over the consecutive pairs of the history that share the buckets of `current`. */
export function rollRates(history: readonly Snapshot[], current: Snapshot): RollRates {
  const count = current.edges.length + 1;
  const rolled = new Array<Minor>(count).fill(ZERO_MINOR);
  const base = new Array<Minor>(count).fill(ZERO_MINOR);
  const used = new Set<SerialDate>();
  for (let i = 1; i < history.length; i++) {
    const earlier = history[i - 1];
    const later = history[i];
    if (!sameEdges(earlier, current) || !sameEdges(later, current)) continue;
    used.add(earlier.asOf);
    used.add(later.asOf);
    const next = new Map<string, SnapshotRow>();
    for (const row of later.rows) if (!next.has(row.customerId)) next.set(row.customerId, row);
    for (const row of earlier.rows) {
      const after = next.get(row.customerId);
      for (let b = 0; b < count; b++) {
        if (row.buckets[b] > 0) base[b] = addMinor(base[b], row.buckets[b]);
      }
      if (after === undefined) continue;
      for (let b = 0; b < count - 1; b++) {
        if (row.buckets[b] > 0)
          rolled[b] = addMinor(
            rolled[b],
            minMinor(row.buckets[b], maxMinor(ZERO_MINOR, after.buckets[b + 1]))
          );
      }
      // The last bucket at the next review first holds what rolled in; the rest stayed.
      const last = count - 1;
      const rolledIn =
        count > 1
          ? minMinor(
              maxMinor(ZERO_MINOR, row.buckets[last - 1]),
              maxMinor(ZERO_MINOR, after.buckets[last])
            )
          : ZERO_MINOR;
      if (row.buckets[last] > 0)
        rolled[last] = addMinor(
          rolled[last],
          minMinor(row.buckets[last], maxMinor(ZERO_MINOR, subMinor(after.buckets[last], rolledIn)))
        );
    }
  }
  return {
    rates: base.map((amount, b) => (amount > 0 ? rolled[b] / amount : null)),
    rolled,
    base,
    reviews: [...used].sort((a, b) => a - b),
  };
}
