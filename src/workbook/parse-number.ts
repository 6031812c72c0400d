/**
 * Plain numbers (ratings, balance-sheet figures, years, counts, terms) and percentages.
 *
 * Percentage rule (BAD-INPUTS #31), for columns that hold a share: text ending in "%" is a
 * percent ("45%" → 0.45); a number above 1 is a percent (45 → 0.45); a number from 0 to 1 is
 * already a share (0.45 → 0.45). Outside percentage columns a "%" is refused.
 */
import type { DecimalMark } from "./parse-decimal";
import { AMBIGUOUS_SEPARATOR, parseDecimalText } from "./parse-decimal";
import { ambiguousSeparatorFailure } from "./ambiguous-separator";
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";

function numberOrPercent(
  cell: RawCell,
  columnMark: DecimalMark | null
): Parsed<{ value: number; percent: boolean }> {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return parseFailure(READ_CODES.notANumber);
    return parsedValue({ value: cell, percent: false });
  }
  if (typeof cell === "string") {
    const decimal = parseDecimalText(cell, columnMark);
    if (decimal === AMBIGUOUS_SEPARATOR) return ambiguousSeparatorFailure(cell);
    if (!decimal) return parseFailure(READ_CODES.notANumber);
    const magnitude = Number(`${decimal.integerDigits}.${decimal.fractionDigits || "0"}`);
    return parsedValue({
      value: decimal.negative ? -magnitude : magnitude,
      percent: decimal.percent,
    });
  }
  if (cell !== null && isRawError(cell)) return errorCellFailure(cell);
  return parseFailure(READ_CODES.notANumber);
}

/**
 * A number, written as a number or as text ("1,234.5", "¥ 12 000"); a "%" is refused.
 * `columnMark`: the decimal mark the cell's column shows (decimal-convention.ts), null when it
 * shows none. Sheets read one cell at a time (the policy sheet, the add-in's own logs) are
 * written with a dot decimal point, the default.
 */
export function parseNumberCell(
  cell: RawCell,
  columnMark: DecimalMark | null = "dot"
): Parsed<number> {
  if (typeof cell === "number" && Number.isFinite(cell)) return parsedValue(cell);
  const parsed = numberOrPercent(cell, columnMark);
  if (!parsed.ok) return parsed;
  if (parsed.value.percent) return parseFailure(READ_CODES.percentNotAllowed);
  return parsedValue(parsed.value.value);
}

/** A whole number ≥ 0 (days, counts). */
export function parseCountCell(cell: RawCell): Parsed<number> {
  const parsed = parseNumberCell(cell);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value)) return parseFailure(READ_CODES.notWholeNumber);
  if (parsed.value < 0) return parseFailure(READ_CODES.negativeNumber);
  return parsed;
}

/** A number ≥ 0 (years in business). */
export function parseNonNegativeCell(cell: RawCell): Parsed<number> {
  const parsed = parseNumberCell(cell);
  if (parsed.ok && parsed.value < 0) return parseFailure(READ_CODES.negativeNumber);
  return parsed;
}

/** A share 0..1 by the percentage rule above. */
export function parsePercentCell(cell: RawCell): Parsed<number> {
  const parsed = numberOrPercent(cell, "dot");
  if (!parsed.ok) return parsed;
  const { value, percent } = parsed.value;
  return parsedValue(percent || value > 1 ? value / 100 : value);
}
