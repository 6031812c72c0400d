/**
 * How a view of the last review shows its numbers: money in the policy's currency precision, the
 * output words quoting the policy, and the aging buckets with "Not due" in the reader's language.
 * Every tab reads them here so a bucket or an amount is named alike on each of them.
 */
import { useMemo } from "react";
import { DEFAULT_POLICY, type Policy } from "../../engine/policy";
import type { OutputLabels } from "../../workbook/labels";
import type { PreparedReview } from "../flow/prepared-review";
import type { Formatters } from "../format/formatters";
import { usePaneLanguage } from "../pane-context";

export interface ReviewView {
  format: Formatters;
  labels: OutputLabels;
  /** The review's bucket names, the first ("Not due") in the reader's language. */
  bucketLabels: string[];
}

/** Without a review yet, `fallback` (the policy being edited, or the default) sets the precision. */
export function useReviewView(
  prepared: PreparedReview | null,
  fallback: Policy = DEFAULT_POLICY
): ReviewView {
  const { formatFor, labelsFor } = usePaneLanguage();
  const policy = prepared?.policy ?? fallback;
  const format = useMemo(() => formatFor(policy.minorPerUnit), [formatFor, policy.minorPerUnit]);
  const labels = useMemo(() => labelsFor(policy), [labelsFor, policy]);
  const buckets = prepared?.result.aging.buckets;
  const bucketLabels = useMemo(
    () => (buckets ?? []).map((label, index) => (index === 0 ? labels.notDue : label)),
    [buckets, labels.notDue]
  );
  return { format, labels, bucketLabels };
}
