/**
 * A Collection Log line checked against the ledger and against itself, after it was read:
 * - a line on an invoice number the receivables lack for that customer (UNKNOWN_INVOICE) is not
 *   applied: a dispute or a promise on an invoice that is not there would hold nothing or hold
 *   the wrong thing;
 * - a promised date before the line's own date (PROMISE_BEFORE_LINE) is a typing error: the
 *   line's promise is not applied, the rest of the line (contact, dispute) still is.
 */
import { isoFromSerial } from "../engine/dates";
import type { CollectionLogEntry } from "../engine/types";
import type { CollectionLogField } from "./fields";
import { READ_CODES } from "./read-problem";
import type { LedgerInvoices } from "./ledger-invoices";
import { report, type SheetContext } from "./row-reader";

/** The line to apply, or null when it is not applied; each problem names its cell. */
export function checkLogLine(
  context: SheetContext,
  columns: Partial<Record<CollectionLogField, number>>,
  line: CollectionLogEntry,
  ledger: LedgerInvoices
): CollectionLogEntry | null {
  const row = line.source?.row ?? 0;
  if (line.invoiceNo !== undefined && columns.invoiceNo !== undefined) {
    if (!ledger.holds(line.customerId, line.invoiceNo)) {
      const cell = context.grid.value(row, columns.invoiceNo);
      report(context, row, columns.invoiceNo, cell, READ_CODES.unknownInvoice, {
        invoice: line.invoiceNo,
        customer: line.customerId,
      });
      return null;
    }
  }
  if (
    line.promisedDate !== undefined &&
    line.promisedDate < line.date &&
    columns.promisedDate !== undefined
  ) {
    report(
      context,
      row,
      columns.promisedDate,
      context.grid.value(row, columns.promisedDate),
      READ_CODES.promiseBeforeLine,
      { promised: isoFromSerial(line.promisedDate), lineDate: isoFromSerial(line.date) }
    );
    // Left undefined rather than deleted: the line keeps the shape of every other line.
    return { ...line, promisedDate: undefined, promisedAmount: undefined };
  }
  return line;
}
