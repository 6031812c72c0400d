/**
 * Identifier cells (customer ids, invoice numbers), BAD-INPUTS #8, #9, #35: kept as trimmed text
 * with leading zeros; a whole number becomes its digits (123 → "123"); full-width characters
 * become ASCII. A number of 16 digits or more was already rounded by Excel (it keeps 15
 * significant digits), and so was scientific text like "1.23457E+15": neither can be recovered.
 */
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";
import { normaliseCellText } from "./text-normalise";

/** The smallest 16-digit number: from here on Excel has dropped digits. */
const FIRST_ROUNDED_ID = 1e15;
const SCIENTIFIC = /^[+-]?\d(?:\.\d+)?E\+?\d+$/i;
const DIGITS_ONLY = /^\d+$/;

export function parseIdCell(cell: RawCell): Parsed<string> {
  if (typeof cell === "string") {
    const text = normaliseCellText(cell);
    if (text.length === 0) return parseFailure(READ_CODES.missingId);
    if (SCIENTIFIC.test(text)) return parseFailure(READ_CODES.idPrecisionLost);
    return parsedValue(text);
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return parseFailure(READ_CODES.notAnId);
    if (Math.abs(cell) >= FIRST_ROUNDED_ID) return parseFailure(READ_CODES.idPrecisionLost);
    return parsedValue(String(cell));
  }
  if (cell !== null && isRawError(cell)) return errorCellFailure(cell);
  if (cell === null) return parseFailure(READ_CODES.missingId);
  return parseFailure(READ_CODES.notAnId);
}

/** The form two ids are compared in when one lost its leading zeros: "00123" → "123". */
export function idWithoutLeadingZeros(id: string): string {
  return DIGITS_ONLY.test(id) ? id.replace(/^0+(?=\d)/, "") : id;
}
