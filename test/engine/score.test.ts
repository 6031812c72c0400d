import fc from "fast-check";
import {
  LENGTH_MISMATCH,
  NEGATIVE_WEIGHT,
  RATING_MAX_NOT_POSITIVE,
  RATING_OUT_OF_RANGE,
} from "../../src/engine/errors";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { scoreCustomer, weightedScore } from "../../src/engine/score";
import { FACTOR_KEYS, type FactorKey } from "../../src/engine/types";
import { allRated, customer } from "./helpers";

const weights = DEFAULT_POLICY.score.factors.map((f) => f.weight);

describe("weightedScore (§1)", () => {
  test("Σ weight × rating / ratingMax over weights summing to 100", () => {
    expect(
      weightedScore(
        weights.map(() => 10),
        weights,
        10
      )
    ).toEqual({ score: 100, coverage: 1 });
    expect(
      weightedScore(
        weights.map(() => 5),
        weights,
        10
      ).score
    ).toBeCloseTo(50, 12);
    // 9.2 everywhere: Σ w × 9.2 / 10 = 100 × 0.92 = 92
    expect(
      weightedScore(
        weights.map(() => 9.2),
        weights,
        10
      ).score
    ).toBeCloseTo(92, 12);
  });

  test("blank ratings are left out and the rest re-normalised, never counted as zero", () => {
    // (50 × 10 + 20 × 5) / (10 × 70) × 100 = 600 / 700 × 100 = 85.714…; coverage 70 / 100
    const result = weightedScore([10, null, 5], [50, 30, 20], 10);
    expect(result.score).toBeCloseTo(85.7142857, 6);
    expect(result.coverage).toBeCloseTo(0.7, 12);
  });

  test("nothing rated: no score, coverage 0", () => {
    expect(weightedScore([null, null], [60, 40], 10)).toEqual({ score: null, coverage: 0 });
  });

  test("refuses bad arguments with named messages", () => {
    expect(() => weightedScore([11], [100], 10)).toThrow(RATING_OUT_OF_RANGE);
    expect(() => weightedScore([-0.5], [100], 10)).toThrow(RATING_OUT_OF_RANGE);
    expect(() => weightedScore([5], [-1], 10)).toThrow(NEGATIVE_WEIGHT);
    expect(() => weightedScore([5, 5], [100], 10)).toThrow(LENGTH_MISMATCH);
    expect(() => weightedScore([5], [100], 0)).toThrow(RATING_MAX_NOT_POSITIVE);
  });

  test("property: the score stays within 0..100 and coverage within 0..1", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.double({ min: 0, max: 10, noNaN: true })),
            fc.double({ min: 0, max: 50, noNaN: true })
          ),
          { maxLength: 20 }
        ),
        (pairs) => {
          const result = weightedScore(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
            10
          );
          expect(result.coverage).toBeGreaterThanOrEqual(0);
          expect(result.coverage).toBeLessThanOrEqual(1 + 1e-12);
          if (result.score !== null) {
            expect(result.score).toBeGreaterThanOrEqual(-1e-9);
            expect(result.score).toBeLessThanOrEqual(100 + 1e-9);
          }
        }
      )
    );
  });
});

describe("scoreCustomer (§1, §11 Score)", () => {
  test("typed ratings win over derived ones; derived fill only the empty factors", () => {
    const ratings = { ...allRated(8) };
    delete ratings.solvency;
    const result = scoreCustomer(
      customer("A", { ratings }),
      { solvency: 10, paymentRecord: 0 },
      DEFAULT_POLICY
    );
    const line = (key: FactorKey) => result.lines.find((l) => l.key === key);
    expect(line("solvency")).toMatchObject({ rating: 10, source: "derived", points: 10 });
    expect(line("paymentRecord")).toMatchObject({ rating: 8, source: "typed" });
    // 90 weight at 8 → 72 points, solvency 10 weight at 10 → 10 points: 82
    expect(result.score).toBeCloseTo(82, 12);
    expect(result.coverage).toBe(1);
  });

  test("a typed rating outside 0..10 is left out and not replaced by a derived one", () => {
    const result = scoreCustomer(
      customer("A", { ratings: { ...allRated(6), solvency: 12 } }),
      { solvency: 9 },
      DEFAULT_POLICY
    );
    expect(result.lines.find((l) => l.key === "solvency")).toMatchObject({
      rating: null,
      source: "missing",
      points: 0,
    });
    expect(result.coverage).toBeCloseTo(0.9, 12);
    expect(result.score).toBeCloseTo(60, 12);
  });

  test("lines carry group, weight and points weight × rating / ratingMax", () => {
    const result = scoreCustomer(
      customer("A", { ratings: { bankCredit: 7.5 } }),
      {},
      DEFAULT_POLICY
    );
    expect(result.lines).toHaveLength(18);
    expect(result.lines[1]).toEqual({
      key: "bankCredit",
      group: "creditFinancial",
      weight: 8,
      rating: 7.5,
      source: "typed",
      points: 6,
    });
    expect(result.score).toBeCloseTo(75, 12);
    expect(result.coverage).toBeCloseTo(0.08, 12);
  });

  test("property: a higher rating on a rated factor never lowers the score", () => {
    const ratingsArb = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), {
      minLength: 18,
      maxLength: 18,
    });
    fc.assert(
      fc.property(
        ratingsArb,
        fc.nat(17),
        fc.integer({ min: 0, max: 10 }),
        (values, index, raise) => {
          const ratings: Partial<Record<FactorKey, number>> = {};
          FACTOR_KEYS.forEach((key, i) => {
            if (values[i] !== undefined) ratings[key] = values[i];
          });
          const key = FACTOR_KEYS[index];
          const before = ratings[key] ?? 0;
          ratings[key] = before;
          const low =
            scoreCustomer(customer("A", { ratings: { ...ratings } }), {}, DEFAULT_POLICY).score ??
            0;
          ratings[key] = Math.min(10, before + raise);
          const high = scoreCustomer(customer("A", { ratings }), {}, DEFAULT_POLICY).score ?? 0;
          expect(high).toBeGreaterThanOrEqual(low - 1e-9);
        }
      )
    );
  });
});
