/**
 * The judged promises of each customer slot, gathered in promise order into what the worklist
 * shows: the latest promise, the earliest deadline still open, what open promises still ask for
 * and the broken promises of the policy's window.
 */
import { addMinor, maxMinor, minor, subMinor, ZERO_MINOR } from "./money";
import { PROMISE_BROKEN, PROMISE_OPEN, type PromiseColumns } from "./promise-columns";
import type { Minor, SerialDate } from "./types";

/** Per customer slot, what its promises add up to. */
export interface CustomerPromises {
  /** The latest promise + 1 (0: none). */
  latest: Int32Array;
  /** The earliest deadline of an open promise (Infinity: none open). */
  openDeadline: Float64Array;
  openPromised: Minor[];
  broken: Int32Array;
}

/** The judged promises gathered per customer slot, in promise order. */
export function promisesByCustomer(
  promises: PromiseColumns,
  slotCount: number,
  brokenWindowStart: SerialDate
): CustomerPromises {
  const latest = new Int32Array(slotCount);
  const openDeadline = new Float64Array(slotCount).fill(Infinity);
  const openPromised: Minor[] = new Array<Minor>(slotCount).fill(ZERO_MINOR);
  const broken = new Int32Array(slotCount);
  const { slots, madeOn, promisedDate, deadline, amount, paid, status } = promises;
  for (let p = 0; p < promises.count; p++) {
    const slot = slots[p];
    const known = latest[slot] - 1;
    // A promised date typed on the receivables sheet was made on no day: before every line.
    const made = Number.isNaN(madeOn[p]) ? -Infinity : madeOn[p];
    const knownMade = known < 0 || Number.isNaN(madeOn[known]) ? -Infinity : madeOn[known];
    if (
      known < 0 ||
      made > knownMade ||
      (made === knownMade && promisedDate[p] >= promisedDate[known])
    )
      latest[slot] = p + 1;
    if (status[p] === PROMISE_OPEN) {
      if (deadline[p] < openDeadline[slot]) openDeadline[slot] = deadline[p];
      const remaining = maxMinor(ZERO_MINOR, subMinor(minor(amount[p]), minor(paid[p])));
      openPromised[slot] = addMinor(openPromised[slot], remaining);
    } else if (status[p] === PROMISE_BROKEN && promisedDate[p] > brokenWindowStart) broken[slot]++;
  }
  return { latest, openDeadline, openPromised, broken };
}
