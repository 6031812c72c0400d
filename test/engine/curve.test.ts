import fc from "fast-check";
import { interpolate } from "../../src/engine/curve";
import { EMPTY_CURVE, NOT_A_NUMBER } from "../../src/engine/errors";
import { DEFAULT_POLICY, type CurvePoint } from "../../src/engine/policy";

const curves = DEFAULT_POLICY.derivation;

describe("interpolate (§11 derivation curves)", () => {
  test("hits the points of the policy's table exactly", () => {
    expect(interpolate(curves.quickRatio, 1)).toBe(8.5);
    expect(interpolate(curves.debtRatio, 0.5)).toBe(8.5);
    expect(interpolate(curves.assetTurnover, 4)).toBe(8.5);
    expect(interpolate(curves.netMargin, 0.15)).toBe(8.5);
    expect(interpolate(curves.onTimeShare, 0.9)).toBe(8.5);
    expect(interpolate(curves.daysBeyondTerms, 5)).toBe(8.5);
  });

  test("is linear between points", () => {
    // quick 0.75: halfway from 0.5 → 4 to 1.0 → 8.5 = 4 + 4.5 / 2 = 6.25
    expect(interpolate(curves.quickRatio, 0.75)).toBeCloseTo(6.25, 12);
    // debt 0.65: halfway from 0.5 → 8.5 to 0.8 → 3 = 8.5 − 5.5 / 2 = 5.75 (lower is better)
    expect(interpolate(curves.debtRatio, 0.65)).toBeCloseTo(5.75, 12);
    // turnover 3: halfway from 2 → 6 to 4 → 8.5 = 7.25
    expect(interpolate(curves.assetTurnover, 3)).toBeCloseTo(7.25, 12);
    // margin 10 %: halfway from 5 % → 5.5 to 15 % → 8.5 = 7
    expect(interpolate(curves.netMargin, 0.1)).toBeCloseTo(7, 12);
    // 17.5 days beyond terms: halfway from 5 → 8.5 to 30 → 4 = 6.25
    expect(interpolate(curves.daysBeyondTerms, 17.5)).toBeCloseTo(6.25, 12);
  });

  test("is flat beyond the ends", () => {
    expect(interpolate(curves.quickRatio, -3)).toBe(0);
    expect(interpolate(curves.quickRatio, 9)).toBe(10);
    expect(interpolate(curves.debtRatio, 0.1)).toBe(10);
    expect(interpolate(curves.debtRatio, 1.7)).toBe(0);
    expect(interpolate(curves.daysBeyondTerms, 400)).toBe(0);
  });

  test("refuses an empty curve and a non-number", () => {
    expect(() => interpolate([], 1)).toThrow(EMPTY_CURVE);
    expect(() => interpolate(curves.quickRatio, Number.NaN)).toThrow(NOT_A_NUMBER);
  });

  test("a single point is a constant", () => {
    expect(interpolate([{ x: 2, rating: 7 }], -100)).toBe(7);
    expect(interpolate([{ x: 2, rating: 7 }], 100)).toBe(7);
  });

  test("property: the result stays within the curve's rating range", () => {
    const sortedCurve = fc
      .uniqueArray(fc.double({ min: -1000, max: 1000, noNaN: true }), {
        minLength: 1,
        maxLength: 8,
      })
      .chain((xs) =>
        fc.tuple(
          fc.constant([...xs].sort((a, b) => a - b)),
          fc.array(fc.double({ min: 0, max: 10, noNaN: true }), {
            minLength: xs.length,
            maxLength: xs.length,
          })
        )
      )
      .map(([xs, ratings]): CurvePoint[] => xs.map((x, i) => ({ x, rating: ratings[i] })));
    fc.assert(
      fc.property(sortedCurve, fc.double({ min: -2000, max: 2000, noNaN: true }), (points, x) => {
        const ratings = points.map((p) => p.rating);
        const value = interpolate(points, x);
        expect(value).toBeGreaterThanOrEqual(Math.min(...ratings) - 1e-9);
        expect(value).toBeLessThanOrEqual(Math.max(...ratings) + 1e-9);
      })
    );
  });
});
