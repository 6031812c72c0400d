/**
 * Σ weight × rating / (ratingMax × Σ weight) computed once, in integers where the inputs are
 * decimals as a person types them (6, 7.5, 12.25). Adding rounded per-factor points drifts by a
 * few ulps, so a score that is exactly on a band edge (60) could land just under it (59.999…)
 * and fall into the lower grade; integers and a single division put an exact edge exactly on it.
 */

/** Ratings and weights with more decimals than this are not typed by people; they use floats. */
const MAX_DECIMALS = 6;
/** Full marks: a score is a share of 100 whatever the weights add up to. */
const FULL_SCORE = 100;
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 1 }, (_, k) => 10 ** k);

/**
 * The fewest decimals (0..MAX_DECIMALS) of the shortest decimal that reads back as `value`,
 * or -1 when it has more. 0.1 → 1, 12.25 → 2, 6 → 0, 1/3 → -1.
 */
export function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let k = 1; k <= MAX_DECIMALS; k++) {
    const power = POWERS_OF_TEN[k];
    if (Math.round(value * power) / power === value) return k;
  }
  return -1;
}

export interface WeightedTerms {
  /** Weights of the rated factors only. */
  weights: ArrayLike<number>;
  /** Ratings of those factors, in the same order. */
  ratings: ArrayLike<number>;
  count: number;
  ratingMax: number;
}

/** Largest decimals among the first `count` values and `extra`, or -1 when one has too many. */
function commonPlaces(values: ArrayLike<number>, count: number, extra: number): number {
  let places = decimalPlaces(extra);
  for (let i = 0; i < count && places >= 0; i++) {
    const own = decimalPlaces(values[i]);
    places = own < 0 ? -1 : Math.max(places, own);
  }
  return places;
}

/**
 * 100 × Σ wᵢ·rᵢ / (ratingMax × Σ wᵢ), null when Σ wᵢ is 0. Exact decimals become integers at a
 * common scale (the scales cancel between numerator and denominator); anything else, or sums
 * beyond 2⁵³, falls back to one floating sum and still a single division.
 */
export function weightedShareOf100(terms: WeightedTerms): number | null {
  const { weights, ratings, count, ratingMax } = terms;
  const weightPlaces = commonPlaces(weights, count, 0);
  const ratingPlaces = commonPlaces(ratings, count, ratingMax);
  if (weightPlaces >= 0 && ratingPlaces >= 0) {
    const weightScale = POWERS_OF_TEN[weightPlaces];
    const ratingScale = POWERS_OF_TEN[ratingPlaces];
    let products = 0;
    let weightSum = 0;
    for (let i = 0; i < count; i++) {
      const weight = Math.round(weights[i] * weightScale);
      products += weight * Math.round(ratings[i] * ratingScale);
      weightSum += weight;
    }
    const numerator = FULL_SCORE * products;
    const denominator = Math.round(ratingMax * ratingScale) * weightSum;
    if (Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator)) {
      return denominator > 0 ? numerator / denominator : null;
    }
  }
  let products = 0;
  let weightSum = 0;
  for (let i = 0; i < count; i++) {
    products += weights[i] * ratings[i];
    weightSum += weights[i];
  }
  return weightSum > 0 ? (FULL_SCORE * products) / (ratingMax * weightSum) : null;
}

/**
 * Σ of the first `partCount` of `part` / Σ of the first `wholeCount` of `whole` (0 when the
 * whole is 0), in integers when all are exact decimals, so 60 of weights summing to 100 is
 * exactly 0.6 and a coverage on the policy's minimum is not read as below it.
 */
export function shareOfSums(
  part: ArrayLike<number>,
  partCount: number,
  whole: ArrayLike<number>,
  wholeCount: number
): number {
  const partPlaces = commonPlaces(part, partCount, 0);
  const wholePlaces = commonPlaces(whole, wholeCount, 0);
  const exact = partPlaces >= 0 && wholePlaces >= 0;
  const scale = exact ? POWERS_OF_TEN[Math.max(partPlaces, wholePlaces)] : 1;
  const term = (value: number) => (exact ? Math.round(value * scale) : value);
  let partSum = 0;
  let wholeSum = 0;
  for (let i = 0; i < partCount; i++) partSum += term(part[i]);
  for (let i = 0; i < wholeCount; i++) wholeSum += term(whole[i]);
  return wholeSum > 0 ? partSum / wholeSum : 0;
}
