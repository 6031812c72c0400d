/** Score changes explained factor by factor, and a what-if of an edited policy, on real reviews. */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { addDays } from "../../../src/engine/serial-date";
import { scoreChange } from "../../../src/engine/history/score-changes";
import { whatIf } from "../../../src/engine/history/what-if";
import { snapshotOf } from "../../../src/engine/history/snapshot";
import { allRated, customer, day, invoice, policyWith, units } from "../helpers";

const AS_OF = day("2026-06-30");

describe("score changes explained", () => {
  test("payment record 8 → 5 loses 3.6 points, solvency 6 → 7 gains 1: the score falls 2.6", () => {
    const ratings = { ...allRated(7), paymentRecord: 8, solvency: 6 };
    const before = review(
      { customers: [customer("W", { ratings })], receivables: [] },
      DEFAULT_POLICY,
      AS_OF
    );
    const after = review(
      {
        customers: [customer("W", { ratings: { ...ratings, paymentRecord: 5, solvency: 7 } })],
        receivables: [],
      },
      DEFAULT_POLICY,
      addDays(AS_OF, 31)
    );
    const change = scoreChange(before.customers[0], after.customers[0]);
    expect(change?.factors.map((f) => [f.key, Number(f.points.toFixed(10)), f.rating])).toEqual([
      ["paymentRecord", -3.6, { from: 8, to: 5 }],
      ["solvency", 1, { from: 6, to: 7 }],
    ]);
    // (12 × 8 + 10 × 6 + 78 × 7) / 10 = 70.2 → (12 × 5 + 10 × 7 + 78 × 7) / 10 = 67.6.
    expect(change?.score.from).toBeCloseTo(70.2, 10);
    expect(change?.score.to).toBeCloseTo(67.6, 10);
    expect(change?.rest).toBeCloseTo(0, 10);
    // Both in the 60–79 band: same grade, limit and terms, so no limit rule.
    expect(change?.grade).toEqual({ from: "C", to: "C" });
    expect(change?.limitRules).toEqual([]);
  });

  test("an unchanged customer has no change", () => {
    const input = { customers: [customer("W", { ratings: allRated(8) })], receivables: [] };
    const once = review(input, DEFAULT_POLICY, AS_OF).customers[0];
    const twice = review(input, DEFAULT_POLICY, AS_OF).customers[0];
    expect(scoreChange(once, twice)).toBeNull();
  });
});

describe("what-if: the same portfolio under an edited policy", () => {
  // X: score 90 (A), a new customer: base 300,000 × 3 = 900,000; owes 800,000 not yet due.
  // Y: score 70 (C), 70 days overdue → REDUCE by default (≥ 60): one band down, limit 0.
  // Z: score 70, 100 days overdue → SUSPEND by default (≥ 90).
  const input = {
    customers: [
      customer("X", { ratings: allRated(9) }),
      customer("Y", { ratings: allRated(7) }),
      customer("Z", { ratings: allRated(7) }),
    ],
    receivables: [
      invoice("X", "X-1", {
        invoiceDate: addDays(AS_OF, -10),
        dueDate: addDays(AS_OF, 20),
        amount: units(800000),
      }),
      invoice("Y", "Y-1", {
        invoiceDate: addDays(AS_OF, -75),
        dueDate: addDays(AS_OF, -70),
        amount: units(1000),
      }),
      // A recent paid invoice keeps Z in business (no inactivity rule).
      invoice("Z", "Z-2", {
        invoiceDate: addDays(AS_OF, -3),
        amount: units(10),
        paid: units(10),
        paidDate: addDays(AS_OF, -1),
      }),
      invoice("Z", "Z-1", {
        invoiceDate: addDays(AS_OF, -130),
        dueDate: addDays(AS_OF, -100),
        amount: units(2000),
      }),
    ],
  };
  // Edited: grade A's multiple 250 %, reduce from 80 days overdue, suspend from 120.
  const edited = policyWith((p) => {
    p.limit.bands[0].multiplier = 2.5;
    p.adjustments.reduceOverdueDays = 80;
    p.adjustments.suspendOverdueDays = 120;
  });
  const current = review(input, DEFAULT_POLICY, AS_OF);
  const simulated = review(input, edited, AS_OF);
  const result = whatIf(current, simulated, { from: units(100), to: units(90) });

  test("limits: X 900,000 → 750,000; Y 0 → 450,000; Z 0 → 0 (now reduced: one band down, 0)", () => {
    expect(result.totalLimit).toEqual({ from: units(900000), to: units(1200000) });
    expect(result.terms).toEqual({
      raised: 1,
      lowered: 0,
      mean: { from: 120 / 3, to: (120 + 60 + 0) / 3 },
    });
  });

  test("X is newly over its limit; Z's suspension is lifted; nobody is newly suspended", () => {
    expect(result.newlyOverLimit).toEqual(["X"]);
    expect(result.suspensionsAdded).toEqual([]);
    expect(result.suspensionsLifted).toEqual(["Z"]);
    expect(result.allowance).toEqual({ from: units(100), to: units(90) });
  });

  test("the rule that changed each limit, and an unchanged grade grid", () => {
    const rules = Object.fromEntries(
      result.changes.map(({ customerId, change }) => [
        customerId,
        change.limitRules.map((r) => r.rule),
      ])
    );
    // Z goes from SUSPEND to REDUCE: still limit 0 and terms 0, so not a change of limit.
    expect(rules).toEqual({ X: ["BAND"], Y: ["STATUS"] });
    const y = result.changes.find((c) => c.customerId === "Y")?.change.limitRules[0];
    expect(y).toEqual({
      rule: "STATUS",
      status: { from: "REDUCE", to: "OK" },
      added: [],
      lifted: ["OVERDUE_60"],
    });
    expect(result.migration).toEqual([
      { from: "A", to: "A", count: 1, amount: units(800000) },
      { from: "C", to: "C", count: 2, amount: units(3000) },
    ]);
  });
});

describe("the snapshot of a review", () => {
  test("buckets as the aging table, dead debts past 365 days, an unlisted customer kept", () => {
    const result = review(
      {
        customers: [customer("K", { ratings: allRated(8) })],
        receivables: [
          invoice("K", "K-1", {
            invoiceDate: addDays(AS_OF, -430),
            dueDate: addDays(AS_OF, -400),
            amount: units(700),
          }),
          invoice("K", "K-2", {
            invoiceDate: addDays(AS_OF, -230),
            dueDate: addDays(AS_OF, -200),
            amount: units(300),
          }),
          invoice("K", "K-3", {
            invoiceDate: addDays(AS_OF, -5),
            dueDate: addDays(AS_OF, 25),
            amount: units(50),
          }),
          invoice("U", "U-1", {
            invoiceDate: addDays(AS_OF, -40),
            dueDate: addDays(AS_OF, -10),
            amount: units(20),
          }),
        ],
      },
      DEFAULT_POLICY,
      AS_OF
    );
    const snapshot = snapshotOf(result, DEFAULT_POLICY);
    expect(snapshot.edges).toEqual([0, 30, 60, 90, 180]);
    expect(snapshot.rows).toEqual([
      {
        customerId: "K",
        buckets: [50, 0, 0, 0, 0, 1000].map(units),
        dead: units(700),
        grade: "B",
        score: 80,
        limit: result.customers[0].limit,
        status: "SUSPEND",
      },
      {
        customerId: "U",
        buckets: [0, 20, 0, 0, 0, 0].map(units),
        dead: 0,
        grade: null,
        score: null,
        limit: 0,
        status: null,
      },
    ]);
  });
});
