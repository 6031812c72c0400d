/**
 * Promises to pay and what became of them on the as-of date. A promise covers one invoice, or
 * every invoice of its customer when the log line names none. Payments count when they were
 * made on or after the day of the promise and by its deadline (promised date + grace, and the
 * as-of date). Kept: they reach the promised amount; broken: the deadline passed short of it
 * (a partial payment is still broken); open otherwise — an open promise holds the ladder.
 */
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

/** A promise before it is judged: what it covers, since when, until when, how much. */
interface PromiseTerms {
  customerId: string;
  invoiceNo: string | null;
  madeOn: SerialDate | null;
  promisedDate: SerialDate;
  amount: Minor | undefined;
}

/** The reviewed receivables of each customer, for the promises to look through. */
export type RowsByCustomer = Map<string, ReceivableResult[]>;

export function rowsByCustomer(results: readonly ReceivableResult[]): RowsByCustomer {
  const byCustomer: RowsByCustomer = new Map();
  for (const result of results) {
    const list = byCustomer.get(result.customerId);
    if (list === undefined) byCustomer.set(result.customerId, [result]);
    else list.push(result);
  }
  return byCustomer;
}

/** The promises of the log (dated on or before the as-of date) and of the receivables sheet. */
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

/** What the row's customer paid on it within [madeOn, until], or 0. */
function paidWithin(row: Receivable, madeOn: SerialDate | null, until: SerialDate): Minor {
  const paid = row.paid ?? 0;
  const date = row.paidDate;
  if (paid <= 0 || date === undefined || date > until) return 0;
  return madeOn === null || date >= madeOn ? paid : 0;
}

function judge(
  terms: PromiseTerms,
  rows: readonly Receivable[],
  byCustomer: RowsByCustomer,
  asOf: SerialDate,
  graceDays: number
): PromiseOutcome {
  const deadline = terms.promisedDate + graceDays;
  const until = Math.min(deadline, asOf);
  let paid = 0;
  // No amount typed: the promise is to settle what it covers, i.e. what is open today plus what
  // was paid on it since the promise (in time or late).
  let settled = 0;
  for (const result of byCustomer.get(terms.customerId) ?? []) {
    if (terms.invoiceNo !== null && result.invoiceNo !== terms.invoiceNo) continue;
    const row = rows[result.index];
    paid += paidWithin(row, terms.madeOn, until);
    settled += Math.max(0, result.open) + paidWithin(row, terms.madeOn, asOf);
  }
  const amount = terms.amount ?? settled;
  const status = paid >= amount ? "kept" : asOf > deadline ? "broken" : "open";
  return { ...terms, deadline, amount, paid, status };
}

/** Every promise of the log and of the receivables, judged on the as-of date. */
export function promiseOutcomes(
  rows: readonly Receivable[],
  results: readonly ReceivableResult[],
  byCustomer: RowsByCustomer,
  log: readonly CollectionLogEntry[],
  asOf: SerialDate,
  policy: Policy
): PromiseOutcome[] {
  const grace = policy.collections.promiseGraceDays;
  return promiseTerms(rows, results, log, asOf).map((terms) =>
    judge(terms, rows, byCustomer, asOf, grace)
  );
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
