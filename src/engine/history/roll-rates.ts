/**
 * Roll rates: the amount-weighted share of each aging bucket that was still unpaid when it had
 * aged past the bucket, found by following each amount to the next review by the days between
 * the two reviews (IFRS 9 simplified approach, provision matrix from the company's own history).
 *
 * For each customer and each pair of consecutive reviews, an amount in bucket b of the earlier
 * review can only sit, at the later one, in the buckets its days overdue reach after the days
 * elapsed (`reachableBuckets`). The earlier buckets are matched oldest first, because aging keeps
 * the order of amounts (the oldest open amount stays the oldest): each takes what it can from the
 * later buckets it reaches beyond b, oldest first, and that is "rolled" — whether into b+1 or
 * further (monthly reviews: 30 days overdue on 06-30 is 61 on 07-31, skipping 31–60). What it then
 * finds still in b itself (reviews closer than the bucket is wide, e.g. weekly) has neither
 * rolled nor been paid: it is left out of the rate's numerator AND denominator and is counted at
 * a later pair, when it rolls or is paid. The rest was paid (or the customer left the file).
 * The last bucket has nowhere further to go: its rate is the share still in it at the next review.
 * Summed over customers and pairs before dividing, so a large month weighs as much as its amounts.
 *
 * Example (edges 0, 30, 60; 06-30 → 07-31, 31 days): K owes 2,900 in 1–30; at 07-31 it owes
 * 2,800 in >60. 1–30 reaches 32..61 days, i.e. 31–60 and >60: 2,800 rolled of 2,900 = 96.55 %.
 */
import { addMinor, minMinor, subMinor, ZERO_MINOR } from "../money";
import type { Minor, SerialDate } from "../types";
import type { Snapshot, SnapshotRow } from "./snapshot";
import { sameEdges } from "./snapshot-history";

export interface RollRates {
  /** Per bucket; null when the bucket never held an amount that rolled or was paid. */
  rates: (number | null)[];
  /** Amount that rolled, per bucket (the numerators). */
  rolled: Minor[];
  /** Amount that rolled or was paid, per bucket (the denominators): what stayed is left out. */
  base: Minor[];
  /** The as-of dates of the reviews whose pairs were used, oldest first. */
  reviews: SerialDate[];
}

/** The bucket of a number of days overdue: the first whose upper edge holds it. */
function bucketOfDays(edges: readonly number[], days: number): number {
  const at = edges.findIndex((edge) => days <= edge);
  return at === -1 ? edges.length : at;
}

/**
 * The first and last bucket an amount in `bucket` can be in `days` later: its days overdue
 * (edges[b-1]+1 .. edges[b]) plus the days elapsed. Not due has no lower end, the last bucket
 * no upper end.
 */
export function reachableBuckets(
  edges: readonly number[],
  bucket: number,
  days: number
): [number, number] {
  const first = bucket === 0 ? 0 : bucketOfDays(edges, edges[bucket - 1] + 1 + days);
  const last = bucket >= edges.length ? edges.length : bucketOfDays(edges, edges[bucket] + days);
  return [first, last];
}

interface Tally {
  rolled: Minor[];
  base: Minor[];
}

/** Follows one customer's amounts from one review to the next (see the header). */
function followCustomer(
  earlier: SnapshotRow,
  later: SnapshotRow | undefined,
  edges: readonly number[],
  days: number,
  tally: Tally
): void {
  const last = edges.length;
  const pool = later?.buckets.map((amount) => (amount > 0 ? amount : ZERO_MINOR));
  for (let b = last; b >= 0; b--) {
    const amount = earlier.buckets[b];
    if (!(amount > 0)) continue;
    if (pool === undefined) {
      tally.base[b] = addMinor(tally.base[b], amount);
      continue;
    }
    const [first, reach] = reachableBuckets(edges, b, days);
    let left = amount;
    // Into a later bucket is rolled; for the last bucket, still being in it is what counts.
    const lowestRolled = b === last ? last : b + 1;
    for (let k = reach; k >= Math.max(first, lowestRolled) && left > 0; k--) {
      const taken = minMinor(left, pool[k]);
      pool[k] = subMinor(pool[k], taken);
      left = subMinor(left, taken);
      tally.rolled[b] = addMinor(tally.rolled[b], taken);
    }
    let stayed = ZERO_MINOR;
    if (b < last && first <= b) {
      stayed = minMinor(left, pool[b]);
      pool[b] = subMinor(pool[b], stayed);
    }
    tally.base[b] = addMinor(tally.base[b], subMinor(amount, stayed));
  }
}

/** Rates over the consecutive pairs of the history that share the buckets of `current`. */
export function rollRates(history: readonly Snapshot[], current: Snapshot): RollRates {
  const count = current.edges.length + 1;
  const tally: Tally = {
    rolled: new Array<Minor>(count).fill(ZERO_MINOR),
    base: new Array<Minor>(count).fill(ZERO_MINOR),
  };
  const used = new Set<SerialDate>();
  for (let i = 1; i < history.length; i++) {
    const earlier = history[i - 1];
    const later = history[i];
    if (!sameEdges(earlier, current) || !sameEdges(later, current)) continue;
    used.add(earlier.asOf);
    used.add(later.asOf);
    const days = later.asOf - earlier.asOf;
    const next = new Map<string, SnapshotRow>();
    for (const row of later.rows) if (!next.has(row.customerId)) next.set(row.customerId, row);
    for (const row of earlier.rows)
      followCustomer(row, next.get(row.customerId), current.edges, days, tally);
  }
  const { rolled, base } = tally;
  return {
    rates: base.map((amount, b) => (amount > 0 ? rolled[b] / amount : null)),
    rolled,
    base,
    reviews: [...used].sort((a, b) => a - b),
  };
}
