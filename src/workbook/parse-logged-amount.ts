/**
 * An amount a review wrote to one of its own sheets in currency units, read back: a number that
 * still converts exactly to minor units. A cell typed over with an absurd value (1e300) is a
 * reported problem at its cell, not an exception later when the amount is used.
 */
import { parseNumberCell } from "./parse-number";
import type { Parsed } from "./parsed";
import { parseFailure } from "./parsed";
import { minorUnitsWithinRange } from "./plan-values";
import type { RawCell } from "./raw";
import { READ_CODES } from "./read-problem";

export function parseLoggedAmount(cell: RawCell, minorPerUnit: number): Parsed<number> {
  const parsed = parseNumberCell(cell);
  if (!parsed.ok || minorUnitsWithinRange(parsed.value, minorPerUnit) !== null) return parsed;
  return parseFailure(READ_CODES.numberTooLarge);
}
