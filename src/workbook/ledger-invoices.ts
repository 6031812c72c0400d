/**
 * Whether the receivables hold an invoice number for a customer: the one question the
 * Collection Log asks of the ledger, for the lines that name an invoice.
 *
 * Indexed by invoice number alone (an invoice number mostly belongs to one customer), which
 * needs one Map and no set per customer; and indexed only on the first question, so a workbook
 * without a log, or a log naming no invoice, never pays for it.
 */

export interface LedgerInvoices {
  holds(customerId: string, invoiceNo: string): boolean;
}

/**
 * Invoice number → its customer, or the set of customers when several share the number (a set:
 * numbering per customer puts "1" on every customer, and a list would be searched per row).
 */
type CustomersByInvoice = Map<string, string | Set<string>>;

function customersByInvoice(
  receivables: readonly { customerId: string; invoiceNo: string }[]
): CustomersByInvoice {
  const byInvoice: CustomersByInvoice = new Map();
  for (const { customerId, invoiceNo } of receivables) {
    const known = byInvoice.get(invoiceNo);
    if (known === undefined) byInvoice.set(invoiceNo, customerId);
    else if (typeof known === "string") {
      if (known !== customerId) byInvoice.set(invoiceNo, new Set([known, customerId]));
    } else known.add(customerId);
  }
  return byInvoice;
}

export function ledgerInvoices(
  receivables: readonly { customerId: string; invoiceNo: string }[]
): LedgerInvoices {
  let byInvoice: CustomersByInvoice | null = null;
  return {
    holds(customerId, invoiceNo) {
      byInvoice ??= customersByInvoice(receivables);
      const customers = byInvoice.get(invoiceNo);
      if (customers === undefined) return false;
      return typeof customers === "string" ? customers === customerId : customers.has(customerId);
    },
  };
}
