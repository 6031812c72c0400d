/**
 * Band edges are exact: a score that is mathematically 60, 80 or 90 gets the band it reaches,
 * in the review, in AR.CREDITSCORE and in the explain panel alike (issue: "score 60, grade D").
 */
import fc from "fast-check";
import { decimalPlaces, shareOfSums } from "../../src/engine/exact-quotient";
import { gradeForScore } from "../../src/engine/grade";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { review } from "../../src/engine/review";
import { scoreCustomer, weightedScore } from "../../src/engine/score";
import { FACTOR_KEYS, type FactorKey, type Grade } from "../../src/engine/types";
import type { CellInput } from "../../src/functions/arguments";
import { isFailure } from "../../src/functions/failure";
import { creditGrade, creditScore } from "../../src/functions/implementations";
import { scoreArithmetic } from "../../src/taskpane/explain/explain-steps";
import { allRated, customer, day } from "./helpers";

const DEFAULT_WEIGHTS = DEFAULT_POLICY.score.factors.map((f) => f.weight);

/** The grade of the band an exact score reaches (default bands A ≥ 90, B ≥ 80, C ≥ 60). */
function bandOf(exactScore: number): Grade {
  if (exactScore >= 90) return "A";
  if (exactScore >= 80) return "B";
  if (exactScore >= 60) return "C";
  return "D";
}

function scoreOfCells(cells: CellInput[], weights?: CellInput[]): number {
  const outcome = creditScore([cells], weights === undefined ? undefined : [weights]);
  if (isFailure(outcome)) throw new Error(`${outcome.code}: ${outcome.reason}`);
  return outcome;
}

describe("exact decimals", () => {
  test("decimalPlaces reads the decimals a person typed", () => {
    expect(decimalPlaces(6)).toBe(0);
    expect(decimalPlaces(0.1)).toBe(1);
    expect(decimalPlaces(7.5)).toBe(1);
    expect(decimalPlaces(12.25)).toBe(2);
    expect(decimalPlaces(1 / 3)).toBe(-1);
  });

  test("60 of weights summing to 100 is a coverage of exactly 0.6", () => {
    // 0.1 + 0.2 + 0.3 as floats is 0.6000000000000001; in tenths it is 6 of 10.
    expect(shareOfSums([0.1, 0.2, 0.3], 3, [0.1, 0.2, 0.3, 0.4], 4)).toBe(0.6);
  });
});

describe("a score on a band edge lands in that band", () => {
  test("6 on all 18 factors is exactly 60 and grade C (adding rounded points gave 59.999…)", () => {
    // Σ w × 6 / 10 = 100 × 6 / 10 = 60. Adding the 18 points 7.2 + 4.8 + … gives 59.99999999999999.
    const scored = scoreCustomer(customer("E", { ratings: allRated(6) }), {}, DEFAULT_POLICY);
    expect(scored.score).toBe(60);
    expect(gradeForScore(60, DEFAULT_POLICY)).toBe("C");
    expect(scoreOfCells(new Array<CellInput>(18).fill(6))).toBe(60);
    expect(creditGrade(60)).toBe("C");
  });

  test("the review writes score 60 and grade C for that customer", () => {
    const result = review(
      { customers: [customer("E", { ratings: allRated(6) })], receivables: [] },
      DEFAULT_POLICY,
      day("2026-06-30")
    );
    expect(result.customers[0].score).toBe(60);
    expect(result.customers[0].grade).toBe("C");
  });

  test("decimal ratings on an edge: 8.3 × 50 + 7.7 × 50 = 800 → 80, grade B", () => {
    // 100 × (8.3 × 50 + 7.7 × 50) / (10 × 100) = 100 × 800 / 1000 = 80.
    expect(weightedScore([8.3, 7.7], [50, 50], 10).score).toBe(80);
    expect(scoreOfCells([8.3, 7.7], [50, 50])).toBe(80);
  });

  test("the explain panel adds the same sums the score divides", () => {
    const result = review(
      { customers: [customer("E", { ratings: allRated(6) })], receivables: [] },
      DEFAULT_POLICY,
      day("2026-06-30")
    );
    const sums = scoreArithmetic(result.customers[0]);
    expect(sums.ratedWeight).toBe(100);
    expect(sums.pointsTotal).toBeCloseTo(60, 10);
    expect(result.customers[0].score).toBe(60);
  });

  test("property: random weights and ratings whose exact score is an edge get that band", () => {
    // Pairs of factors of equal weight rated edge/10 ± d keep Σ w × r = edge/10 × Σ w exactly.
    const pairArb = fc.record({
      weightTenths: fc.integer({ min: 1, max: 300 }),
      offsetTenths: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(60, 80, 90),
        fc.array(pairArb, { minLength: 1, maxLength: 9 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 4 }),
        (edge, pairs, singles) => {
          const centreTenths = edge / 10 / 0.1; // 60 → 60 tenths = rating 6
          const weights: number[] = [];
          const ratings: number[] = [];
          for (const { weightTenths, offsetTenths } of pairs) {
            const d = Math.min(offsetTenths, 100 - centreTenths);
            weights.push(weightTenths / 10, weightTenths / 10);
            ratings.push((centreTenths + d) / 10, (centreTenths - d) / 10);
          }
          for (const weightTenths of singles) {
            weights.push(weightTenths / 10);
            ratings.push(centreTenths / 10);
          }
          const score = weightedScore(ratings, weights, 10).score;
          expect(score).toBe(edge);
          expect(gradeForScore(score ?? 0, DEFAULT_POLICY)).toBe(bandOf(edge));
          expect(scoreOfCells(ratings, weights)).toBe(edge);
        }
      )
    );
  });
});

describe("the review and AR.CREDITSCORE agree", () => {
  test("on 10,000 random rating vectors: same score to the bit, same grade", () => {
    // Ratings in tenths 0..10, about one factor in six left blank.
    const vectors = fc.sample(
      fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 6 }), {
        minLength: 18,
        maxLength: 18,
      }),
      { numRuns: 10_000, seed: 13 }
    );
    const customers = vectors.map((tenths, i) => {
      const ratings: Partial<Record<FactorKey, number>> = {};
      tenths.forEach((t, k) => {
        if (t !== undefined) ratings[FACTOR_KEYS[k]] = t / 10;
      });
      return customer(`C${i}`, { ratings });
    });
    const result = review({ customers, receivables: [] }, DEFAULT_POLICY, day("2026-06-30"));
    let compared = 0;
    result.customers.forEach((reviewed, i) => {
      const cells: CellInput[] = vectors[i].map((t) => (t === undefined ? null : t / 10));
      const outcome = creditScore([cells], [DEFAULT_WEIGHTS]);
      if (reviewed.grade === null) {
        expect(isFailure(outcome)).toBe(true);
        return;
      }
      if (isFailure(outcome)) throw new Error(`graded in the review, refused by the function`);
      expect(outcome).toBe(reviewed.score);
      expect(creditGrade(outcome)).toBe(reviewed.grade);
      compared++;
    });
    // Nearly every vector is graded (coverage ≥ 60 %): the comparison is not vacuous.
    expect(compared).toBeGreaterThan(9_000);
  });
});
