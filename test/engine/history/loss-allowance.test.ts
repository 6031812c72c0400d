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
 * Rolled = the smaller of a bucket's amount and the next bucket's amount a month later, per
 * customer and pair of months:
 *   Not due → 1–30   (600 + 400 + 500 + 500) / (6,000 + 4,000 + 5,000 + 5,000) = 2,000 / 20,000 = 10 %
 *   1–30 → 31–60     (400 + 0 + 240 + 160) / (1,000 + 0 + 600 + 400)           =    800 / 2,000 = 40 %
 *                    (L had nothing in 1–30 in January: its 300 in February did not roll from it)
 *   31–60 → 61–90    (250 + 150 + 200 + 150) / (500 + 300 + 400 + 300)         =    750 / 1,500 = 50 %
 *   61–90 → 91–180   (120 + 0 + 150 + 90) / (200 + 0 + 250 + 150)              =    360 /   600 = 60 %
 *   91–180 → > 180   (100 + 276 + 120 + 0) / (100 + 400 + 120 + 0)             =    496 /   620 = 80 %
 * The last bucket counts first what rolled in, the rest stayed: K Jan→Feb 1,000 − 100 = 900;
 * L 276 − 276 = 0; K Feb→Mar min(1,000, 1,014 − 120) = 894; L min(276, 630) = 276:
 *   > 180 stays      (900 + 0 + 894 + 276) / (1,000 + 24 + 1,000 + 276)        =  2,070 / 2,300 = 90 %
 *
 * Loss rate = product of the roll rates from the bucket to the last, × (1 + 10 %) adjustment,
 * at least the floor (1 % set for Not due here, the defaults elsewhere):
 *   > 180 0.9 × 1.1 = 0.99 · 91–180 0.72 × 1.1 = 0.792 · 61–90 0.432 × 1.1 = 0.4752 ·
 *   31–60 0.216 × 1.1 = 0.2376 · 1–30 0.0864 × 1.1 = 0.09504 · Not due 0.009504 → floor 0.01.
 * Allowance, each customer's bucket rounded to the cent, halves up:
 *   K 70.00 + 47.52 + 57.02 (57.024) + 95.04 + 118.80 + 1,003.86 = 1,392.24
 *   L 30.00 + 47.52 + 38.02 (38.016) + 71.28 + 71.28 + 300 dead + 326.70 (330 × 0.99) = 884.80
 *   total 2,277.04 on a gross 13,634.00
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { allowanceOf } from "../../../src/engine/history/allowance";
import { analyseHistory } from "../../../src/engine/history/history-analysis";
import { lossRates } from "../../../src/engine/history/loss-rates";
import type { Snapshot, SnapshotRow } from "../../../src/engine/history/snapshot";
import { day, policyWith, units } from "../helpers";

const EDGES = DEFAULT_POLICY.aging.edges;

function row(customerId: string, amounts: number[], dead = 0): SnapshotRow {
  return {
    customerId,
    buckets: amounts.map(units),
    dead: units(dead),
    grade: "B",
    score: 85,
    limit: units(10000),
    status: "OK",
  };
}

function snapshot(iso: string, rows: SnapshotRow[]): Snapshot {
  return { asOf: day(iso), edges: EDGES.slice(), dso: null, dsoCountback: null, rows };
}

const JAN = snapshot("2026-01-31", [
  row("K", [6000, 1000, 500, 200, 100, 1000]),
  row("L", [4000, 0, 300, 0, 400, 24]),
]);
const FEB = snapshot("2026-02-28", [
  row("K", [5000, 600, 400, 250, 120, 1000]),
  row("L", [5000, 400, 300, 150, 0, 276]),
]);
const MAR = snapshot("2026-03-31", [
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
    expect(loss.rollRates.rolled).toEqual([2000, 800, 750, 360, 496, 2070].map(units));
    expect(loss.rollRates.base).toEqual([20000, 2000, 1500, 600, 620, 2300].map(units));
    expect(loss.rollRates.rates).toEqual([0.1, 0.4, 0.5, 0.6, 0.8, 0.9]);
    expect(loss.method).toBe("rollRates");
    expect(loss.rollRates.reviews).toEqual([JAN.asOf, FEB.asOf, MAR.asOf]);
  });

  test("lifetime loss rates: chained, adjusted, floored", () => {
    const expected = [0.01, 0.09504, 0.2376, 0.4752, 0.792, 0.99];
    loss.rates.forEach((rate, b) => expect(rate).toBeCloseTo(expected[b], 12));
    loss.chained.forEach((chain, b) =>
      expect(chain).toBeCloseTo([0.00864, 0.0864, 0.216, 0.432, 0.72, 0.9][b], 12)
    );
  });

  test("allowance to the cent, per customer, per bucket and in total", () => {
    const allowance = allowanceOf(MAR, loss.rates);
    expect(allowance.byCustomer).toEqual([
      { customerId: "K", gross: units(9104), allowance: units(1392.24) },
      { customerId: "L", gross: units(4530), allowance: units(884.8) },
    ]);
    expect(allowance.byBucket).toEqual([
      { gross: units(10000), dead: 0, allowance: units(100) },
      { gross: units(1000), dead: 0, allowance: units(95.04) },
      { gross: units(400), dead: 0, allowance: units(95.04) },
      { gross: units(350), dead: 0, allowance: units(166.32) },
      { gross: units(240), dead: 0, allowance: units(190.08) },
      { gross: units(1644), dead: units(300), allowance: units(1630.56) },
    ]);
    expect([allowance.gross, allowance.total]).toEqual([units(13634), units(2277.04)]);
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
    expect(analysis.allowance.total).toBe(units(2277.04));
    expect(analysis.migration).toEqual([{ from: "B", to: "B", count: 2, amount: units(13634) }]);
    // Jan 8,800 + 4,724; Feb 7,370 + 6,126; Mar 9,104 + 4,530.
    expect(analysis.trends.map((point) => point.open)).toEqual([13524, 13496, 13634].map(units));
  });
});
