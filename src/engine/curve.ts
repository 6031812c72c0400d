/** Piecewise-linear rating curves (CREDIT-POLICY.md §11 Score: derivation curves). */
import { EMPTY_CURVE, EngineError, NOT_A_NUMBER } from "./errors";
import type { CurvePoint } from "./policy";

/**
 * The rating of `x` on a curve whose points are sorted by x: linear between neighbouring
 * points, flat beyond the first and the last point.
 */
export function interpolate(points: CurvePoint[], x: number): number {
  const count = points.length;
  if (count === 0) throw new EngineError(EMPTY_CURVE);
  if (!Number.isFinite(x)) throw new EngineError(NOT_A_NUMBER);
  if (x <= points[0].x) return points[0].rating;
  const last = points[count - 1];
  if (x >= last.x) return last.rating;
  for (let i = 1; i < count; i++) {
    const right = points[i];
    if (x <= right.x) {
      const left = points[i - 1];
      const span = right.x - left.x;
      // Two points at the same x form a step: the right-hand rating applies from there on.
      if (span <= 0) return right.rating;
      return left.rating + ((x - left.x) / span) * (right.rating - left.rating);
    }
  }
  return last.rating;
}
