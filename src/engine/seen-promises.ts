/**
 * The promises already met in the log, by what makes two lines the same promise: customer slot,
 * invoice key, day made, promised date and promised amount (no amount typed, NaN, is one value;
 * 0 and -0 are one value). Numbers, not text: a 30-bit hash of the five values finds the
 * promise last remembered with that hash, and the promises sharing a hash are chained from it and
 * compared exactly, so a collision costs a comparison, never a wrong answer. A copy is never
 * remembered, so a log of identical lines keeps one-promise chains and stays linear.
 */

/** Room for this many promises before the columns grow. */
const INITIAL_CAPACITY = 256;

/** The amount's 64 bits, read as two 32-bit halves for the hash. */
const amountBits = new Float64Array(1);
const amountHalves = new Int32Array(amountBits.buffer);

function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x9e3779b1) ^ (hash >>> 15);
}

function hashOf(
  slot: number,
  key: number,
  madeOn: number,
  promisedDate: number,
  amount: number
): number {
  // One NaN and one zero, so that values equal under sameValue() hash alike.
  amountBits[0] = Number.isNaN(amount) ? NaN : amount === 0 ? 0 : amount;
  let hash = mix(0x2545f491, slot | 0);
  hash = mix(hash, key | 0);
  hash = mix(hash, madeOn | 0);
  hash = mix(hash, promisedDate | 0);
  hash = mix(hash, amountHalves[0]);
  hash = mix(hash, amountHalves[1]);
  // 30 bits: within V8's small integers (31-bit signed), the fastest Map keys.
  return (hash ^ (hash >>> 16)) & 0x3fffffff;
}

/** Equal as promise values: NaN equals NaN, 0 equals -0. */
function sameValue(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

export class SeenPromises {
  private readonly firstByHash = new Map<number, number>();
  /** The next promise with the same hash, or -1. */
  private next = new Int32Array(INITIAL_CAPACITY);
  /** The five values of each promise met, side by side. */
  private values = new Float64Array(INITIAL_CAPACITY * 5);
  private count = 0;

  /** True (and remembered) the first time this promise is met; false when it was met before. */
  addIfNew(
    slot: number,
    key: number,
    madeOn: number,
    promisedDate: number,
    amount: number
  ): boolean {
    const hash = hashOf(slot, key, madeOn, promisedDate, amount);
    const first = this.firstByHash.get(hash);
    const values = this.values;
    if (first !== undefined) {
      for (let p = first; p >= 0; p = this.next[p]) {
        const at = p * 5;
        if (
          values[at] === slot &&
          values[at + 1] === key &&
          sameValue(values[at + 2], madeOn) &&
          sameValue(values[at + 3], promisedDate) &&
          sameValue(values[at + 4], amount)
        )
          return false;
      }
    }
    this.remember(slot, key, madeOn, promisedDate, amount, first ?? -1);
    this.firstByHash.set(hash, this.count - 1);
    return true;
  }

  private remember(
    slot: number,
    key: number,
    madeOn: number,
    promisedDate: number,
    amount: number,
    next: number
  ): void {
    const p = this.count++;
    if (p === this.next.length) {
      const next = new Int32Array(p * 2);
      next.set(this.next);
      this.next = next;
      const values = new Float64Array(p * 2 * 5);
      values.set(this.values);
      this.values = values;
    }
    this.next[p] = next;
    const at = p * 5;
    this.values[at] = slot;
    this.values[at + 1] = key;
    this.values[at + 2] = madeOn;
    this.values[at + 3] = promisedDate;
    this.values[at + 4] = amount;
  }
}
