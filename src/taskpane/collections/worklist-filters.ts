/**
 * The worklist's filters: what is due today (due on or before the as-of date), customers with
 * disputed invoices, and customers who broke a promise to pay; each with its count for the chip.
 */
import type { SerialDate } from "../../engine/types";
import type { WorklistRow } from "./worklist-rows";

export const WORKLIST_FILTERS = ["all", "today", "disputed", "broken"] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];

export function matchesFilter(row: WorklistRow, filter: WorklistFilter, asOf: SerialDate): boolean {
  switch (filter) {
    case "all":
      return true;
    case "today":
      return row.nextActionDue !== null && row.nextActionDue <= asOf;
    case "disputed":
      return row.disputedAmount > 0;
    case "broken":
      // The latest promise broken, or an earlier one broken within the policy's window.
      return row.promise?.status === "broken" || row.brokenPromises3m > 0;
  }
}

export function filterWorklist(
  rows: readonly WorklistRow[],
  filter: WorklistFilter,
  asOf: SerialDate
): WorklistRow[] {
  return rows.filter((row) => matchesFilter(row, filter, asOf));
}

export function filterCounts(
  rows: readonly WorklistRow[],
  asOf: SerialDate
): Record<WorklistFilter, number> {
  const counts: Record<WorklistFilter, number> = { all: 0, today: 0, disputed: 0, broken: 0 };
  for (const row of rows)
    for (const filter of WORKLIST_FILTERS)
      if (matchesFilter(row, filter, asOf)) counts[filter] += 1;
  return counts;
}
