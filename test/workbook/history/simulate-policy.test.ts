/**
 * Simulate: the same portfolio under a policy whose A grade (and its limit band) starts at 95
 * instead of 90. Every customer has all 18 factors rated alike, so its score is 10 × the rating,
 * and no orders: each limit is the new-customer base 300,000 × the band's multiplier (§3).
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { prepareReview, type ReadyReview } from "../../../src/workbook/prepare-review";
import { simulatePolicy } from "../../../src/workbook/simulate-policy";
import { HIGHER_A_EDGE, ratedBook, reviewOptions, type RatedCustomer } from "./rated-portfolio";

/**
 * K1 92 (A, 900,000 → B, 600,000; owes 700,000: newly over its limit) · K2 96 (A both times) ·
 * K3 85 (B both times) · K4 91 (A → B, 900,000 → 600,000; owes 100,000).
 */
const PORTFOLIO: RatedCustomer[] = [
  { id: "K1", rating: 9.2, open: 700_000 },
  { id: "K2", rating: 9.6, open: 50_000 },
  { id: "K3", rating: 8.5, open: 50_000 },
  { id: "K4", rating: 9.1, open: 100_000 },
];

async function ready(): Promise<ReadyReview> {
  const outcome = await prepareReview(ratedBook(PORTFOLIO), reviewOptions());
  if (outcome.kind !== "ready") throw new Error(`review ${outcome.kind}`);
  return outcome;
}

describe("simulatePolicy: the A edge raised from 90 to 95", () => {
  test("the grades move A → B for the two customers scored between 90 and 95", async () => {
    const { whatIf } = simulatePolicy(await ready(), HIGHER_A_EDGE);
    const moves = whatIf.migration.map((cell) => [cell.from, cell.to, cell.count]);
    expect(moves).toEqual(
      expect.arrayContaining([
        ["A", "A", 1],
        ["A", "B", 2],
        ["B", "B", 1],
      ])
    );
    expect(whatIf.migration.reduce((sum, cell) => sum + cell.count, 0)).toBe(4);
  });

  test("total limits fall by 2 × 300,000 and two customers' terms drop from 120 to 90 days", async () => {
    const { whatIf } = simulatePolicy(await ready(), HIGHER_A_EDGE);
    // 900,000 + 900,000 + 600,000 + 900,000 → 600,000 + 900,000 + 600,000 + 600,000, in cents.
    expect(whatIf.totalLimit).toEqual({ from: 330_000_000, to: 270_000_000 });
    expect([whatIf.terms.raised, whatIf.terms.lowered]).toEqual([0, 2]);
    // (120 + 120 + 90 + 120) / 4 = 112.5 → (90 + 120 + 90 + 90) / 4 = 97.5.
    expect(whatIf.terms.mean).toEqual({ from: 112.5, to: 97.5 });
  });

  test("K1 owes 700,000: within 900,000, over 600,000", async () => {
    const { whatIf } = simulatePolicy(await ready(), HIGHER_A_EDGE);
    expect(whatIf.newlyOverLimit).toEqual(["K1"]);
    expect([whatIf.suspensionsAdded, whatIf.suspensionsLifted]).toEqual([[], []]);
  });

  test("the allowance uses the floors alone without history: 0.5 % of 900,000 not due", async () => {
    const { whatIf } = simulatePolicy(await ready(), HIGHER_A_EDGE);
    expect(whatIf.allowance).toEqual({ from: 450_000, to: 450_000 });
  });

  test("the band rule explains each limit change", async () => {
    const { whatIf } = simulatePolicy(await ready(), HIGHER_A_EDGE);
    const k1 = whatIf.changes.find((entry) => entry.customerId === "K1")?.change;
    expect(k1?.factors).toEqual([]);
    expect(k1?.limitRules).toEqual([
      { rule: "BAND", minScore: { from: 90, to: 80 }, multiplier: { from: 3, to: 2 } },
    ]);
    expect(whatIf.changes.map((entry) => entry.customerId)).toEqual(["K1", "K4"]);
  });

  test("the same policy changes nothing; the ready review is left as it was", async () => {
    const before = await ready();
    const limits = before.result.customers.map((c) => c.limit);
    const same = simulatePolicy(before, DEFAULT_POLICY);
    expect(same.whatIf.changes).toEqual([]);
    expect(same.whatIf.newlyOverLimit).toEqual([]);
    expect(before.result.customers.map((c) => c.limit)).toEqual(limits);
  });

  test("another money unit is not applied to amounts read in cents", async () => {
    const simulation = simulatePolicy(await ready(), { ...HIGHER_A_EDGE, minorPerUnit: 1 });
    expect([simulation.keptMoneyUnit, simulation.policy.minorPerUnit]).toEqual([true, 100]);
    expect(simulation.whatIf.totalLimit.to).toBe(270_000_000);
  });
});
