/**
 * Which invoices are in dispute on the as-of date. The receivables sheet's Disputed mark is the
 * starting state; Collection Log lines dated on or before the as-of date with a disputed value
 * (yes opens, no closes) override it, the latest line winning (same day: the later line). A line
 * without an invoice number concerns every invoice of its customer.
 */
import {
  LINE_DISPUTE,
  LINE_DISPUTED_YES,
  LINE_NO_INVOICE,
  ROW_DISPUTED,
  type CollectionIndex,
} from "./customer-invoice-index";

/** 1 for each result in dispute on the as-of date, 0 otherwise, by position in the results. */
export function disputedResults(index: CollectionIndex): Uint8Array {
  const { lineSlots, lineKeys, lineKinds, lineDates, resultSlots, resultKeys, rowFlags } = index;
  // The latest dispute line (its place in the log, -1: none) per customer and per invoice key.
  // Lines are gone through in log order, so on the same day the later one replaces the earlier.
  const latestWhole = new Int32Array(index.slotCount).fill(-1);
  const latestOnInvoice = new Int32Array(index.keys.size).fill(-1);
  let anyLine = false;
  for (let i = 0; i < lineSlots.length; i++) {
    const slot = lineSlots[i];
    const kind = lineKinds[i];
    if (slot < 0 || (kind & LINE_DISPUTE) === 0) continue;
    anyLine = true;
    // A blank invoice number is the whole customer here (its key serves only promises).
    if ((kind & LINE_NO_INVOICE) !== 0) {
      const known = latestWhole[slot];
      if (known < 0 || lineDates[i] >= lineDates[known]) latestWhole[slot] = i;
    } else {
      const key = lineKeys[i];
      const known = latestOnInvoice[key];
      if (known < 0 || lineDates[i] >= lineDates[known]) latestOnInvoice[key] = i;
    }
  }

  const count = resultSlots.length;
  const flags = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let disputed = (rowFlags[i] & ROW_DISPUTED) !== 0;
    if (anyLine) {
      const forCustomer = latestWhole[resultSlots[i]];
      // A row without an invoice number has no dispute line of its own: its key's stays -1.
      const key = resultKeys[i];
      const forInvoice = key < 0 ? -1 : latestOnInvoice[key];
      const isLater =
        forInvoice >= 0 &&
        (forCustomer < 0 ||
          lineDates[forInvoice] > lineDates[forCustomer] ||
          (lineDates[forInvoice] === lineDates[forCustomer] && forInvoice > forCustomer));
      const decisive = isLater ? forInvoice : forCustomer;
      if (decisive >= 0) disputed = (lineKinds[decisive] & LINE_DISPUTED_YES) !== 0;
    }
    flags[i] = disputed ? 1 : 0;
  }
  return flags;
}
