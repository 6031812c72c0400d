/**
 * The promises already met in the log, by what makes two lines the same promise: customer slot,
 * invoice key, day made, promised date and promised amount. A hash table over numbers in typed
 * arrays, so that telling a line typed twice costs no text built per line.
 */

/** Stands for "no amount typed" in the hash (NaN has no bits to mix). */
const NO_AMOUNT_HASH = 0x2545f491;

function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x5bd1e995) ^ (hash >>> 15);
}

/** Whole numbers up to 2^53 mixed by their low and high 32 bits. */
function amountHash(amount: number): number {
  if (Number.isNaN(amount)) return NO_AMOUNT_HASH;
  return (amount | 0) ^ Math.floor(amount / 4294967296);
}

/** NaN (no amount) equals NaN here, as two blank amounts are the same. */
function sameAmount(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

export class SeenPromises {
  /** Open addressing: each cell holds a stored promise's place + 1, 0 when empty. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly slots: Float64Array;
  private readonly keys: Float64Array;
  private readonly madeOn: Float64Array;
  private readonly promisedDates: Float64Array;
  private readonly amounts: Float64Array;
  private stored = 0;

  /** Room for `capacity` different promises. */
  constructor(capacity: number) {
    let size = 2;
    // At most half full, so that a search always ends at an empty cell soon.
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.slots = new Float64Array(capacity);
    this.keys = new Float64Array(capacity);
    this.madeOn = new Float64Array(capacity);
    this.promisedDates = new Float64Array(capacity);
    this.amounts = new Float64Array(capacity);
  }

  /** True (and remembered) the first time this promise is met; false when it was met before. */
  addIfNew(
    slot: number,
    key: number,
    madeOn: number,
    promisedDate: number,
    amount: number
  ): boolean {
    let hash = mix(mix(mix(mix(0x811c9dc5, slot), key), madeOn), promisedDate);
    hash = mix(hash, amountHash(amount));
    let cell = hash & this.mask;
    for (let entry = this.table[cell]; entry !== 0; entry = this.table[cell]) {
      const p = entry - 1;
      if (
        this.slots[p] === slot &&
        this.keys[p] === key &&
        this.madeOn[p] === madeOn &&
        this.promisedDates[p] === promisedDate &&
        sameAmount(this.amounts[p], amount)
      )
        return false;
      cell = (cell + 1) & this.mask;
    }
    if (this.stored >= this.slots.length)
      throw new RangeError("more promises than the room made for them");
    const p = this.stored++;
    this.slots[p] = slot;
    this.keys[p] = key;
    this.madeOn[p] = madeOn;
    this.promisedDates[p] = promisedDate;
    this.amounts[p] = amount;
    this.table[cell] = p + 1;
    return true;
  }
}
