/**
 * Amount cells → integer minor units (BAD-INPUTS #7, #10).
 * - A number cell is what Excel holds: `Math.round(value × minorPerUnit)`. Float artefacts
 *   (0.1 + 0.2) round away silently; real extra decimals (12.345 for a 2-decimal currency) are
 *   rounded too, with a warning, because Excel shows the rounded amount.
 * - Text is converted digit by digit, never through a float. Text with more decimals than the
 *   currency is refused: "1.234" may be a European "1234" or a typo, and guessing would be wrong.
 */
import { minor } from "../engine/money";
import type { Minor } from "../engine/types";
import type { DecimalMark, DecimalText } from "./parse-decimal";
import { AMBIGUOUS_SEPARATOR, parseDecimalText } from "./parse-decimal";
import { ambiguousSeparatorFailure } from "./ambiguous-separator";
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";

export interface Money {
  minor: Minor;
  /** Currency named in the cell text, when it was unambiguous. */
  currency: string | null;
}

/** Digits a JavaScript number holds exactly (2^53 ≈ 9.007e15). */
const SAFE_DIGITS = 15;
/** Below this distance from a whole minor unit a product is a float artefact, not a real decimal. */
const ARTEFACT_ABSOLUTE = 1e-7;
const ARTEFACT_RELATIVE = 1e-12;

/** Decimal places of a currency with `minorPerUnit` minor units (100 → 2), or null if not a power of 10. */
export function currencyDecimals(minorPerUnit: number): number | null {
  let decimals = 0;
  let unit = 1;
  while (unit < minorPerUnit) {
    unit *= 10;
    decimals++;
  }
  return unit === minorPerUnit ? decimals : null;
}

/** `columnMark`: the decimal mark the cell's column shows (decimal-convention.ts), if any. */
export function parseMoneyCell(
  cell: RawCell,
  minorPerUnit: number,
  columnMark: DecimalMark | null
): Parsed<Money> {
  if (typeof cell === "number") return moneyFromNumber(cell, minorPerUnit, null);
  if (typeof cell === "string") {
    const decimal = parseDecimalText(cell, columnMark);
    if (decimal === AMBIGUOUS_SEPARATOR) return ambiguousSeparatorFailure(cell);
    if (!decimal) return parseFailure(READ_CODES.notANumber);
    if (decimal.percent)
      return parseFailure(READ_CODES.percentNotAllowed, {
        variant: "amount",
      });
    return moneyFromDecimal(decimal, minorPerUnit);
  }
  if (cell !== null && isRawError(cell)) return errorCellFailure(cell);
  return parseFailure(READ_CODES.notANumber);
}

function moneyFromNumber(
  value: number,
  minorPerUnit: number,
  currency: string | null
): Parsed<Money> {
  if (!Number.isFinite(value)) return parseFailure(READ_CODES.notANumber);
  const scaled = value * minorPerUnit;
  const rounded = Math.round(scaled);
  if (!Number.isSafeInteger(rounded)) return parseFailure(READ_CODES.numberTooLarge);
  const result = { minor: minor(rounded), currency };
  if (Math.abs(scaled - rounded) > ARTEFACT_ABSOLUTE + ARTEFACT_RELATIVE * Math.abs(scaled)) {
    return parsedValue(result, {
      code: READ_CODES.amountRounded,
      params: { rounded: formatMinor(rounded, minorPerUnit) },
    });
  }
  return parsedValue(result);
}

function moneyFromDecimal(decimal: DecimalText, minorPerUnit: number): Parsed<Money> {
  const decimals = currencyDecimals(minorPerUnit);
  if (decimals === null) {
    // Not a decimal currency: only the float route exists; it still reports real extra decimals.
    const value = Number(`${decimal.integerDigits}.${decimal.fractionDigits || "0"}`);
    return moneyFromNumber(decimal.negative ? -value : value, minorPerUnit, decimal.currency);
  }
  if (decimal.fractionDigits.length > decimals) {
    return parseFailure(READ_CODES.tooManyDecimals, {
      decimals,
    });
  }
  const digits = (decimal.integerDigits + decimal.fractionDigits.padEnd(decimals, "0")).replace(
    /^0+(?=\d)/,
    ""
  );
  if (digits.length > SAFE_DIGITS) return parseFailure(READ_CODES.numberTooLarge);
  const magnitude = Number(digits);
  return parsedValue({
    minor: minor(decimal.negative ? -magnitude : magnitude),
    currency: decimal.currency,
  });
}

/** Minor units as a plain decimal text for messages: 123456 → "1234.56". */
export function formatMinor(minor: number, minorPerUnit: number): string {
  const decimals = currencyDecimals(minorPerUnit);
  if (decimals === null || decimals === 0) return String(minor / minorPerUnit);
  const sign = minor < 0 ? "-" : "";
  const digits = String(Math.abs(minor)).padStart(decimals + 1, "0");
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** `formatMinor` with the whole units grouped by thousands ("-155,000.00"; digits only, never through a float), as letters print amounts. */
export function formatMinorGrouped(minor: number, minorPerUnit: number): string {
  const plain = formatMinor(Math.abs(minor), minorPerUnit);
  const point = plain.indexOf(".");
  const units = point < 0 ? plain : plain.slice(0, point);
  const groups: string[] = [];
  for (let end = units.length; end > 0; end -= 3)
    groups.unshift(units.slice(Math.max(0, end - 3), end));
  return (minor < 0 ? "-" : "") + groups.join(",") + (point < 0 ? "" : plain.slice(point));
}
