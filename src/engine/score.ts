/** The weighted credit score over the rated factors (CREDIT-POLICY.md §1, §11 Score). */
import {
  LENGTH_MISMATCH,
  NEGATIVE_WEIGHT,
  NOT_A_NUMBER,
  RATING_MAX_NOT_POSITIVE,
  RATING_OUT_OF_RANGE,
} from "./errors";
import type { Policy } from "./policy";
import type { Customer, FactorKey, FactorLine, ScoreResult } from "./types";

/** Full marks: a score is a share of 100 whatever the weights add up to. */
const FULL_SCORE = 100;

export interface WeightedScore {
  /** 0..100 over the rated weight, unrounded; null when no weight is rated. */
  score: number | null;
  /** Rated weight / total weight (0 when the total weight is 0). */
  coverage: number;
}

/** True when `rating` can be used as it is: a finite number on 0..ratingMax. */
export function isRatingInRange(rating: number, ratingMax: number): boolean {
  return Number.isFinite(rating) && rating >= 0 && rating <= ratingMax;
}

/**
 * Score = 100 × Σ weight × rating / (ratingMax × Σ rated weight). Blank ratings (null) are
 * left out and the rest re-normalised, so a missing rating never counts as zero. The loop
 * allocates nothing: custom functions call it once per cell.
 */
export function weightedScore(
  ratings: (number | null)[],
  weights: number[],
  ratingMax: number
): WeightedScore {
  if (ratings.length !== weights.length) throw new RangeError(LENGTH_MISMATCH);
  if (!(Number.isFinite(ratingMax) && ratingMax > 0)) throw new RangeError(RATING_MAX_NOT_POSITIVE);
  let totalWeight = 0;
  let ratedWeight = 0;
  let weightedSum = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i];
    if (!Number.isFinite(weight)) throw new RangeError(NOT_A_NUMBER);
    if (weight < 0) throw new RangeError(NEGATIVE_WEIGHT);
    totalWeight += weight;
    const rating = ratings[i];
    if (rating === null || rating === undefined) continue;
    if (!isRatingInRange(rating, ratingMax)) throw new RangeError(RATING_OUT_OF_RANGE);
    ratedWeight += weight;
    weightedSum += weight * rating;
  }
  return {
    score: ratedWeight > 0 ? (FULL_SCORE * weightedSum) / (ratingMax * ratedWeight) : null,
    coverage: totalWeight > 0 ? ratedWeight / totalWeight : 0,
  };
}

/**
 * The score of one customer under the policy's factor model. A typed rating wins; a derived
 * rating fills only a factor with no typed value; a typed rating out of 0..ratingMax is not
 * used at all (the review reports it) and is not replaced by a derived one, because the cell
 * is not empty.
 */
export function scoreCustomer(
  customer: Customer,
  derived: Partial<Record<FactorKey, number>>,
  policy: Policy
): ScoreResult {
  const { ratingMax, factors } = policy.score;
  const lines: FactorLine[] = new Array(factors.length);
  let totalWeight = 0;
  let ratedWeight = 0;
  let points = 0;
  for (let i = 0; i < factors.length; i++) {
    const factor = factors[i];
    const typed = customer.ratings[factor.key];
    const fromDerivation = derived[factor.key];
    let rating: number | null = null;
    let source: FactorLine["source"] = "missing";
    if (typed !== undefined) {
      if (isRatingInRange(typed, ratingMax)) {
        rating = typed;
        source = "typed";
      }
    } else if (fromDerivation !== undefined && isRatingInRange(fromDerivation, ratingMax)) {
      rating = fromDerivation;
      source = "derived";
    }
    const linePoints = rating === null ? 0 : (factor.weight * rating) / ratingMax;
    totalWeight += factor.weight;
    if (rating !== null) {
      ratedWeight += factor.weight;
      points += linePoints;
    }
    lines[i] = { key: factor.key, group: factor.group, weight: factor.weight, rating, source, points: linePoints };
  }
  return {
    score: ratedWeight > 0 ? (FULL_SCORE * points) / ratedWeight : null,
    coverage: totalWeight > 0 ? ratedWeight / totalWeight : 0,
    lines,
  };
}
