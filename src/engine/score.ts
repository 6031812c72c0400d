/** The weighted credit score over the rated factors (CREDIT-POLICY.md §1, §11 Score). */
import {
  EngineError,
  LENGTH_MISMATCH,
  NEGATIVE_WEIGHT,
  NOT_A_NUMBER,
  RATING_MAX_NOT_POSITIVE,
  RATING_OUT_OF_RANGE,
} from "./errors";
import { shareOfSums, weightedShareOf100 } from "./exact-quotient";
import type { FactorDefinition, Policy } from "./policy";
import type { Customer, FactorKey, FactorLine, ScoreResult } from "./types";

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

/** Scratch arrays for the rated factors, reused between calls: custom functions call per cell. */
const ratedWeights: number[] = [];
const ratedRatings: number[] = [];

/**
 * Score = 100 × Σ weight × rating / (ratingMax × Σ rated weight), summed once and divided once
 * (see exact-quotient.ts), so the review, the explain panel and AR.CREDITSCORE agree to the last
 * bit and an exact band edge lands in its band. Blank ratings (null) are left out and the rest
 * re-normalised, so a missing rating never counts as zero.
 */
export function weightedScore(
  ratings: (number | null | undefined)[],
  weights: number[],
  ratingMax: number
): WeightedScore {
  if (ratings.length !== weights.length) throw new EngineError(LENGTH_MISMATCH);
  if (!(Number.isFinite(ratingMax) && ratingMax > 0))
    throw new EngineError(RATING_MAX_NOT_POSITIVE);
  let rated = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i];
    if (!Number.isFinite(weight)) throw new EngineError(NOT_A_NUMBER);
    if (weight < 0) throw new EngineError(NEGATIVE_WEIGHT);
    const rating = ratings[i];
    if (rating === null || rating === undefined) continue;
    if (!isRatingInRange(rating, ratingMax)) throw new EngineError(RATING_OUT_OF_RANGE);
    ratedWeights[rated] = weight;
    ratedRatings[rated] = rating;
    rated++;
  }
  const score = weightedShareOf100({
    weights: ratedWeights,
    ratings: ratedRatings,
    count: rated,
    ratingMax,
  });
  return { score, coverage: shareOfSums(ratedWeights, rated, weights, weights.length) };
}

/** Position of each factor key in the policy's factor list, built once per factor list. */
const factorPositions = new WeakMap<FactorDefinition[], Map<string, number>>();

export function factorIndex(factors: FactorDefinition[]): Map<string, number> {
  let positions = factorPositions.get(factors);
  if (positions === undefined) {
    positions = new Map(factors.map((factor, i) => [factor.key as string, i]));
    factorPositions.set(factors, positions);
  }
  return positions;
}

/**
 * Ratings keyed by factor, laid out in the policy's factor order (undefined where absent).
 * Walks the object's own keys rather than looking up every factor: rating objects come in many
 * shapes, and a lookup per factor on each shape is what made scoring slow.
 */
export function ratingsByPosition(
  ratings: Partial<Record<FactorKey, number>>,
  positions: Map<string, number>,
  count: number,
  /** Reused when given (the review fills one array per customer in turn). */
  out: (number | undefined)[] = new Array<number | undefined>(count)
): (number | undefined)[] {
  out.length = count;
  out.fill(undefined);
  for (const key in ratings) {
    const position = positions.get(key);
    if (position !== undefined) out[position] = ratings[key as FactorKey];
  }
  return out;
}

/** Lines are shared between customers where they are equal, so each is frozen (read-only). */
interface LineCache {
  missing: FactorLine[];
  /** typed[factor position][whole-number rating] */
  typed: (FactorLine | undefined)[][];
}
const lineCaches = new WeakMap<FactorDefinition[], LineCache>();
const weightLists = new WeakMap<FactorDefinition[], number[]>();

/** The factors' weights in policy order, built once per factor list. */
function factorWeights(factors: FactorDefinition[]): number[] {
  let weights = weightLists.get(factors);
  if (weights === undefined) {
    weights = factors.map((factor) => factor.weight);
    weightLists.set(factors, weights);
  }
  return weights;
}
/** Whole-number typed ratings up to this are shared; anything else gets its own line. */
const LARGEST_SHARED_RATING = 100;

function lineCacheFor(factors: FactorDefinition[]): LineCache {
  let cache = lineCaches.get(factors);
  if (cache === undefined) {
    cache = {
      missing: factors.map((f) =>
        Object.freeze<FactorLine>({
          key: f.key,
          group: f.group,
          weight: f.weight,
          rating: null,
          source: "missing",
          points: 0,
        })
      ),
      typed: factors.map(() => []),
    };
    lineCaches.set(factors, cache);
  }
  return cache;
}

function ratedLine(
  factor: FactorDefinition,
  rating: number,
  source: FactorLine["source"],
  ratingMax: number
): FactorLine {
  return {
    key: factor.key,
    group: factor.group,
    weight: factor.weight,
    rating,
    source,
    points: (factor.weight * rating) / ratingMax,
  };
}

/**
 * The score from ratings laid out in the policy's factor order (see ratingsByPosition). A typed
 * rating wins; a derived rating fills only a factor with no typed value; a typed rating out of
 * 0..ratingMax is not used at all (the review reports it) and is not replaced by a derived one,
 * because the cell is not empty.
 */
export function scoreRatings(
  typedRatings: (number | undefined)[],
  derivedRatings: (number | undefined)[],
  policy: Policy
): ScoreResult {
  const factors = policy.score.factors;
  const ratingMax = policy.score.ratingMax;
  const cache = lineCacheFor(factors);
  const lines: FactorLine[] = new Array(factors.length);
  const used: (number | null)[] = new Array(factors.length);
  for (let i = 0; i < factors.length; i++) {
    const factor = factors[i];
    const typed = typedRatings[i];
    const fromDerivation = derivedRatings[i];
    let line = cache.missing[i];
    if (typed !== undefined) {
      if (isRatingInRange(typed, ratingMax)) {
        if (Number.isInteger(typed) && typed <= LARGEST_SHARED_RATING) {
          line = cache.typed[i][typed] ??= Object.freeze(
            ratedLine(factor, typed, "typed", ratingMax)
          );
        } else {
          line = ratedLine(factor, typed, "typed", ratingMax);
        }
      }
    } else if (fromDerivation !== undefined && isRatingInRange(fromDerivation, ratingMax)) {
      line = ratedLine(factor, fromDerivation, "derived", ratingMax);
    }
    used[i] = line.rating;
    lines[i] = line;
  }
  const { score, coverage } = weightedScore(used, factorWeights(factors), ratingMax);
  return { score, coverage, lines };
}

/** The score of one customer under the policy's factor model (rules as in scoreRatings). */
export function scoreCustomer(
  customer: Customer,
  derived: Partial<Record<FactorKey, number>>,
  policy: Policy
): ScoreResult {
  const factors = policy.score.factors;
  const positions = factorIndex(factors);
  return scoreRatings(
    ratingsByPosition(customer.ratings, positions, factors.length),
    ratingsByPosition(derived, positions, factors.length),
    policy
  );
}
