/** Days overdue and aging buckets (CREDIT-POLICY.md §7, §11 Aging table). */
import { EMPTY_EDGES, EngineError } from "./errors";
import type { SerialDate } from "./types";

export const NOT_DUE_LABEL = "Not due";

/** As-of date − due date: 0 means due today (not overdue), negative means not yet due. */
export function daysOverdue(dueDate: SerialDate, asOf: SerialDate): number {
  return asOf - dueDate;
}

/** Labels of the buckets: [0,30,60,90,180] → Not due, 1-30, 31-60, 61-90, 91-180, >180. */
export function bucketLabels(edges: number[], notDueLabel: string = NOT_DUE_LABEL): string[] {
  if (edges.length === 0) throw new EngineError(EMPTY_EDGES);
  const labels = [notDueLabel];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1] + 1}-${edges[i]}`);
  labels.push(`>${edges[edges.length - 1]}`);
  return labels;
}

/** The bucket of a number of days: upper edges inclusive; past the last edge → the last bucket. */
export function agingBucketIndex(days: number, edges: number[]): number {
  const count = edges.length;
  for (let i = 0; i < count; i++) {
    if (days <= edges[i]) return i;
  }
  return count;
}
