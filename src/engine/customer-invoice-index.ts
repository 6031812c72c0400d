/**
 * Values kept per customer and, within a customer, per invoice number. A value under no invoice
 * number (null, undefined or "") concerns the whole customer. Nested maps rather than one map
 * under joined "customer + invoice" text: no key text is built per lookup, and no customer id
 * and invoice number can run into each other.
 */

export interface CustomerEntries<T> {
  /** The value for the whole customer, if any. */
  whole: T | undefined;
  byInvoice: Map<string, T>;
}

export type CustomerInvoiceIndex<T> = Map<string, CustomerEntries<T>>;

/** True when a line or promise names no invoice and so concerns its whole customer. */
export function isWholeCustomer(
  invoiceNo: string | null | undefined
): invoiceNo is null | undefined | "" {
  return invoiceNo === null || invoiceNo === undefined || invoiceNo.length === 0;
}

/** The customer's entries, made empty on first use. */
export function entriesOf<T>(
  index: CustomerInvoiceIndex<T>,
  customerId: string
): CustomerEntries<T> {
  let entries = index.get(customerId);
  if (entries === undefined) {
    entries = { whole: undefined, byInvoice: new Map() };
    index.set(customerId, entries);
  }
  return entries;
}
