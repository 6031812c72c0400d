/**
 * The collection facts of each customer from the Collection Log and the reviewed receivables:
 * disputed invoices leave the ladder and the overdue rules (they stay in the aging), invoices
 * under an open promise leave the ladder until the promise's grace ends, broken promises are
 * counted. Runs only when the review has collection data, so a review without any is unchanged.
 */
import { addMinor, ZERO_MINOR } from "./money";
import { entriesOf, isWholeCustomer, type CustomerInvoiceIndex } from "./customer-invoice-index";
import { disputedRows } from "./disputes";
import { countBrokenPromises, promiseOutcomes } from "./promises";
import type { ReviewContext } from "./review-context";
import type {
  CollectionLogEntry,
  LastContact,
  Minor,
  PromiseOutcome,
  ReceivableResult,
  ReviewInput,
} from "./types";

export interface CustomerCollectionFacts {
  /** Largest signed days overdue of an open invoice on the ladder (neither disputed nor promised); null: none. */
  ladderDays: number | null;
  /** Largest days overdue (0 if none) of an open invoice not disputed: what the overdue rules see. */
  ruleDays: number;
  /** Overdue amount of invoices not disputed. */
  undisputedOverdue: Minor;
  /** Days overdue of the oldest of those (0 if none). */
  oldestUndisputedOverdueDays: number;
  /** Positive open amount of disputed invoices. */
  disputedAmount: Minor;
  promises: PromiseOutcome[];
  brokenPromises: number;
  lastContact: LastContact | null;
}

export function emptyFacts(): CustomerCollectionFacts {
  return {
    ladderDays: null,
    ruleDays: 0,
    undisputedOverdue: ZERO_MINOR,
    oldestUndisputedOverdueDays: 0,
    disputedAmount: ZERO_MINOR,
    promises: [],
    brokenPromises: 0,
    lastContact: null,
  };
}

/** True when there is a Collection Log, or a dispute or promise marked on a receivable. */
export function hasCollectionData(input: ReviewInput): boolean {
  if (input.collectionLog !== undefined) return true;
  return input.receivables.some((r) => r.disputed === true || r.promisedDate !== undefined);
}

/** The latest log line (dated ≤ as-of) of each customer; same day: the later line. */
function lastContacts(log: readonly CollectionLogEntry[], asOf: number): Map<string, LastContact> {
  const latestLine = new Map<string, CollectionLogEntry>();
  for (const entry of log) {
    if (entry.date > asOf) continue;
    const known = latestLine.get(entry.customerId);
    if (known === undefined || entry.date >= known.date) latestLine.set(entry.customerId, entry);
  }
  const latest = new Map<string, LastContact>();
  for (const [id, entry] of latestLine)
    latest.set(id, {
      date: entry.date,
      action: entry.action ?? null,
      person: entry.person ?? null,
    });
  return latest;
}

/** True when an open promise covers the invoice, or the whole customer. */
function isHeld(held: CustomerInvoiceIndex<true>, result: ReceivableResult): boolean {
  const entries = held.get(result.customerId);
  if (entries === undefined) return false;
  if (entries.whole === true) return true;
  return !isWholeCustomer(result.invoiceNo) && entries.byInvoice.has(result.invoiceNo);
}

/**
 * Facts per customer id. Marks the receivable results it takes off the ladder (`disputed`,
 * `promised`, collection action NONE), so each invoice shows why it has no step.
 */
export function collectionFacts(
  input: ReviewInput,
  results: ReceivableResult[],
  ctx: ReviewContext
): Map<string, CustomerCollectionFacts> {
  const { asOf, policy } = ctx;
  const log = input.collectionLog ?? [];
  const facts = new Map<string, CustomerCollectionFacts>();
  const factsOf = (id: string): CustomerCollectionFacts => {
    let found = facts.get(id);
    if (found === undefined) {
      found = emptyFacts();
      facts.set(id, found);
    }
    return found;
  };

  const disputed = disputedRows(input.receivables, log, asOf);
  const outcomes = promiseOutcomes(input.receivables, results, log, asOf, policy);
  const held: CustomerInvoiceIndex<true> = new Map();
  for (const outcome of outcomes) {
    factsOf(outcome.customerId).promises.push(outcome);
    if (outcome.status !== "open") continue;
    const entries = entriesOf(held, outcome.customerId);
    if (isWholeCustomer(outcome.invoiceNo)) entries.whole = true;
    else entries.byInvoice.set(outcome.invoiceNo, true);
  }
  for (const [id, contact] of lastContacts(log, asOf)) factsOf(id).lastContact = contact;

  for (const result of results) {
    if (result.open <= 0 || result.daysOverdue === null) continue;
    const f = factsOf(result.customerId);
    const days = result.daysOverdue;
    if (disputed[result.index] === 1) {
      result.disputed = true;
      result.collectionAction = "NONE";
      f.disputedAmount = addMinor(f.disputedAmount, result.open);
      continue;
    }
    if (days > f.ruleDays) f.ruleDays = days;
    if (days > 0) {
      f.undisputedOverdue = addMinor(f.undisputedOverdue, result.open);
      if (days > f.oldestUndisputedOverdueDays) f.oldestUndisputedOverdueDays = days;
    }
    if (isHeld(held, result)) {
      result.promised = true;
      result.collectionAction = "NONE";
      continue;
    }
    if (f.ladderDays === null || days > f.ladderDays) f.ladderDays = days;
  }
  for (const f of facts.values())
    if (f.promises.length > 0) f.brokenPromises = countBrokenPromises(f.promises, asOf, policy);
  return facts;
}
