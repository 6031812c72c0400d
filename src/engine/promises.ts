/**
 * Promises to pay and what became of them on the as-of date. A promise covers one invoice, or
 * every invoice of its customer when the log line names none. Payments count when they were
 * made on or after the day of the promise and by its deadline (promised date + grace, and the
 * as-of date). Kept: they reach the promised amount, or all the promise covers when that is less
 * (owed then, i.e. open today plus paid since the promise); broken: the deadline passed short of it
 * (a partial payment is still broken); open otherwise — an open promise holds the ladder.
 */
import { LINE_PROMISE, type CollectionIndex } from "./customer-invoice-index";
import { minor, ZERO_MINOR } from "./money";
import { ROW_PROMISED_DATE } from "./receivable-columns";
import { addDays, serialDate } from "./serial-date";
import { SeenPromises } from "./seen-promises";
import type { Policy } from "./policy";
import type {
  CollectionLogEntry,
  PromiseOutcome,
  Receivable,
  ReceivableResult,
  SerialDate,
} from "./types";

/** Every promise judged on the as-of date, with the customer slot and invoice key (-1: whole customer) it covers. */
export interface JudgedPromises {
  outcomes: PromiseOutcome[];
  slots: Int32Array;
  keys: Int32Array;
}

/** The promises of the log, then of the receivables sheet, as outcomes still to be judged. */
function promisesMade(
  log: readonly CollectionLogEntry[],
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  index: CollectionIndex,
  grace: number
): { outcomes: PromiseOutcome[]; slots: number[]; keys: number[]; typedAmounts: number[] } {
  const outcomes: PromiseOutcome[] = [];
  const slots: number[] = [];
  const keys: number[] = [];
  // NaN: no amount typed.
  const typedAmounts: number[] = [];
  const made = (
    customerId: string,
    invoiceNo: string | null,
    madeOn: SerialDate | null,
    promisedDate: SerialDate
  ): void => {
    outcomes.push({
      customerId,
      invoiceNo,
      madeOn,
      promisedDate,
      amount: ZERO_MINOR,
      deadline: addDays(promisedDate, grace),
      paid: ZERO_MINOR,
      status: "open",
    });
  };
  const { lineSlots, lineKinds, lineKeys, lineDates, linePromisedDates, linePromisedAmounts } =
    index;
  // A line typed twice is one promise: counted twice, one missed payment would be two broken
  // promises and could reduce the customer on its own.
  const seen = new SeenPromises();
  for (let i = 0; i < lineKinds.length; i++) {
    // LINE_PROMISE is set exactly when the line has a promised date, and only on lines indexed.
    if (lineSlots[i] < 0 || (lineKinds[i] & LINE_PROMISE) === 0) continue;
    const madeOn = serialDate(lineDates[i]);
    const promisedDate = serialDate(linePromisedDates[i]);
    const typedAmount = linePromisedAmounts[i];
    if (!seen.addIfNew(lineSlots[i], lineKeys[i], madeOn, promisedDate, typedAmount)) continue;
    // Only a new promise reads its line again, for the texts it shows.
    const entry = log[i];
    made(entry.customerId, entry.invoiceNo ?? null, madeOn, promisedDate);
    slots.push(lineSlots[i]);
    // A typed but blank invoice number ("") covers the rows without a number, as typed.
    keys.push(lineKeys[i]);
    typedAmounts.push(typedAmount);
  }
  const { rowFlags } = index;
  for (let i = 0; i < results.length; i++) {
    // The flag first: most rows promise nothing, and reading a row object is the slow part.
    if ((rowFlags[i] & ROW_PROMISED_DATE) === 0) continue;
    const result = results[i];
    const { promisedDate } = rows[result.index];
    if (promisedDate === undefined) continue;
    made(result.customerId, result.invoiceNo, null, promisedDate);
    slots.push(index.resultSlots[i]);
    keys.push(index.resultKeys[i]);
    typedAmounts.push(NaN);
  }
  return { outcomes, slots, keys, typedAmounts };
}

/**
 * Every promise judged on the as-of date: log lines dated on or before it in log order, then the
 * receivables sheet's promised dates in row order. The receivables are gone through once, each
 * adding to the promises that cover it (chained per customer and per invoice key), rather than
 * once per promise.
 */
export function judgePromises(
  log: readonly CollectionLogEntry[],
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  index: CollectionIndex,
  asOf: SerialDate,
  policy: Policy
): JudgedPromises {
  const grace = policy.collections.promiseGraceDays;
  const made = promisesMade(log, rows, results, index, grace);
  const { outcomes } = made;
  const count = outcomes.length;
  const slots = Int32Array.from(made.slots);
  const keys = Int32Array.from(made.keys);
  if (count === 0) return { outcomes, slots, keys };

  // Chains of promise positions: the first per customer (promises naming no invoice) and per
  // invoice key, then the next of each.
  const firstWhole = new Int32Array(index.slotCount).fill(-1);
  const firstOnInvoice = new Int32Array(index.keys.size).fill(-1);
  const next = new Int32Array(count);
  // Payments count from the day of the promise (NaN: a promised date on the sheet, any day)...
  const since = new Float64Array(count);
  // ...until its deadline or the as-of date, whichever comes first.
  const until = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    const key = keys[p];
    if (key >= 0) {
      next[p] = firstOnInvoice[key];
      firstOnInvoice[key] = p;
    } else {
      next[p] = firstWhole[slots[p]];
      firstWhole[slots[p]] = p;
    }
    since[p] = outcomes[p].madeOn ?? NaN;
    until[p] = Math.min(outcomes[p].deadline, asOf);
  }

  const paid = new Float64Array(count);
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
    for (let p = first; p >= 0; p = next[p]) {
      const counts = hasPayment && !(date < since[p]);
      if (counts && date <= until[p]) paid[p] += payment;
      settled[p] += counts ? owed + payment : owed;
    }
  };
  for (let i = 0; i < results.length; i++) {
    const whole = firstWhole[resultSlots[i]];
    if (whole >= 0) add(whole, i);
    const key = resultKeys[i];
    if (key >= 0 && firstOnInvoice[key] >= 0) add(firstOnInvoice[key], i);
  }

  for (let p = 0; p < count; p++) {
    const outcome = outcomes[p];
    const typed = made.typedAmounts[p];
    // Summed as plain numbers per covered row, checked once per promise.
    const amount = Number.isNaN(typed) ? minor(settled[p]) : minor(typed);
    outcome.amount = amount;
    outcome.paid = minor(paid[p]);
    // More than the promise covers cannot be paid on it: settling all it covers keeps it, and a
    // promise on invoices already paid before it was made asks for nothing.
    const payable = Math.min(amount, settled[p]);
    outcome.status = paid[p] >= payable ? "kept" : asOf > outcome.deadline ? "broken" : "open";
  }
  return { outcomes, slots, keys };
}

/**
 * Broken promises whose promised date falls in the window (windowStart, asOf], the start being
 * EDATE(asOf, −months) of the policy, worked out once per review by the caller.
 */
export function countBrokenPromises(
  outcomes: readonly PromiseOutcome[],
  windowStart: SerialDate
): number {
  let count = 0;
  for (const outcome of outcomes) {
    if (outcome.status === "broken" && outcome.promisedDate > windowStart) count++;
  }
  return count;
}
