/**
 * Promises to pay and what became of them on the as-of date. A promise covers one invoice, or
 * every invoice of its customer when the log line names none. Payments count when they were
 * made on or after the day of the promise and by its deadline (promised date + grace, and the
 * as-of date). Kept: they reach the promised amount, or all the promise covers when that is less
 * (owed then, i.e. open today plus paid since the promise); broken: the deadline passed short of it
 * (a partial payment is still broken); open otherwise — an open promise holds the ladder.
 */
import {
  isWholeCustomer,
  LINE_NO_INVOICE,
  LINE_PROMISE,
  type CollectionIndex,
} from "./customer-invoice-index";
import { minor } from "./money";
import { PROMISE_BROKEN, PROMISE_KEPT, PROMISE_OPEN, PromiseColumns } from "./promise-columns";
import { ROW_PROMISED_DATE } from "./receivable-columns";
import { addDays, serialDate } from "./serial-date";
import { SeenPromises } from "./seen-promises";
import type { Policy } from "./policy";
import type { Receivable, ReceivableResult, SerialDate } from "./types";

/** The promises of the log, then of the receivables sheet, still to be judged. */
function promisesMade(
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  index: CollectionIndex,
  grace: number
): PromiseColumns {
  const made = new PromiseColumns(index.promiseCapacity);
  const { lineSlots, lineKinds, lineKeys, lineDates, linePromisedDates, linePromisedAmounts } =
    index;
  // A line typed twice is one promise: counted twice, one missed payment would be two broken
  // promises and could reduce the customer on its own.
  const seen = new SeenPromises();
  for (let i = 0; i < lineKinds.length; i++) {
    // LINE_PROMISE is set exactly when the line has a promised date, and only on lines indexed.
    if ((lineKinds[i] & LINE_PROMISE) === 0) continue;
    const madeOn = serialDate(lineDates[i]);
    const promisedDate = serialDate(linePromisedDates[i]);
    // NaN: no amount typed.
    const typedAmount = linePromisedAmounts[i];
    if (!seen.addIfNew(lineSlots[i], lineKeys[i], madeOn, promisedDate, typedAmount)) continue;
    // A typed but blank invoice number ("") covers the rows without a number, as typed, and
    // holds the whole customer.
    made.add(
      i,
      lineSlots[i],
      lineKeys[i],
      (lineKinds[i] & LINE_NO_INVOICE) !== 0,
      madeOn,
      promisedDate,
      addDays(promisedDate, grace),
      typedAmount
    );
  }
  const { rowFlags } = index;
  for (let i = 0; i < results.length; i++) {
    // The flag first: most rows promise nothing, and reading a row object is the slow part.
    if ((rowFlags[i] & ROW_PROMISED_DATE) === 0) continue;
    const result = results[i];
    const { promisedDate } = rows[result.index];
    if (promisedDate === undefined) continue;
    made.add(
      -1 - i,
      index.resultSlots[i],
      index.resultKeys[i],
      isWholeCustomer(result.invoiceNo),
      NaN,
      promisedDate,
      addDays(promisedDate, grace),
      NaN
    );
  }
  return made;
}

/**
 * Every promise judged on the as-of date: log lines dated on or before it in log order, then the
 * receivables sheet's promised dates in row order. The receivables are gone through once, each
 * adding to the promises that cover it (chained per customer and per invoice key), rather than
 * once per promise.
 */
export function judgePromises(
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  index: CollectionIndex,
  asOf: SerialDate,
  policy: Policy
): PromiseColumns {
  const promises = promisesMade(rows, results, index, policy.collections.promiseGraceDays);
  const { count, slots, keys, madeOn, deadline } = promises;
  if (count === 0) return promises;

  // Chains of promise positions: the first per customer (promises naming no invoice) and per
  // invoice key, then the next of each; all stored + 1, so that 0 ends a chain without a fill.
  const firstWhole = new Int32Array(index.slotCount);
  const firstOnInvoice = new Int32Array(index.keys.size);
  const next = new Int32Array(count);
  for (let p = 0; p < count; p++) {
    const key = keys[p];
    if (key >= 0) {
      next[p] = firstOnInvoice[key];
      firstOnInvoice[key] = p + 1;
    } else {
      next[p] = firstWhole[slots[p]];
      firstWhole[slots[p]] = p + 1;
    }
  }

  const { paid } = promises;
  // No amount typed: the promise is to settle what it covers, i.e. what is open today plus what
  // was paid on it since the promise (in time or late).
  const settled = new Float64Array(count);
  const { resultSlots, resultKeys, open, paidDate } = index;
  const add = (first: number, i: number): void => {
    const payment = index.paid[i];
    const date = paidDate[i];
    // NaN date: no payment date, so nothing counts as paid.
    const hasPayment = payment > 0 && date <= asOf;
    const owed = Math.max(0, open[i]);
    for (let p = first - 1; p >= 0; p = next[p] - 1) {
      // Payments count from the day of the promise (NaN: a promised date on the sheet, any
      // day) until its deadline or the as-of date (hasPayment), whichever comes first.
      const counts = hasPayment && !(date < madeOn[p]);
      if (counts && date <= deadline[p]) paid[p] += payment;
      settled[p] += counts ? owed + payment : owed;
    }
  };
  for (let i = 0; i < results.length; i++) {
    const whole = firstWhole[resultSlots[i]];
    if (whole > 0) add(whole, i);
    const key = resultKeys[i];
    if (key >= 0 && firstOnInvoice[key] > 0) add(firstOnInvoice[key], i);
  }

  const { amount, status } = promises;
  for (let p = 0; p < count; p++) {
    const typed = amount[p];
    // Summed as plain numbers per covered row, checked once per promise.
    const promised = Number.isNaN(typed) ? minor(settled[p]) : minor(typed);
    amount[p] = promised;
    paid[p] = minor(paid[p]);
    // More than the promise covers cannot be paid on it: settling all it covers keeps it, and a
    // promise on invoices already paid before it was made asks for nothing.
    const payable = Math.min(promised, settled[p]);
    status[p] =
      paid[p] >= payable ? PROMISE_KEPT : asOf > deadline[p] ? PROMISE_BROKEN : PROMISE_OPEN;
  }
  return promises;
}
