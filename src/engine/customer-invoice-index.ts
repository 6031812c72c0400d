/**
 * The Collection Log and the reviewed receivables indexed once by customer and invoice, so the
 * dispute, promise and contact rules look up numbers instead of text. Customers are the review's
 * own slots (customer-totals); each (customer, invoice number) pair that a log line or a promised
 * date names gets a small integer key. One map by invoice number, its keys chained over the
 * customers that share the number, rather than a map per customer: no key text is built, and a
 * customer id and an invoice number can never run into each other.
 */
import { ROW_PROMISED_DATE, type ReceivableColumns } from "./receivable-columns";
import type { CollectionLogEntry, ReceivableResult, SerialDate } from "./types";

/** The review's customer slots by id (CustomerTotals satisfies it). */
export interface CustomerSlots {
  readonly size: number;
  slotOf(id: string): number | undefined;
}

/** True when a line or promise names no invoice and so concerns its whole customer. */
export function isWholeCustomer(
  invoiceNo: string | null | undefined
): invoiceNo is null | undefined | "" {
  return invoiceNo === null || invoiceNo === undefined || invoiceNo.length === 0;
}

/** Integer keys of (customer slot, invoice number) pairs, numbered from 0 in the order made. */
export class InvoiceKeys {
  private readonly firstByInvoice = new Map<string, number>();
  private readonly slotOfKey: number[] = [];
  /** The next key under the same invoice number (another customer's), or -1. */
  private readonly nextOfKey: number[] = [];

  get size(): number {
    return this.slotOfKey.length;
  }

  /** The pair's key, or -1 when nothing named it. */
  find(slot: number, invoiceNo: string): number {
    let key = this.firstByInvoice.get(invoiceNo) ?? -1;
    while (key >= 0 && this.slotOfKey[key] !== slot) key = this.nextOfKey[key];
    return key;
  }

  /** The pair's key, made on first use. */
  keyOf(slot: number, invoiceNo: string): number {
    const first = this.firstByInvoice.get(invoiceNo) ?? -1;
    for (let key = first; key >= 0; key = this.nextOfKey[key])
      if (this.slotOfKey[key] === slot) return key;
    const made = this.slotOfKey.length;
    this.slotOfKey.push(slot);
    this.nextOfKey.push(first);
    this.firstByInvoice.set(invoiceNo, made);
    return made;
  }
}

/** Bits of `lineKinds`. */
export const LINE_PROMISE = 1;
export const LINE_DISPUTE = 2;
/** The dispute line says yes (opens); without it, no (closes). */
export const LINE_DISPUTED_YES = 4;
/**
 * A promise or dispute line names no invoice (blank counts as none), so it concerns the whole
 * customer. Not set on plain contacts, whose invoice number no rule reads.
 */
export const LINE_NO_INVOICE = 8;

/**
 * Everything the collection rules read, in columns by position: each log line is read once here
 * and each receivable once by the receivable pass, and the rules then go through typed arrays,
 * not through objects spread over the heap.
 */
export interface CollectionIndex {
  slotCount: number;
  /** Promise lines indexed plus results whose row has a promised date: at most that many promises. */
  promiseCapacity: number;
  keys: InvoiceKeys;
  /** Customer slot of each log line; -1: dated after the as-of date, or a customer the review does not know. */
  lineSlots: Int32Array;
  /** Key of each line's (customer, invoice number), "" included, when it promises or disputes; else -1. */
  lineKeys: Int32Array;
  lineKinds: Uint8Array;
  lineDates: Float64Array;
  /** Each promise line's promised date and promised amount as typed (NaN: none); 0 on other lines. */
  linePromisedDates: Float64Array;
  linePromisedAmounts: Float64Array;
  /** Customer slot of each receivable result (from the receivable pass). */
  resultSlots: Int32Array;
  /** Key of each result's (customer, invoice number), -1 when no line or promise names it. */
  resultKeys: Int32Array;
  /** The result's open amount, and its days overdue (NaN: nothing owed). */
  open: Float64Array;
  daysOverdue: Float64Array;
  /** Its row's payment and payment date (0 and NaN when none). */
  paid: Float64Array;
  paidDate: Float64Array;
  rowFlags: Uint8Array;
}

/**
 * Indexes the log lines dated on or before the as-of date and every result. A customer the
 * review does not know has no result a line could act on, so its lines are left out here.
 */
export function indexCollection(
  log: readonly CollectionLogEntry[],
  results: readonly ReceivableResult[],
  columns: ReceivableColumns,
  customers: CustomerSlots,
  asOf: SerialDate
): CollectionIndex {
  const keys = new InvoiceKeys();
  const lineSlots = new Int32Array(log.length).fill(-1);
  const lineKeys = new Int32Array(log.length).fill(-1);
  const lineKinds = new Uint8Array(log.length);
  const lineDates = new Float64Array(log.length);
  // Read only where LINE_PROMISE is set: no fill.
  const linePromisedDates = new Float64Array(log.length);
  const linePromisedAmounts = new Float64Array(log.length);
  let promiseCapacity = 0;
  // 1 for a customer slot with at least one key: only its results can have one to find.
  const slotHasKeys = new Uint8Array(customers.size);
  for (let i = 0; i < log.length; i++) {
    // Each field read once, and a plain contact's promise and invoice fields not at all: lines
    // of varied shapes make every property read a slow one.
    const line = log[i];
    const date = line.date;
    if (date > asOf) continue;
    const slot = customers.slotOf(line.customerId);
    if (slot === undefined) continue;
    lineSlots[i] = slot;
    lineDates[i] = date;
    const { promisedDate, disputed } = line;
    // A plain contact: kind 0, and no key, since only promises and disputes act on invoices.
    if (promisedDate === undefined && disputed === undefined) continue;
    const invoiceNo = line.invoiceNo;
    let kind = isWholeCustomer(invoiceNo) ? LINE_NO_INVOICE : 0;
    if (promisedDate !== undefined) {
      kind |= LINE_PROMISE;
      linePromisedDates[i] = promisedDate;
      const amount = line.promisedAmount;
      linePromisedAmounts[i] = amount === undefined ? NaN : amount;
      promiseCapacity++;
    }
    if (disputed !== undefined) kind |= disputed ? LINE_DISPUTE | LINE_DISPUTED_YES : LINE_DISPUTE;
    lineKinds[i] = kind;
    if (invoiceNo !== undefined) {
      lineKeys[i] = keys.keyOf(slot, invoiceNo);
      slotHasKeys[slot] = 1;
    }
  }

  // The receivable pass sized the columns for every row; the results are the rows it kept.
  const count = results.length;
  const resultSlots = columns.slots.subarray(0, count);
  const rowFlags = columns.rowFlags.subarray(0, count);
  const resultKeys = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++)
    if ((rowFlags[i] & ROW_PROMISED_DATE) !== 0) {
      resultKeys[i] = keys.keyOf(resultSlots[i], results[i].invoiceNo);
      slotHasKeys[resultSlots[i]] = 1;
      promiseCapacity++;
    }
  // Only a number that a line or a promised date named has a key to find.
  if (keys.size > 0)
    for (let i = 0; i < count; i++) {
      const slot = resultSlots[i];
      if (resultKeys[i] < 0 && slotHasKeys[slot] === 1)
        resultKeys[i] = keys.find(slot, results[i].invoiceNo);
    }

  return {
    slotCount: customers.size,
    promiseCapacity,
    keys,
    lineSlots,
    lineKeys,
    lineKinds,
    lineDates,
    linePromisedDates,
    linePromisedAmounts,
    resultSlots,
    resultKeys,
    open: columns.open.subarray(0, count),
    daysOverdue: columns.daysOverdue.subarray(0, count),
    paid: columns.paid.subarray(0, count),
    paidDate: columns.paidDate.subarray(0, count),
    rowFlags,
  };
}
