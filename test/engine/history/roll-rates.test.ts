/**
 * Roll rates follow each amount by the days between two reviews (roll-rates.ts), so an amount
 * that skips a bucket under month-end reviews counts as rolled, and one that stays in its bucket
 * under weekly reviews has neither rolled nor been paid. Worked by hand on the default edges
 * 0, 30, 60, 90, 180 (Not due, 1–30, 31–60, 61–90, 91–180, > 180), amounts in currency units.
 */
import fc from "fast-check";
import { minor } from "../../../src/engine/money";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { reachableBuckets, rollRates } from "../../../src/engine/history/roll-rates";
import type { Snapshot } from "../../../src/engine/history/snapshot";
import { addDays } from "../../../src/engine/serial-date";
import { units } from "../helpers";
import { snapshotOn, snapshotRow } from "./snapshot-builders";

const EDGES = DEFAULT_POLICY.aging.edges;

describe("which buckets an amount can reach", () => {
  test("31 days on: 1–30 (1..30 days) becomes 32..61 days, i.e. 31–60 or 61–90", () => {
    expect(reachableBuckets(EDGES, 1, 31)).toEqual([2, 3]);
    // 91–180 is wider than a month: it can stay (122..211 days: 91–180 or > 180).
    expect(reachableBuckets(EDGES, 4, 31)).toEqual([4, 5]);
    // Not due may stay not due (long terms) or be up to 31 days overdue.
    expect(reachableBuckets(EDGES, 0, 31)).toEqual([0, 2]);
    expect(reachableBuckets(EDGES, 5, 31)).toEqual([5, 5]);
  });

  test("7 days on: 1–30 becomes 8..37 days, i.e. still 1–30 or 31–60", () => {
    expect(reachableBuckets(EDGES, 1, 7)).toEqual([1, 2]);
  });
});

describe("roll rates by the days elapsed", () => {
  test("month-end reviews: an amount that skips 31–60 still counts as rolled from 1–30", () => {
    // 06-30 → 07-31 is 31 days. K owes 2,900 in 1–30; on 07-31 it owes 2,800 in 61–90 (paid 100).
    // 1–30 reaches 31–60 and 61–90: rolled 2,800 of 2,900 = 28/29 = 96.55 % (the old
    // "into the next bucket only" rule gave 0 / 2,900).
    const june = snapshotOn("2026-06-30", [snapshotRow("K", [0, 2900, 0, 0, 0, 0])]);
    const july = snapshotOn("2026-07-31", [snapshotRow("K", [0, 0, 0, 2800, 0, 0])]);
    const rolls = rollRates([june, july], july);
    expect(rolls.rolled[1]).toBe(units(2800));
    expect(rolls.base[1]).toBe(units(2900));
    expect(rolls.rates[1]).toBeCloseTo(28 / 29, 12);
    expect(rolls.rates.filter((_, b) => b !== 1)).toEqual([null, null, null, null, null]);
  });

  test("weekly reviews: what stays in its bucket is left out until it rolls or is paid", () => {
    // 06-30 → 07-07 is 7 days. K: 1,000 in 1–30 → 300 in 31–60 and 600 still in 1–30 (100 paid):
    // rolled 300 of (1,000 − 600 stayed) = 3/4. L: 500 in 1–30 → 0 (paid): rolled 0 of 500.
    // 1–30: (300 + 0) / (400 + 500) = 1/3. The 600 that stayed counts at a later pair.
    const first = snapshotOn("2026-06-30", [
      snapshotRow("K", [0, 1000, 0, 0, 0, 0]),
      snapshotRow("L", [0, 500, 0, 0, 0, 0]),
    ]);
    const week = snapshotOn("2026-07-07", [
      snapshotRow("K", [0, 600, 300, 0, 0, 0]),
      snapshotRow("L", [0, 0, 0, 0, 0, 0]),
    ]);
    const rolls = rollRates([first, week], week);
    expect([rolls.rolled[1], rolls.base[1]]).toEqual([units(300), units(900)]);
    expect(rolls.rates[1]).toBeCloseTo(1 / 3, 12);
  });

  test("28 days on (February), 1–30 cannot reach 61–90: what is there came from older buckets", () => {
    // K: 1,000 in 1–30 and 500 in 31–60 on 01-31; on 02-28 only 500 in 61–90. 1–30 reaches
    // 29..58 days (1–30, 31–60): nothing of it is open, paid: 0 / 1,000. 31–60 reaches 61–90:
    // 500 / 500.
    const january = snapshotOn("2026-01-31", [snapshotRow("K", [0, 1000, 500, 0, 0, 0])]);
    const february = snapshotOn("2026-02-28", [snapshotRow("K", [0, 0, 0, 500, 0, 0])]);
    const rolls = rollRates([january, february], february);
    expect(rolls.rates.slice(1, 3)).toEqual([0, 1]);
  });

  test("the last bucket's rate is the share still in it: 800 of 1,000 still past 180 days", () => {
    const june = snapshotOn("2026-06-30", [snapshotRow("K", [0, 0, 0, 0, 0, 1000])]);
    const july = snapshotOn("2026-07-31", [snapshotRow("K", [0, 0, 0, 0, 0, 800])]);
    expect(rollRates([june, july], july).rates[5]).toBeCloseTo(0.8, 12);
  });

  test("property: an amount that stays unpaid and skips a bucket counts as rolled in full", () => {
    // Any amount in 1–30 (at most 30 days overdue), 31..60 days later wholly in 61–90 (it skipped
    // 31–60): the rate of 1–30 is 1.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 31, max: 60 }),
        (cents, days) => {
          const earlier = snapshotOn("2026-06-30", [
            { ...snapshotRow("K", [0, 0, 0, 0, 0, 0]), buckets: [0, cents, 0, 0, 0, 0].map(minor) },
          ]);
          const later: Snapshot = {
            ...earlier,
            asOf: addDays(earlier.asOf, days),
            rows: [{ ...earlier.rows[0], buckets: [0, 0, 0, cents, 0, 0].map(minor) }],
          };
          const rolls = rollRates([earlier, later], later);
          expect(rolls.rates[1]).toBe(1);
          expect(rolls.rolled[1]).toBe(minor(cents));
        }
      )
    );
  });
});
