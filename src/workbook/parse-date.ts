/**
 * Date cells → Excel serial days (1900 system), BAD-INPUTS #1–6.
 *
 * - Numbers are serials: the time of day is dropped (45000.75 → 45000); a 1904-system workbook
 *   is shifted by 1,462 days. Serials ≤ 60 fall in Excel's 1900 leap-year bug zone and are
 *   reported, as are dates before 1900 and after 9999-12-31.
 * - Text: ISO "2026-03-05" (also with "/" or "." and an optional time), Chinese
 *   "2026年3月5日", compact "20260305", "5-Mar-2026" / "Mar 5, 2026". "05/03/2026" is read by
 *   the workbook's locale (see `date-order.ts`); when both readings are possible and the locale
 *   does not decide, it is reported as ambiguous. Two-digit years are always reported.
 */
import { DATE_1904_OFFSET, FIRST_SAFE_SERIAL, serialFromYmd } from "../engine/dates";
import { serialDate } from "../engine/serial-date";
import type { SerialDate } from "../engine/types";
import type { DayOrder } from "./date-order";
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";
import { normaliseCellText } from "./text-normalise";

export interface DateContext {
  date1904: boolean;
  dayOrder: DayOrder | null;
}

/** 9999-12-31, Excel's last date. */
export const LAST_SERIAL = 2_958_465;

const TIME = String.raw`(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{2}|\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const CHINESE = new RegExp(
  String.raw`^(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?${TIME}$`
);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]\s*(\d{2}|\d{4})$/;
const MONTH_NAME_DAY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{2}|\d{4})$/;

const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

export function parseDateCell(cell: RawCell, context: DateContext): Parsed<SerialDate> {
  if (typeof cell === "number") return dateFromNumber(cell, context.date1904);
  if (typeof cell === "string") return dateFromText(cell, context.dayOrder);
  if (cell !== null && isRawError(cell)) return errorCellFailure(cell);
  return parseFailure(READ_CODES.notADate);
}

function dateFromNumber(value: number, date1904: boolean): Parsed<SerialDate> {
  if (!Number.isFinite(value)) return parseFailure(READ_CODES.notADate);
  const serial = Math.floor(value) + (date1904 ? DATE_1904_OFFSET : 0);
  return checkedSerial(serial);
}

function checkedSerial(serial: number): Parsed<SerialDate> {
  if (serial < FIRST_SAFE_SERIAL) return parseFailure(READ_CODES.dateBefore1900);
  if (serial > LAST_SERIAL) return parseFailure(READ_CODES.dateOutOfRange);
  return parsedValue(serialDate(serial));
}

function dateFromText(raw: string, dayOrder: DayOrder | null): Parsed<SerialDate> {
  const text = normaliseCellText(raw);
  let match = YEAR_FIRST.exec(text);
  if (match) return fromParts(match[1], Number(match[3]), Number(match[4]));
  match = CHINESE.exec(text);
  if (match) return fromParts(match[1], Number(match[2]), Number(match[3]));
  match = COMPACT.exec(text);
  if (match) return fromParts(match[1], Number(match[2]), Number(match[3]));
  match = YEAR_LAST.exec(text);
  if (match) return yearLast(Number(match[1]), Number(match[3]), match[4], dayOrder);
  match = DAY_MONTH_NAME.exec(text);
  if (match) return withMonthName(match[3], match[2], Number(match[1]));
  match = MONTH_NAME_DAY.exec(text);
  if (match) return withMonthName(match[3], match[1], Number(match[2]));
  return parseFailure(READ_CODES.notADate);
}

function yearLast(
  first: number,
  second: number,
  year: string,
  dayOrder: DayOrder | null
): Parsed<SerialDate> {
  if (year.length === 2) return parseFailure(READ_CODES.twoDigitYear);
  if (dayOrder === "dmy") return fromParts(year, second, first);
  if (dayOrder === "mdy") return fromParts(year, first, second);
  // No locale to decide: accept only when a single reading is a date (or both give the same day).
  const dayFirst = fromParts(year, second, first);
  const monthFirst = fromParts(year, first, second);
  if (first === second || !monthFirst.ok) return dayFirst;
  if (!dayFirst.ok) return monthFirst;
  return parseFailure(READ_CODES.ambiguousDate);
}

function withMonthName(year: string, name: string, day: number): Parsed<SerialDate> {
  const month = MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const fullName = name.toLowerCase();
  if (month === 0 || !isMonthName(fullName, month)) return parseFailure(READ_CODES.notADate);
  return fromParts(year, month, day);
}

const FULL_MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "Mar", "March" and "Sept" are month names; "Marble" is not. */
function isMonthName(name: string, month: number): boolean {
  const full = FULL_MONTH_NAMES[month - 1];
  return full.startsWith(name) || (month === 9 && name === "sept");
}

function fromParts(yearText: string, month: number, day: number): Parsed<SerialDate> {
  if (yearText.length === 2) return parseFailure(READ_CODES.twoDigitYear);
  const year = Number(yearText);
  if (year < 1900) return parseFailure(READ_CODES.dateBefore1900);
  // Date.UTC would roll 30 Feb over into March: the day is checked against its month first.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return parseFailure(READ_CODES.notADate, {
      variant: "calendar",
    });
  }
  return checkedSerial(serialFromYmd(year, month, day));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month of the Gregorian calendar (1900 has no 29 February: Excel's bug is not a date). */
function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
