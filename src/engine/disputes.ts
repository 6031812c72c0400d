/**
 * Which invoices are in dispute on the as-of date. The receivables sheet's Disputed mark is the
 * starting state; Collection Log lines dated on or before the as-of date with a disputed value
 * (yes opens, no closes) override it, the latest line winning (same day: the later line). A line
 * without an invoice number concerns every invoice of its customer.
 */
import type { CollectionLogEntry, Receivable, SerialDate } from "./types";

interface DisputeLine {
  date: SerialDate;
  /** Position in the log, to order lines of the same day. */
  order: number;
  disputed: boolean;
}

/** Key of an invoice (or of a whole customer, with an empty invoice number). */
export function invoiceKey(customerId: string, invoiceNo: string | undefined | null): string {
  return `${customerId}\u0000${invoiceNo ?? ""}`;
}

function isLater(a: DisputeLine, b: DisputeLine | undefined): boolean {
  return b === undefined || a.date > b.date || (a.date === b.date && a.order > b.order);
}

/** The latest dispute line per invoice key (and per customer, under the empty invoice number). */
function latestDisputeLines(
  log: readonly CollectionLogEntry[],
  asOf: SerialDate
): Map<string, DisputeLine> {
  const latest = new Map<string, DisputeLine>();
  log.forEach((entry, order) => {
    if (entry.disputed === undefined || entry.date > asOf) return;
    const key = invoiceKey(entry.customerId, entry.invoiceNo);
    const line = { date: entry.date, order, disputed: entry.disputed };
    if (isLater(line, latest.get(key))) latest.set(key, line);
  });
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
    if (latest.size > 0) {
      const forInvoice = latest.get(invoiceKey(row.customerId, row.invoiceNo));
      const forCustomer = latest.get(invoiceKey(row.customerId, null));
      const decisive =
        forInvoice !== undefined && isLater(forInvoice, forCustomer) ? forInvoice : forCustomer;
      if (decisive !== undefined) disputed = decisive.disputed;
    }
    flags[i] = disputed ? 1 : 0;
  }
  return flags;
}
