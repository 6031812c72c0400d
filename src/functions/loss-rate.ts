/**
 * AR.LOSSRATE as pure code: a bucket's lifetime loss rate from roll rates typed in cells, so
 * that a person can rebuild the Loss Allowance matrix of a review cell by cell. The engine's
 * loss-rate.ts computes it, the same code the review uses.
 */
import { lossBucketSettings } from "../engine/history/loss-bucket-settings";
import { chainedRate, lossRateOf } from "../engine/history/loss-rate";
import { DEFAULT_POLICY } from "../engine/policy";
import {
  atLeast,
  between,
  type CellInput,
  cellsOf,
  fail,
  isBlank,
  optionalNumber,
  type RangeInput,
  requireNumber,
  wholeNumber,
} from "./arguments";
import { FAILURE_CODES, type Outcome, outcomeOf } from "./failure";

const POLICY = DEFAULT_POLICY;
/** Shares are 0..1 by definition; the adjustment's range is the policy validation's. */
const SHARE_MIN = 0;
const SHARE_MAX = 1;
const ADJUSTMENT_MIN = -1;
const ADJUSTMENT_MAX = 1;
/** People count buckets from 1 (1 = Not due), as Excel's INDEX counts positions. */
const FIRST_BUCKET = 1;

/** Blank cells are roll rates not known (no history for that bucket): the floor is used. */
function rollRatesFrom(range: RangeInput | CellInput): (number | null)[] {
  return cellsOf(range, "rollRates").map(({ value, label }) =>
    isBlank(value) ? null : between(requireNumber(value, label), label, SHARE_MIN, SHARE_MAX)
  );
}

/**
 * AR.LOSSRATE: Π rollRates from the bucket to the last, × (1 + adjustment), at least the floor,
 * at most 1. Without roll rates, the floor alone. Floor and adjustment default to the policy's
 * setting of the bucket.
 */
export function lossRate(
  bucketIndex: CellInput,
  rollRates?: RangeInput | CellInput,
  floor?: CellInput,
  adjustment?: CellInput
): Outcome<number> {
  return outcomeOf(() => {
    const bucket = atLeast(
      wholeNumber(requireNumber(bucketIndex, "bucketIndex"), "bucketIndex"),
      "bucketIndex",
      FIRST_BUCKET
    );
    const rates =
      rollRates === undefined || (!Array.isArray(rollRates) && isBlank(rollRates))
        ? null
        : rollRatesFrom(rollRates);
    if (rates !== null && bucket > rates.length)
      fail(FAILURE_CODES.invalidNumber, "bucketBeyondRates", { bucket, count: rates.length });
    const position = bucket - FIRST_BUCKET;
    const settings = lossBucketSettings(POLICY, Math.max(rates?.length ?? 0, bucket)).buckets[
      position
    ];
    const least = between(
      optionalNumber(floor, "floor") ?? settings.floor,
      "floor",
      SHARE_MIN,
      SHARE_MAX
    );
    const scale = between(
      optionalNumber(adjustment, "adjustment") ?? settings.adjustment,
      "adjustment",
      ADJUSTMENT_MIN,
      ADJUSTMENT_MAX
    );
    return lossRateOf(rates === null ? null : chainedRate(rates, position), least, scale);
  });
}
