/**
 * The loss rate of every aging bucket for the current review: from the roll rates of the
 * history when it holds at least the policy's minimum number of reviews on the current buckets,
 * else the floors alone (the method is part of the result, to be shown in words).
 */
import type { Policy } from "../policy";
import type { SerialDate } from "../types";
import { chainedRate, lossRateOf } from "./loss-rate";
import { lossBucketSettings, type LossBucketSettings } from "./loss-bucket-settings";
import { rollRates, type RollRates } from "./roll-rates";
import type { Snapshot } from "./snapshot";
import { sameEdges } from "./snapshot-history";

export type LossMethod = "rollRates" | "floors";

export interface LossRates {
  method: LossMethod;
  /** The rate each bucket is provided at, 0..1. */
  rates: number[];
  /** The product of the roll rates per bucket before adjustment and floor; null if unknown or unused. */
  chained: (number | null)[];
  rollRates: RollRates;
  /** Reviews on file on the current buckets (the current one included). */
  reviewsOnFile: SerialDate[];
  settings: LossBucketSettings;
}

/** `history` oldest first and holding `current` (see withSnapshot). */
export function lossRates(
  history: readonly Snapshot[],
  current: Snapshot,
  policy: Policy
): LossRates {
  const count = current.edges.length + 1;
  const settings = lossBucketSettings(policy, count);
  const rolls = rollRates(history, current);
  const reviewsOnFile = history
    .filter((snapshot) => sameEdges(snapshot, current))
    .map((snapshot) => snapshot.asOf);
  const enough =
    reviewsOnFile.length >= policy.lossAllowance.minReviews && rolls.reviews.length >= 2;
  const chained = Array.from({ length: count }, (_, b) =>
    enough ? chainedRate(rolls.rates, b) : null
  );
  const rates = chained.map((chain, b) =>
    lossRateOf(chain, settings.buckets[b].floor, settings.buckets[b].adjustment)
  );
  return {
    method: enough ? "rollRates" : "floors",
    rates,
    chained,
    rollRates: rolls,
    reviewsOnFile,
    settings,
  };
}
