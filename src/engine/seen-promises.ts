/**
 * The promises already met in the log, by what makes two lines the same promise: customer slot,
 * invoice key, day made, promised date and promised amount (no amount typed, NaN, is one value).
 */
export class SeenPromises {
  private readonly seen = new Set<string>();

  /** True (and remembered) the first time this promise is met; false when it was met before. */
  addIfNew(
    slot: number,
    key: number,
    madeOn: number,
    promisedDate: number,
    amount: number
  ): boolean {
    // Whole numbers and NaN write out exactly, so equal texts are equal promises.
    const text = `${slot},${key},${madeOn},${promisedDate},${amount}`;
    if (this.seen.has(text)) return false;
    this.seen.add(text);
    return true;
  }
}
