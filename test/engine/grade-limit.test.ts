import fc from "fast-check";
import { approvalLevel } from "../../src/engine/approval";
import { gradeForScore, needsGmSignOff } from "../../src/engine/grade";
import {
  limitBandFor,
  limitBase,
  orderBasedLimit,
  reducedBandFor,
  termsForScore,
} from "../../src/engine/limit";
import { minor } from "../../src/engine/money";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { policyWith, units } from "./helpers";

const P = DEFAULT_POLICY;

describe("grade (§2)", () => {
  test.each([
    [100, "A"],
    [90, "A"],
    [89.999, "B"],
    [80, "B"],
    [79.99, "C"],
    [60, "C"],
    [59.99, "D"],
    [0, "D"],
  ])("score %p → %s (on the unrounded score)", (score, grade) => {
    expect(gradeForScore(score, P)).toBe(grade);
  });

  test("C and D need the general manager's sign-off; no grade is treated like D", () => {
    expect(needsGmSignOff("A", P)).toBe(false);
    expect(needsGmSignOff("B", P)).toBe(false);
    expect(needsGmSignOff("C", P)).toBe(true);
    expect(needsGmSignOff("D", P)).toBe(true);
    expect(needsGmSignOff(null, P)).toBe(true);
  });
});

describe("limit and terms (§3)", () => {
  test("worked example: score 92, orders of 400,000 in 3 months → 1,200,000, 120 days, approval level 1", () => {
    const base = limitBase(units(400_000), false, P);
    const limit = orderBasedLimit(92, base, P); // 400,000 × 300 %
    expect(limit).toBe(units(1_200_000));
    expect(termsForScore(92, P)).toBe(120);
    expect(approvalLevel(limit, P)).toBe(1);
  });

  test.each([
    [90, 3, 120],
    [89.999, 2, 90],
    [80, 2, 90],
    [79.99, 1.5, 60],
    [60, 1.5, 60],
    [59.99, 0, 0],
    [0, 0, 0],
  ])("band boundaries: score %p → × %p, %p days", (score, multiplier, terms) => {
    expect(limitBandFor(score, P)).toMatchObject({ multiplier, termsDays: terms });
  });

  test("no score → the lowest band (0, 0)", () => {
    expect(limitBandFor(null, P)).toMatchObject({ multiplier: 0, termsDays: 0 });
    expect(orderBasedLimit(null, units(1_000_000), P)).toBe(0);
    expect(termsForScore(null, P)).toBe(0);
  });

  test("a new customer, or no order history, uses the fixed base 300,000", () => {
    expect(limitBase(units(2_000_000), true, P)).toBe(units(300_000));
    expect(limitBase(null, false, P)).toBe(units(300_000));
    expect(limitBase(units(123_456.78), false, P)).toBe(units(123_456.78));
    // New customer scoring 85: 300,000 × 200 % = 600,000
    expect(orderBasedLimit(85, limitBase(null, true, P), P)).toBe(units(600_000));
  });

  test("limits are floored to the rounding unit of 1,000", () => {
    // 123,456.78 × 200 % = 246,913.56 → 246,000
    expect(orderBasedLimit(85, units(123_456.78), P)).toBe(units(246_000));
    // 999.99 × 150 % = 1,499.985 → 1,000
    expect(orderBasedLimit(70, units(999.99), P)).toBe(units(1_000));
    expect(orderBasedLimit(70, units(600), P)).toBe(0);
  });

  test("the product is rounded to a cent before flooring (60,000 × 1.15 is 69,000, not 68,000)", () => {
    const policy = policyWith((p) => {
      p.limit.bands[2].multiplier = 1.15;
    });
    expect(orderBasedLimit(70, units(60_000), policy)).toBe(units(69_000));
  });

  test("a negative base gives 0, never a negative limit", () => {
    expect(orderBasedLimit(95, units(-50_000), P)).toBe(0);
  });

  test("REDUCE moves one band down: ≥ 90 → 200 %/90, ≥ 80 → 150 %/60, ≥ 60 → 0/0", () => {
    expect(reducedBandFor(95, 1, P)).toMatchObject({ multiplier: 2, termsDays: 90 });
    expect(reducedBandFor(85, 1, P)).toMatchObject({ multiplier: 1.5, termsDays: 60 });
    expect(reducedBandFor(65, 1, P)).toMatchObject({ multiplier: 0, termsDays: 0 });
    expect(reducedBandFor(30, 1, P)).toMatchObject({ multiplier: 0, termsDays: 0 });
    expect(reducedBandFor(95, 2, P)).toMatchObject({ multiplier: 1.5, termsDays: 60 });
  });

  test("property: a higher score never lowers the limit or the terms", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 10_000_000_000 }).map(minor),
        (a, b, base) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(orderBasedLimit(high, base, P)).toBeGreaterThanOrEqual(
            orderBasedLimit(low, base, P)
          );
          expect(termsForScore(high, P)).toBeGreaterThanOrEqual(termsForScore(low, P));
        }
      )
    );
  });
});

describe("approval level (§4), upper bounds inclusive", () => {
  test.each([
    [0, 1],
    [1_500_000, 1],
    [1_500_001, 2],
    [6_000_000, 2],
    [6_000_001, 3],
    [10_000_000, 3],
    [10_000_001, 4],
    [15_000_000, 4],
    [15_000_001, 5],
    [20_000_000, 5],
    [20_000_001, 6],
    [500_000_000, 6],
  ])("limit %p → level %p", (limit, level) => {
    expect(approvalLevel(units(limit), P)).toBe(level);
  });

  test("compared in cents: 1,500,000.01 is already level 2", () => {
    expect(approvalLevel(minor(units(1_500_000) + 1), P)).toBe(2);
  });
});
