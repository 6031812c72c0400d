/**
 * Which invoices are in dispute on the as-of date. The receivables sheet's Disputed mark is the
 * starting state; Collection Log lines dated on or before the as-of date with a disputed value
 * (yes opens, no closes) override it, the latest line winning (same day: the later line). A line
 * without an invoice number concerns every invoice of its customer.
 */
import { entriesOf, isWholeCustomer, type CustomerInvoiceIndex } from "./customer-invoice-index";
import type { CollectionLogEntry, Receivable, SerialDate } from "./types";

interface DisputeLine {
  date: SerialDate;
  /** Position in the log, to order lines of the same day. */
  order: number;
  disputed: boolean;
}

function isLater(a: DisputeLine, b: DisputeLine | undefined): boolean {
  return b === undefined || a.date > b.date || (a.date === b.date && a.order > b.order);
}

/** The latest dispute line per customer and invoice (the whole customer: `whole`). */
function latestDisputeLines(
  log: readonly CollectionLogEntry[],
  asOf: SerialDate
): CustomerInvoiceIndex<DisputeLine> {
  const latest: CustomerInvoiceIndex<DisputeLine> = new Map();
  for (let order = 0; order < log.length; order++) {
    const entry = log[order];
    if (entry.disputed === undefined || entry.date > asOf) continue;
    const entries = entriesOf(latest, entry.customerId);
    const line = { date: entry.date, order, disputed: entry.disputed };
    const invoiceNo = entry.invoiceNo;
    if (isWholeCustomer(invoiceNo)) {
      if (isLater(line, entries.whole)) entries.whole = line;
    } else {
      if (isLater(line, entries.byInvoice.get(invoiceNo))) entries.byInvoice.set(invoiceNo, line);
    }
  }
  return latest;
}

/** 1 for each receivable row in dispute on the as-of date, 0 otherwise, by row position. */
export function disputedRows(
  rows: readonly Receivable[],
  log: readonly CollectionLogEntry[],
  asOf: SerialDate
): Uint8Array {
  const flags = new Uint8Array(rows.length);
  const latest = latestDisputeLines(log, asOf);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    let disputed = row.disputed === true;
    const entries = latest.get(row.customerId);
    if (entries !== undefined) {
      // A row without an invoice number answers only to the lines about its whole customer.
      const forInvoice =
        entries.byInvoice.size === 0 || isWholeCustomer(row.invoiceNo)
          ? undefined
          : entries.byInvoice.get(row.invoiceNo);
      const forCustomer = entries.whole;
      const decisive =
        forInvoice !== undefined && isLater(forInvoice, forCustomer) ? forInvoice : forCustomer;
      if (decisive !== undefined) disputed = decisive.disputed;
    }
    flags[i] = disputed ? 1 : 0;
  }
  return flags;
}
