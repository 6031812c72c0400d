/**
 * Free text cells (names, currency codes). Excel cells hold at most 32,767 characters; longer text
 * (possible in a file written by another program) is cut there and reported (BAD-INPUTS #34).
 */
import type { Parsed } from "./parsed";
import { errorCellFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";

export const MAX_CELL_TEXT = 32_767;

export function parseTextCell(cell: RawCell): Parsed<string> {
  if (cell !== null && typeof cell === "object" && isRawError(cell)) return errorCellFailure(cell);
  const text = cell === null ? "" : String(cell).trim();
  if (text.length > MAX_CELL_TEXT) {
    return parsedValue(text.slice(0, MAX_CELL_TEXT), {
      code: READ_CODES.textTruncated,
      params: { length: text.length, limit: MAX_CELL_TEXT },
    });
  }
  return parsedValue(text);
}
