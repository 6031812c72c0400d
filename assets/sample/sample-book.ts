/**
 * The whole sample book: crafted customers, random customers and the bad rows, with the
 * ledger in invoice-date order as a bookkeeper keeps it.
 */
import { badLedgerLines, withCustomerAnomalies } from "./bad-rows";
import { craftedBook } from "./crafted-customers";
import { seededRandom } from "./prng";
import { randomBook } from "./random-book";
import type { SampleBook, SampleInvoice } from "./sample-model";

export const SAMPLE_SEED = 20260630;
/** Ledger lines in the sample, bad rows included. */
export const SAMPLE_INVOICE_COUNT = 5_000;

function byInvoiceDay(lines: SampleInvoice[]): SampleInvoice[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => a.line.sortDay - b.line.sortDay || a.index - b.index)
    .map(({ line }) => line);
}

export function buildSampleBook(): SampleBook {
  const crafted = craftedBook();
  const bad = badLedgerLines();
  const takenNames = new Set(crafted.customers.map((customer) => customer.name));
  const random = randomBook(
    seededRandom(SAMPLE_SEED),
    SAMPLE_INVOICE_COUNT - crafted.invoices.length - bad.length,
    takenNames
  );
  return {
    customers: withCustomerAnomalies([...crafted.customers, ...random.customers]),
    invoices: byInvoiceDay([...crafted.invoices, ...random.invoices, ...bad]),
    orders: [...crafted.orders, ...random.orders].sort((a, b) => a.orderDate - b.orderDate),
  };
}
