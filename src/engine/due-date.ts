/** The due date of a receivable row (CREDIT-POLICY.md §11 Receivable rows). */
import { addDays } from "./serial-date";
import type { Receivable, SerialDate } from "./types";

// Read once: this runs per receivable row, and a CommonJS build (the command line, the
// benchmarks) turns each read of an imported binding into a property getter call.
const dayAfterTerms = addDays;

/**
 * The row's due date when present, else invoice date + terms days; null when neither is
 * given (the caller then uses the invoice date and reports the row).
 */
export function dueDateOf(receivable: Receivable): SerialDate | null {
  if (receivable.dueDate !== undefined) return receivable.dueDate;
  if (receivable.termsDays !== undefined)
    return dayAfterTerms(receivable.invoiceDate, receivable.termsDays);
  return null;
}
