/**
 * The loss allowance worked by hand: three monthly snapshots of two customers (K and L) on the
 * default aging buckets (Not due, 1–30, 31–60, 61–90, 91–180, > 180), amounts in currency units.
 *
 *            Not due  1–30  31–60  61–90  91–180  > 180
 *   31 Jan K   6,000  1,000   500    200     100   1,000
 *          L   4,000      0   300      0     400      24
 *   28 Feb K   5,000    600   400    250     120   1,000
 *          L   5,000    400   300    150       0     276
 *   31 Mar K   7,000    500   240    200     150   1,014
 *          L   3,000    500   160    150      90     630   (of which 300 dead, > 365 days)
 *
 * An amount follows its days overdue: Jan 31 → Feb 28 is 28 days, Feb 28 → Mar 31 is 31 days, so a
 * bucket's amount can be, a review later, in these buckets (reachable):
 *   28 days: Not due → Not due..1–30; 1–30 (1..30 → 29..58) → 1–30..31–60; 31–60 → 31–60..61–90;
 *            61–90 → 61–90..91–180; 91–180 (91..180 → 119..208) → 91–180..> 180
 *   31 days: Not due → Not due..31–60; 1–30 (→ 32..61) → 31–60..61–90; 31–60 (→ 62..91) →
 *            61–90..91–180; 61–90 (→ 92..121) → 91–180 only; 91–180 → 91–180..> 180
 * Oldest bucket first, each takes from the later buckets it reaches beyond itself, oldest first
 * ("rolled"), then what is still in its own bucket ("stayed": left out of the denominator):
 *   Jan→Feb K: >180 1,000 takes 1,000 · 91–180 100 stays in 120 (20 left) · 61–90 200 rolls 20,
 *     stays 180 of 250 (70 left) · 31–60 500 rolls 70, stays 400 · 1–30 1,000 rolls 0, stays 600
 *     · Not due 6,000 stays 5,000
 *   Jan→Feb L: >180 24 takes 24 (252 left) · 91–180 400 rolls 252 · 31–60 300 rolls 150 (61–90),
 *     stays 150 of 300 · Not due 4,000 rolls 400, stays 3,600
 *   Feb→Mar K: >180 1,000 takes 1,000 (14 left) · 91–180 120 rolls 14, stays 106 of 150 (44 left)
 *     · 61–90 250 rolls 44 · 31–60 400 rolls 200 (61–90) · 1–30 600 rolls 240 (31–60) ·
 *     Not due 5,000 rolls 500 (1–30), stays 4,500
 *   Feb→Mar L: >180 276 takes 276 · 61–90 150 rolls 90 · 31–60 300 rolls 150 · 1–30 400 rolls
 *     160 · Not due 5,000 rolls 500, stays 3,000
 * Rate = rolled / (amount − stayed), summed over customers and pairs:
 *   Not due  (0 + 400 + 500 + 500) / (1,000 + 400 + 500 + 2,000)   = 1,400 / 3,900 = 14/39
 *   1–30     (0 + 0 + 240 + 160) / (400 + 0 + 600 + 400)           =   400 / 1,400 = 2/7
 *   31–60    (70 + 150 + 200 + 150) / (100 + 150 + 400 + 300)      =   570 /   950 = 0.6
 *   61–90    (20 + 0 + 44 + 90) / (20 + 0 + 250 + 150)             =   154 /   420 = 11/30
 *   91–180   (0 + 252 + 14 + 0) / (0 + 400 + 14 + 0)               =   266 /   414 = 133/207
 *   > 180    (1,000 + 24 + 1,000 + 276) / the same                 = 1
 *
 * Loss rate = product of the roll rates from the bucket to the last, × (1 + 10 %) adjustment,
 * at least the floor (1 % set for Not due here, the defaults elsewhere), at most 1:
 *   > 180 1 × 1.1 → 1 · 91–180 133/207 × 1.1 = 0.706763 · 61–90 1463/6210 × 1.1 = 0.259147 ·
 *   31–60 1463/10350 × 1.1 = 0.155488 · 1–30 209/5175 × 1.1 = 0.044425 ·
 *   Not due 2926/201825 × 1.1 = 0.015947 (above the 1 % floor).
 * Allowance, each customer's bucket rounded to the cent, halves up:
 *   K 111.63 (7,000 × 0.0159475) + 22.21 + 37.32 + 51.83 + 106.01 + 1,014 = 1,343.00
 *   L 47.84 + 22.21 + 24.88 + 38.87 + 63.61 + 300 dead + 330 × 1 = 827.41
 *   total 2,170.41 on a gross 13,634.00
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { allowanceOf } from "../../../src/engine/history/allowance";
import { analyseHistory } from "../../../src/engine/history/history-analysis";
import { lossRates } from "../../../src/engine/history/loss-rates";
import type { SnapshotRow } from "../../../src/engine/history/snapshot";
import { policyWith, units } from "../helpers";
import { snapshotOn, snapshotRow } from "./snapshot-builders";

/** Rows of this example carry a 10,000 limit and, on MAR, a dead amount. */
const row = (customerId: string, amounts: number[], dead = 0): SnapshotRow =>
  snapshotRow(customerId, amounts, { dead: units(dead), limit: units(10000) });

const JAN = snapshotOn("2026-01-31", [
  row("K", [6000, 1000, 500, 200, 100, 1000]),
  row("L", [4000, 0, 300, 0, 400, 24]),
]);
const FEB = snapshotOn("2026-02-28", [
  row("K", [5000, 600, 400, 250, 120, 1000]),
  row("L", [5000, 400, 300, 150, 0, 276]),
]);
const MAR = snapshotOn("2026-03-31", [
  row("K", [7000, 500, 240, 200, 150, 1014]),
  row("L", [3000, 500, 160, 150, 90, 630], 300),
]);

/** The defaults with a forward-looking +10 % on every bucket and a 1 % floor on Not due. */
const POLICY = policyWith((p) => {
  p.lossAllowance.buckets.forEach((bucket) => {
    bucket.adjustment = 0.1;
  });
  p.lossAllowance.buckets[0].floor = 0.01;
});

describe("loss allowance worked by hand (three monthly snapshots)", () => {
  const loss = lossRates([JAN, FEB, MAR], MAR, POLICY);

  test("roll rates per bucket, amount-weighted over both pairs of months", () => {
    expect(loss.rollRates.rolled).toEqual([1400, 400, 570, 154, 266, 2300].map(units));
    expect(loss.rollRates.base).toEqual([3900, 1400, 950, 420, 414, 2300].map(units));
    const expected = [14 / 39, 2 / 7, 0.6, 11 / 30, 133 / 207, 1];
    loss.rollRates.rates.forEach((rate, b) => expect(rate).toBeCloseTo(expected[b], 12));
    expect(loss.method).toBe("rollRates");
    expect(loss.rollRates.reviews).toEqual([JAN.asOf, FEB.asOf, MAR.asOf]);
  });

  test("lifetime loss rates: chained, adjusted, floored", () => {
    const chained = [2926 / 201825, 209 / 5175, 1463 / 10350, 1463 / 6210, 133 / 207, 1];
    const expected = chained.map((chain) => Math.min(1, chain * 1.1));
    loss.rates.forEach((rate, b) => expect(rate).toBeCloseTo(expected[b], 12));
    loss.chained.forEach((chain, b) => expect(chain).toBeCloseTo(chained[b], 12));
  });

  test("allowance to the cent, per customer, per bucket and in total", () => {
    const allowance = allowanceOf(MAR, loss.rates);
    expect(allowance.byCustomer).toEqual([
      { customerId: "K", gross: units(9104), allowance: units(1343) },
      { customerId: "L", gross: units(4530), allowance: units(827.41) },
    ]);
    expect(allowance.byBucket).toEqual([
      { gross: units(10000), dead: 0, allowance: units(159.47) },
      { gross: units(1000), dead: 0, allowance: units(44.42) },
      { gross: units(400), dead: 0, allowance: units(62.2) },
      { gross: units(350), dead: 0, allowance: units(90.7) },
      { gross: units(240), dead: 0, allowance: units(169.62) },
      { gross: units(1644), dead: units(300), allowance: units(1644) },
    ]);
    expect([allowance.gross, allowance.total]).toEqual([units(13634), units(2170.41)]);
  });

  test("with fewer reviews than the policy's minimum, the floors alone", () => {
    // Two reviews on file, three needed: K 35 + 10 + 12 + 20 + 37.50 + 507 = 621.50;
    // L 15 + 10 + 8 + 15 + 22.50 + 300 dead + 165 (330 × 0.5) = 535.50.
    const short = lossRates([FEB, MAR], MAR, DEFAULT_POLICY);
    expect(short.method).toBe("floors");
    expect(short.rates).toEqual([0.005, 0.02, 0.05, 0.1, 0.25, 0.5]);
    const allowance = allowanceOf(MAR, short.rates);
    expect(allowance.byCustomer.map((c) => c.allowance)).toEqual([units(621.5), units(535.5)]);
    expect(allowance.total).toBe(units(1157));
  });

  test("the whole analysis: reviews, the migration since February, the same allowance", () => {
    const analysis = analyseHistory([JAN, FEB], MAR, POLICY);
    expect(analysis.reviews).toEqual([JAN.asOf, FEB.asOf, MAR.asOf]);
    expect(analysis.allowance.total).toBe(units(2170.41));
    expect(analysis.migration).toEqual([{ from: "B", to: "B", count: 2, amount: units(13634) }]);
    // Jan 8,800 + 4,724; Feb 7,370 + 6,126; Mar 9,104 + 4,530.
    expect(analysis.trends.map((point) => point.open)).toEqual([13524, 13496, 13634].map(units));
  });
});
