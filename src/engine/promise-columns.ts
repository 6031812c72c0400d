/**
 * The promises of a review in columns by position: the rules judge and group them through typed
 * arrays, and a PromiseOutcome object is built only for a promise the output shows (the latest
 * of each customer), with its final values, rather than one per promise in the log.
 */
import { minor } from "./money";
import { serialDate } from "./serial-date";
import type { CollectionLogEntry, PromiseOutcome, PromiseStatus, ReceivableResult } from "./types";

/** Codes of the `status` column. */
export const PROMISE_OPEN = 0;
export const PROMISE_KEPT = 1;
export const PROMISE_BROKEN = 2;
const STATUS_NAMES: readonly PromiseStatus[] = ["open", "kept", "broken"];

export class PromiseColumns {
  /** Customer slot of each promise. */
  readonly slots: Int32Array;
  /** Invoice key it covers, -1: every invoice of its customer. */
  readonly keys: Int32Array;
  /** 1 when it names no invoice (blank counts as none), so it holds its whole customer. */
  readonly wholeCustomer: Uint8Array;
  /** The log line's date (NaN: a promised date typed on the receivables sheet). */
  readonly madeOn: Float64Array;
  readonly promisedDate: Float64Array;
  readonly deadline: Float64Array;
  /** The amount as typed (NaN: none), until judged; then the amount promised. */
  readonly amount: Float64Array;
  readonly paid: Float64Array;
  readonly status: Uint8Array;
  /** The log line it was read from, or -1 − the position of the result whose row typed it. */
  private readonly origin: Int32Array;
  private made = 0;

  /** Room for `capacity` promises. */
  constructor(capacity: number) {
    this.slots = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    this.wholeCustomer = new Uint8Array(capacity);
    this.madeOn = new Float64Array(capacity);
    this.promisedDate = new Float64Array(capacity);
    this.deadline = new Float64Array(capacity);
    this.amount = new Float64Array(capacity);
    this.paid = new Float64Array(capacity);
    this.status = new Uint8Array(capacity);
    this.origin = new Int32Array(capacity);
  }

  get count(): number {
    return this.made;
  }

  /** Adds a promise still to be judged (status open, nothing paid). */
  add(
    origin: number,
    slot: number,
    key: number,
    wholeCustomer: boolean,
    madeOn: number,
    promisedDate: number,
    deadline: number,
    typedAmount: number
  ): void {
    const p = this.made++;
    this.origin[p] = origin;
    this.slots[p] = slot;
    this.keys[p] = key;
    this.wholeCustomer[p] = wholeCustomer ? 1 : 0;
    this.madeOn[p] = madeOn;
    this.promisedDate[p] = promisedDate;
    this.deadline[p] = deadline;
    this.amount[p] = typedAmount;
  }

  /** Promise `p` as the output shows it, its texts read from the line or result it came from. */
  outcome(
    p: number,
    log: readonly CollectionLogEntry[],
    results: readonly ReceivableResult[]
  ): PromiseOutcome {
    const origin = this.origin[p];
    if (origin >= 0) {
      const line = log[origin];
      return this.outcomeOf(p, line.customerId, line.invoiceNo ?? null);
    }
    const result = results[-1 - origin];
    return this.outcomeOf(p, result.customerId, result.invoiceNo);
  }

  private outcomeOf(p: number, customerId: string, invoiceNo: string | null): PromiseOutcome {
    const madeOn = this.madeOn[p];
    // The fields in the order the output has always listed them.
    return {
      customerId,
      invoiceNo,
      madeOn: Number.isNaN(madeOn) ? null : serialDate(madeOn),
      promisedDate: serialDate(this.promisedDate[p]),
      amount: minor(this.amount[p]),
      deadline: serialDate(this.deadline[p]),
      paid: minor(this.paid[p]),
      status: STATUS_NAMES[this.status[p]],
    };
  }
}
