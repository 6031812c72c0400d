/**
 * The lifetime loss rate of one aging bucket (IFRS 9 simplified approach, provision matrix):
 * the chance that a debt now in the bucket rolls through every later bucket, i.e. the product of
 * the roll rates from that bucket to the last. The forward-looking adjustment scales it
 * (+10 %: × 1.1), the floor is its least value and 100 % its most. Without a usable history the
 * floor is used alone. Shared by the analyses and AR.LOSSRATE, so both give the same rate.
 *
 * Example: roll rates 10 %, 40 %, 50 %, 60 %, 80 %, 90 %: bucket 3 (31–60) chains
 * 0.5 × 0.6 × 0.8 × 0.9 = 0.216; adjusted by +10 % → 0.2376; floor 5 % → 23.76 %.
 */
import {
  ADJUSTMENT_OUT_OF_RANGE,
  BUCKET_OUT_OF_RANGE,
  EngineError,
  NOT_A_NUMBER,
  RATE_OUT_OF_RANGE,
} from "../errors";

/** Π rates[k] for k from `from` to the last; null when one of them is unknown. */
export function chainedRate(rates: readonly (number | null)[], from: number): number | null {
  if (!Number.isInteger(from) || from < 0 || from >= rates.length)
    throw new EngineError(BUCKET_OUT_OF_RANGE);
  let product = 1;
  for (let k = from; k < rates.length; k++) {
    const rate = rates[k];
    if (rate === null) return null;
    if (!Number.isFinite(rate)) throw new EngineError(NOT_A_NUMBER);
    if (rate < 0 || rate > 1) throw new EngineError(RATE_OUT_OF_RANGE);
    product *= rate;
  }
  return product;
}

/** The rate a bucket is provided at: the adjusted chain, at least the floor, at most 1. */
export function lossRateOf(chained: number | null, floor: number, adjustment: number): number {
  if (!Number.isFinite(floor) || !Number.isFinite(adjustment)) throw new EngineError(NOT_A_NUMBER);
  if (floor < 0 || floor > 1) throw new EngineError(RATE_OUT_OF_RANGE);
  if (adjustment < -1 || adjustment > 1) throw new EngineError(ADJUSTMENT_OUT_OF_RANGE);
  if (chained === null) return floor;
  return Math.min(1, Math.max(floor, chained * (1 + adjustment)));
}
