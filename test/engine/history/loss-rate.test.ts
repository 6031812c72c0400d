/** One bucket's loss rate: the chain of roll rates, the adjustment, the floor and the cap. */
import {
  ADJUSTMENT_OUT_OF_RANGE,
  BUCKET_OUT_OF_RANGE,
  RATE_OUT_OF_RANGE,
} from "../../../src/engine/errors";
import { chainedRate, lossRateOf } from "../../../src/engine/history/loss-rate";
import { lossBucketSettings } from "../../../src/engine/history/loss-bucket-settings";
import { DEFAULT_POLICY } from "../../../src/engine/policy";

const ROLLS = [0.1, 0.4, 0.5, 0.6, 0.8, 0.9];

describe("loss rate of a bucket", () => {
  test("31–60: 0.5 × 0.6 × 0.8 × 0.9 = 0.216; +10 % → 0.2376; floor 5 % does not bite", () => {
    expect(chainedRate(ROLLS, 2)).toBeCloseTo(0.216, 15);
    expect(lossRateOf(chainedRate(ROLLS, 2), 0.05, 0.1)).toBeCloseTo(0.2376, 15);
  });

  test("the floor is the least rate, 100 % the most, and without a chain the floor alone", () => {
    expect(lossRateOf(0.001, 0.005, 0)).toBe(0.005);
    expect(lossRateOf(0.95, 0.5, 0.2)).toBe(1);
    expect(lossRateOf(null, 0.25, 0.5)).toBe(0.25);
    expect(lossRateOf(0.4, 0, -1)).toBe(0);
  });

  test("an unknown roll rate on the way leaves the chain unknown", () => {
    expect(chainedRate([0.1, null, 0.5], 0)).toBeNull();
    expect(chainedRate([0.1, null, 0.5], 2)).toBe(0.5);
  });

  test("wrong arguments are refused with the engine's messages, never a number", () => {
    expect(() => chainedRate(ROLLS, 6)).toThrow(BUCKET_OUT_OF_RANGE);
    expect(() => chainedRate(ROLLS, 1.5)).toThrow(BUCKET_OUT_OF_RANGE);
    expect(() => chainedRate([0.5, 1.2], 0)).toThrow(RATE_OUT_OF_RANGE);
    expect(() => lossRateOf(0.5, 1.1, 0)).toThrow(RATE_OUT_OF_RANGE);
    expect(() => lossRateOf(0.5, 0.1, 2)).toThrow(ADJUSTMENT_OUT_OF_RANGE);
  });
});

describe("loss settings laid over the aging buckets", () => {
  test("matched by position when the counts agree", () => {
    const settings = lossBucketSettings(DEFAULT_POLICY, 6);
    expect(settings.matched).toBe(true);
    expect(settings.buckets.map((b) => b.floor)).toEqual([0.005, 0.02, 0.05, 0.1, 0.25, 0.5]);
  });

  test("more buckets than entries: the extra buckets take the last entry, and it is said", () => {
    const settings = lossBucketSettings(DEFAULT_POLICY, 8);
    expect(settings.matched).toBe(false);
    expect(settings.buckets.map((b) => b.floor)).toEqual([
      0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 0.5, 0.5,
    ]);
  });
});
