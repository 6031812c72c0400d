/** The loss-allowance block of the policy: its defaults, its checks and policies saved before it. */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { validatePolicy } from "../../../src/engine/policy-validation";
import { policyIssuesOf, policyWith } from "../helpers";

describe("policy: loss allowance", () => {
  test("defaults: one floor per default aging bucket, rising with age, minimum 3 reviews", () => {
    const { buckets, minReviews } = DEFAULT_POLICY.lossAllowance;
    expect(buckets.map((bucket) => bucket.floor)).toEqual([0.005, 0.02, 0.05, 0.1, 0.25, 0.5]);
    expect(buckets.length).toBe(DEFAULT_POLICY.aging.edges.length + 1);
    expect(buckets.every((bucket) => bucket.adjustment === 0)).toBe(true);
    expect(minReviews).toBe(3);
  });

  test("a policy saved before the block existed is accepted with the block's defaults", () => {
    const older: Partial<typeof DEFAULT_POLICY> = structuredClone(DEFAULT_POLICY);
    delete older.lossAllowance;
    const result = validatePolicy(older);
    expect(result.ok && result.policy.lossAllowance).toEqual(DEFAULT_POLICY.lossAllowance);
  });

  test("changing the aging edges alone never makes a policy unusable", () => {
    const edited = policyWith((p) => {
      p.aging.edges = [0, 30, 60];
    });
    expect(policyIssuesOf(edited)).toEqual([]);
  });

  test("floors outside 0..1, adjustments outside ±100 % and too few reviews are named", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.lossAllowance.buckets[0].floor = 1.5;
          p.lossAllowance.buckets[2].adjustment = -2;
          p.lossAllowance.minReviews = 1;
        })
      )
    ).toEqual([
      "lossAllowance.buckets.0.floor OUT_OF_RANGE value=1.5 min=0 max=1",
      "lossAllowance.buckets.2.adjustment OUT_OF_RANGE value=-2 min=-1 max=1",
      "lossAllowance.minReviews OUT_OF_RANGE value=1 min=2",
    ]);
  });
});
