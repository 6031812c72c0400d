/** Notes about a write in English. */
import type { PlanNoteTexts } from "../plan-note-messages";

export const EN_US_PLAN_NOTES: PlanNoteTexts = {
  items: {
    customer: 'customer "{id}"',
    invoice: 'invoice "{id}" of customer "{customerId}"',
  },
  templates: {
    ROW_OUTSIDE_TABLE:
      'Sheet "{sheet}", row {row}: {item} is outside the table\'s data rows {firstRow}-{lastDataRow}; its results were not written there.',
    ROW_SHARED:
      'Sheet "{sheet}", row {row}: {item} shares the row with another result; only the first was written.',
    "NO_ROW_ON_SHEET.customer":
      'The {item} has no row on sheet "{sheet}"; its results are in the other sheets only.',
    "NO_ROW_ON_SHEET.invoice":
      'The {item} has no row on sheet "{sheet}"; it counts in the aging sheet only.',
    TEXT_CUT:
      'Sheet "{sheet}", cell {cell}: a text of {length} characters was cut to {limit}, the most a cell can hold.',
    HISTORY_REVIEW_LEFT_OUT:
      'Sheet "{sheet}": the review of {asOf} is left out of the history: the sheet would pass Excel\'s {maxRow} rows.',
    AGING_TOTALS_DIFFER:
      'Sheet "{sheet}": the totals of the review and the sum of its customer rows differ; the totals written are the sums of the rows shown. Please report this review.',
  },
};
