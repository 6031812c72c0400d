/**
 * The policy's loss settings laid over the aging buckets. They are matched by position; the
 * aging edges may have been changed without them, so buckets beyond the list take the list's
 * last entry (the oldest debts' settings) and entries beyond the buckets are unused —
 * `matched` is false then, and the analyses say so rather than hide it.
 */
import type { LossBucket, Policy } from "../policy";

export interface LossBucketSettings {
  buckets: LossBucket[];
  /** False when the policy lists a different number of entries than there are buckets. */
  matched: boolean;
}

export function lossBucketSettings(policy: Policy, bucketCount: number): LossBucketSettings {
  const listed = policy.lossAllowance.buckets;
  const last = listed[listed.length - 1];
  const buckets = Array.from({ length: bucketCount }, (_, b) => listed[b] ?? last);
  return { buckets, matched: listed.length === bucketCount };
}
