/** The due date of a receivable row (CREDIT-POLICY.md §11 Receivable rows). */
import { addDays } from "./serial-date";
import type { Receivable, SerialDate } from "./types";

/**
 * The row's due date when present, else invoice date + terms days; null when neither is
 * given (the caller then uses the invoice date and reports the row).
 */
export function dueDateOf(receivable: Receivable): SerialDate | null {
  if (receivable.dueDate !== undefined) return receivable.dueDate;
  if (receivable.termsDays !== undefined)
    return addDays(receivable.invoiceDate, receivable.termsDays);
  return null;
}
