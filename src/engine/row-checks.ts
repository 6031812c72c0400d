/** The checks a domain row's numbers must pass before the review uses them. */

export function isWholeDay(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value);
}

/** A usable date: a whole serial day from 1 on (0 is the "no history" mark of the totals). */
export function isSerialDay(value: unknown): boolean {
  return isWholeDay(value) && (value as number) >= 1;
}

export function isMinor(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value);
}
