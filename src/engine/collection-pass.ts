/**
 * The collection facts of each customer from the Collection Log and the reviewed receivables:
 * disputed invoices leave the ladder and the overdue rules (they stay in the aging), invoices
 * under an open promise leave the ladder until the promise's grace ends, broken promises are
 * counted. Runs only when the review has collection data, so a review without any is unchanged.
 */
import { minor, ZERO_MINOR } from "./money";
import { serialDate } from "./serial-date";
import {
  indexCollection,
  isWholeCustomer,
  type CollectionIndex,
  type CustomerSlots,
} from "./customer-invoice-index";
import { edate } from "./dates";
import { disputedResults } from "./disputes";
import { promisesByCustomer } from "./customer-promises";
import { PROMISE_OPEN } from "./promise-columns";
import { judgePromises } from "./promises";
import type { ReceivableColumns } from "./receivable-columns";
import type { ReviewContext } from "./review-context";
import type {
  LastContact,
  Minor,
  PromiseOutcome,
  ReceivableResult,
  ReviewInput,
  SerialDate,
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
  /** The promise made last (by the day it was made, then the promised date; the later on ties). */
  latestPromise: PromiseOutcome | null;
  /** The earliest deadline of an open promise; null: no promise is open. */
  openPromiseDeadline: SerialDate | null;
  /** What open promises still ask for (amount − paid, at least 0), summed. */
  openPromisedAmount: Minor;
  /** Broken promises whose promised date falls in the policy's window, (EDATE(asOf, −months), asOf]. */
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
    latestPromise: null,
    openPromiseDeadline: null,
    openPromisedAmount: ZERO_MINOR,
    brokenPromises: 0,
    lastContact: null,
  };
}

/** True when there is a Collection Log, or a dispute or promise marked on a receivable. */
export function hasCollectionData(input: ReviewInput): boolean {
  if (input.collectionLog !== undefined) return true;
  return input.receivables.some((r) => r.disputed === true || r.promisedDate !== undefined);
}

/** The latest log line (its place, -1: none) of each customer slot; same day: the later line. */
function lastContactLines(index: CollectionIndex): Int32Array {
  const { lineSlots, lineDates } = index;
  const latest = new Int32Array(index.slotCount).fill(-1);
  for (let i = 0; i < lineSlots.length; i++) {
    const slot = lineSlots[i];
    if (slot < 0) continue;
    const known = latest[slot];
    if (known < 0 || lineDates[i] >= lineDates[known]) latest[slot] = i;
  }
  return latest;
}

/** Per customer slot, the running figures of its results (money summed as integers). */
class SlotFigures {
  readonly touched: Uint8Array;
  readonly hasLadder: Uint8Array;
  readonly ladderDays: Float64Array;
  readonly ruleDays: Float64Array;
  readonly undisputedOverdue: Float64Array;
  readonly oldestUndisputedOverdueDays: Float64Array;
  readonly disputedAmount: Float64Array;

  constructor(slots: number) {
    this.touched = new Uint8Array(slots);
    this.hasLadder = new Uint8Array(slots);
    this.ladderDays = new Float64Array(slots);
    this.ruleDays = new Float64Array(slots);
    this.undisputedOverdue = new Float64Array(slots);
    this.oldestUndisputedOverdueDays = new Float64Array(slots);
    this.disputedAmount = new Float64Array(slots);
  }
}

/**
 * Facts per customer id. Marks the receivable results it takes off the ladder (`disputed`,
 * `promised`, collection action NONE), so each invoice shows why it has no step.
 */
export function collectionFacts(
  input: ReviewInput,
  results: ReceivableResult[],
  /** What the receivable pass wrote of each result. */
  columns: ReceivableColumns,
  customers: CustomerSlots & { readonly ids: readonly string[] },
  ctx: ReviewContext
): Map<string, CustomerCollectionFacts> {
  const { asOf, policy } = ctx;
  const log = input.collectionLog ?? [];
  const rows = input.receivables;
  const index = indexCollection(log, results, columns, customers, asOf);
  const { slotCount, resultSlots, resultKeys, open, daysOverdue } = index;

  const disputed = disputedResults(index);
  const promises = judgePromises(rows, results, index, asOf, policy);
  // Open promises hold the ladder: per customer (a promise naming no invoice) or per invoice key.
  const heldWhole = new Uint8Array(slotCount);
  const heldOnInvoice = new Uint8Array(index.keys.size);
  const { slots, keys, status } = promises;
  for (let p = 0; p < promises.count; p++) {
    if (status[p] !== PROMISE_OPEN) continue;
    if (promises.wholeCustomer[p] === 1) heldWhole[slots[p]] = 1;
    else heldOnInvoice[keys[p]] = 1;
  }

  const figures = new SlotFigures(slotCount);
  for (let i = 0; i < results.length; i++) {
    const days = daysOverdue[i];
    // NaN days: nothing owed.
    if (!(open[i] > 0) || Number.isNaN(days)) continue;
    const slot = resultSlots[i];
    figures.touched[slot] = 1;
    if (disputed[i] === 1) {
      const result = results[i];
      result.disputed = true;
      result.collectionAction = "NONE";
      figures.disputedAmount[slot] += open[i];
      continue;
    }
    if (days > figures.ruleDays[slot]) figures.ruleDays[slot] = days;
    if (days > 0) {
      figures.undisputedOverdue[slot] += open[i];
      if (days > figures.oldestUndisputedOverdueDays[slot])
        figures.oldestUndisputedOverdueDays[slot] = days;
    }
    // A row without an invoice number is held only by a promise on its whole customer.
    const key = resultKeys[i];
    const held =
      heldWhole[slot] === 1 ||
      (key >= 0 && heldOnInvoice[key] === 1 && !isWholeCustomer(results[i].invoiceNo));
    if (held) {
      const result = results[i];
      result.promised = true;
      result.collectionAction = "NONE";
      continue;
    }
    if (figures.hasLadder[slot] === 0 || days > figures.ladderDays[slot]) {
      figures.hasLadder[slot] = 1;
      figures.ladderDays[slot] = days;
    }
  }

  const lastLines = lastContactLines(index);
  const brokenWindowStart = edate(asOf, -policy.collections.brokenPromisesWindowMonths);
  const byCustomer = promisesByCustomer(promises, slotCount, brokenWindowStart);
  const facts = new Map<string, CustomerCollectionFacts>();
  for (let slot = 0; slot < slotCount; slot++) {
    const latest = byCustomer.latest[slot] - 1;
    const lastLine = lastLines[slot];
    if (figures.touched[slot] === 0 && latest < 0 && lastLine < 0) continue;
    const contact = lastLine < 0 ? null : log[lastLine];
    const openDeadline = byCustomer.openDeadline[slot];
    facts.set(customers.ids[slot], {
      ladderDays: figures.hasLadder[slot] === 1 ? figures.ladderDays[slot] : null,
      ruleDays: figures.ruleDays[slot],
      // Summed as plain numbers per row, checked once per customer.
      undisputedOverdue: minor(figures.undisputedOverdue[slot]),
      oldestUndisputedOverdueDays: figures.oldestUndisputedOverdueDays[slot],
      disputedAmount: minor(figures.disputedAmount[slot]),
      latestPromise: latest < 0 ? null : promises.outcome(latest, log, results),
      openPromiseDeadline: openDeadline === Infinity ? null : serialDate(openDeadline),
      openPromisedAmount: byCustomer.openPromised[slot],
      brokenPromises: byCustomer.broken[slot],
      lastContact:
        contact === null
          ? null
          : { date: contact.date, action: contact.action ?? null, person: contact.person ?? null },
    });
  }
  return facts;
}
