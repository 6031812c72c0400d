/**
 * Promises to pay and what became of them on the as-of date. A promise covers one invoice, or
 * every invoice of its customer when the log line names none. Payments count when they were
 * made on or after the day of the promise and by its deadline (promised date + grace, and the
 * as-of date). Kept: they reach the promised amount; broken: the deadline passed short of it
 * (a partial payment is still broken); open otherwise — an open promise holds the ladder.
 */
import { minor, ZERO_MINOR } from "./money";
import { addDays, earlierDate } from "./serial-date";
import { edate } from "./dates";
import type { Policy } from "./policy";
import type {
  CollectionLogEntry,
  Minor,
  PromiseOutcome,
  Receivable,
  ReceivableResult,
  SerialDate,
} from "./types";

/** What a promise covers, since when, until when, how much (before it is judged). */
interface PromiseTerms {
  customerId: string;
  invoiceNo: string | null;
  madeOn: SerialDate | null;
  promisedDate: SerialDate;
  amount: Minor | undefined;
}

/** The promises (positions in the list of terms) of one customer: on all its rows, or per invoice. */
interface CustomerPromises {
  whole: number[];
  /** Invoice number → promises; "" included (a promise typed on a row without a number). */
  byInvoice: Map<string, number[]>;
}

/** The promises of the log (dated on or before the as-of date), then of the receivables sheet. */
function promiseTerms(
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  log: readonly CollectionLogEntry[],
  asOf: SerialDate
): PromiseTerms[] {
  const terms: PromiseTerms[] = [];
  for (const entry of log) {
    if (entry.promisedDate === undefined || entry.date > asOf) continue;
    terms.push({
      customerId: entry.customerId,
      invoiceNo: entry.invoiceNo ?? null,
      madeOn: entry.date,
      promisedDate: entry.promisedDate,
      amount: entry.promisedAmount,
    });
  }
  for (const result of results) {
    const promisedDate = rows[result.index].promisedDate;
    if (promisedDate === undefined) continue;
    terms.push({
      customerId: result.customerId,
      invoiceNo: result.invoiceNo,
      madeOn: null,
      promisedDate,
      amount: undefined,
    });
  }
  return terms;
}

function promisesByCustomer(terms: readonly PromiseTerms[]): Map<string, CustomerPromises> {
  const byCustomer = new Map<string, CustomerPromises>();
  terms.forEach((term, position) => {
    let promises = byCustomer.get(term.customerId);
    if (promises === undefined) {
      promises = { whole: [], byInvoice: new Map() };
      byCustomer.set(term.customerId, promises);
    }
    if (term.invoiceNo === null) promises.whole.push(position);
    else {
      const same = promises.byInvoice.get(term.invoiceNo);
      if (same === undefined) promises.byInvoice.set(term.invoiceNo, [position]);
      else same.push(position);
    }
  });
  return byCustomer;
}

/** What the row's customer paid on it within [madeOn, until], or 0. */
function paidWithin(row: Receivable, madeOn: SerialDate | null, until: SerialDate): Minor {
  const paid = row.paid ?? ZERO_MINOR;
  const date = row.paidDate;
  if (paid <= 0 || date === undefined || date > until) return ZERO_MINOR;
  return madeOn === null || date >= madeOn ? paid : ZERO_MINOR;
}

/**
 * Every promise judged on the as-of date, in the order of `promiseTerms`. The receivables are
 * gone through once, each row adding to the promises that cover it, rather than once per promise.
 */
export function promiseOutcomes(
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  log: readonly CollectionLogEntry[],
  asOf: SerialDate,
  policy: Policy
): PromiseOutcome[] {
  const grace = policy.collections.promiseGraceDays;
  const terms = promiseTerms(rows, results, log, asOf);
  if (terms.length === 0) return [];
  const byCustomer = promisesByCustomer(terms);
  const paid = new Float64Array(terms.length);
  // No amount typed: the promise is to settle what it covers, i.e. what is open today plus what
  // was paid on it since the promise (in time or late).
  const settled = new Float64Array(terms.length);
  const add = (positions: readonly number[], result: ReceivableResult): void => {
    const row = rows[result.index];
    for (const position of positions) {
      const { madeOn, promisedDate } = terms[position];
      paid[position] += paidWithin(row, madeOn, earlierDate(addDays(promisedDate, grace), asOf));
      settled[position] += Math.max(0, result.open) + paidWithin(row, madeOn, asOf);
    }
  };
  for (const result of results) {
    const promises = byCustomer.get(result.customerId);
    if (promises === undefined) continue;
    if (promises.whole.length > 0) add(promises.whole, result);
    // A customer whose promises all name no invoice needs no invoice-number lookup.
    if (promises.byInvoice.size === 0) continue;
    const onInvoice = promises.byInvoice.get(result.invoiceNo);
    if (onInvoice !== undefined) add(onInvoice, result);
  }
  return terms.map((term, position) => {
    const { customerId, invoiceNo, madeOn, promisedDate } = term;
    const deadline = addDays(promisedDate, grace);
    const amount = term.amount ?? minor(settled[position]);
    const paidInTime = minor(paid[position]);
    const status = paidInTime >= amount ? "kept" : asOf > deadline ? "broken" : "open";
    return {
      customerId,
      invoiceNo,
      madeOn,
      promisedDate,
      amount,
      deadline,
      paid: paidInTime,
      status,
    };
  });
}

/** Broken promises whose promised date falls in the window (EDATE(asOf, −months), asOf]. */
export function countBrokenPromises(
  outcomes: readonly PromiseOutcome[],
  asOf: SerialDate,
  policy: Policy
): number {
  const windowStart = edate(asOf, -policy.collections.brokenPromisesWindowMonths);
  let count = 0;
  for (const outcome of outcomes) {
    if (outcome.status === "broken" && outcome.promisedDate > windowStart) count++;
  }
  return count;
}
