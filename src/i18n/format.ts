/**
 * Numbers, money, shares, dates and day counts for the pane, in the reader's locale (`Intl`).
 * Money arrives as integer minor units and is turned into an exact decimal string before
 * formatting, so no float rounding can move a cent. The pseudo-locale formats as English.
 */
import { baseLocale, type DisplayLocale, type SupportedLocale } from "./locales";

export const MINOR_NOT_INTEGER = "Money must be a whole number of minor units";
export const MINOR_PER_UNIT_INVALID = "Minor units per currency unit must be 1, 10, 100, 1000, ...";
export const DATE_INVALID = "Not a date that can be shown";
export const SERIAL_INVALID =
  "Not an Excel serial date (whole day numbers from 1, 60 does not exist)";

/** Intl accepts a decimal string (exact) since ECMA-402 2023; the ES2022 typings lack it. */
interface DecimalStringFormatter {
  format(value: string): string;
}

/** 100 → 2, 1 → 0; anything not a power of ten cannot be written as a decimal fraction. */
function fractionDigitsOf(minorPerUnit: number): number {
  const digits = Math.round(Math.log10(minorPerUnit));
  if (!Number.isInteger(minorPerUnit) || minorPerUnit < 1 || 10 ** digits !== minorPerUnit) {
    throw new RangeError(`${MINOR_PER_UNIT_INVALID} (got ${minorPerUnit})`);
  }
  return digits;
}

/** 123456789 minor at 100 per unit → "1234567.89", computed on integers only. */
export function minorToDecimalString(minor: number, minorPerUnit: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${MINOR_NOT_INTEGER} (got ${minor})`);
  const digits = fractionDigitsOf(minorPerUnit);
  const sign = minor < 0 ? "-" : "";
  const magnitude = BigInt(Math.abs(minor));
  const unit = BigInt(minorPerUnit);
  const whole = (magnitude / unit).toString();
  if (digits === 0) return `${sign}${whole}`;
  const fraction = (magnitude % unit).toString().padStart(digits, "0");
  return `${sign}${whole}.${fraction}`;
}

/**
 * 123456789 minor, 100 per unit → "1,234,567.89" (en-US, zh-CN and zh-TW group alike);
 * with a currency code the locale's symbol is added ("$1,234,567.89", "¥1,234,567.89").
 * The decimals always follow `minorPerUnit`, never the currency's own default.
 */
export function formatMoney(
  minor: number,
  minorPerUnit: number,
  locale: DisplayLocale,
  currency?: string
): string {
  const digits = fractionDigitsOf(minorPerUnit);
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
  if (currency) Object.assign(options, { style: "currency", currency });
  const formatter = new Intl.NumberFormat(
    baseLocale(locale),
    options
  ) as unknown as DecimalStringFormatter; // see DecimalStringFormatter
  return formatter.format(minorToDecimalString(minor, minorPerUnit));
}

/** A plain number with grouping; `fractionDigits` fixes the decimals when given. */
export function formatNumber(
  value: number,
  locale: DisplayLocale,
  fractionDigits?: number
): string {
  const options: Intl.NumberFormatOptions =
    fractionDigits === undefined
      ? {}
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(baseLocale(locale), options).format(value);
}

/** A share 0..1 as a percentage: 0.125 → "12.5%" (at most `maxFractionDigits` decimals). */
export function formatPercent(share: number, locale: DisplayLocale, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(baseLocale(locale), {
    style: "percent",
    maximumFractionDigits: maxFractionDigits,
  }).format(share);
}

/** A count of days with the locale's unit word: "1 day", "30 days", "30天", "30 天". */
export function formatDays(days: number, locale: DisplayLocale): string {
  return new Intl.NumberFormat(baseLocale(locale), {
    style: "unit",
    unit: "day",
    unitDisplay: "long",
  }).format(days);
}

const MS_PER_DAY = 86_400_000;
/** Serial 61 onwards counts from 1899-12-30 (Excel counts a 29 Feb 1900 that never was). */
const EPOCH_FROM_61 = Date.UTC(1899, 11, 30);
/** Serials 1..59 count from 1899-12-31 (1 = 1900-01-01). */
const EPOCH_BEFORE_60 = Date.UTC(1899, 11, 31);
const FICTITIOUS_LEAP_DAY = 60;

/** Excel serial day (1900 system) → the UTC midnight of that day. */
export function utcDateFromSerial(serial: number): Date {
  if (!Number.isInteger(serial) || serial < 1 || serial === FICTITIOUS_LEAP_DAY) {
    throw new RangeError(`${SERIAL_INVALID} (got ${serial})`);
  }
  const epoch = serial > FICTITIOUS_LEAP_DAY ? EPOCH_FROM_61 : EPOCH_BEFORE_60;
  return new Date(epoch + serial * MS_PER_DAY);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** "2026-06-30" (a time after it is ignored) → UTC midnight; "2026-02-30" is refused, not rolled over. */
function utcDateFromIso(iso: string): Date {
  const day = ISO_DAY.exec(iso)?.[0];
  const date = new Date(`${day}T00:00:00Z`);
  if (
    day === undefined ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== day
  ) {
    throw new RangeError(`${DATE_INVALID} (got "${iso}")`);
  }
  return date;
}

/** A date given as an Excel serial, a JS Date, or an ISO "YYYY-MM-DD" string, as a UTC Date. */
function toUtcDate(date: number | Date | string): Date {
  if (typeof date === "number") return utcDateFromSerial(date);
  if (typeof date === "string") return utcDateFromIso(date);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${DATE_INVALID} (got an invalid Date)`);
  return date;
}

export type DateStyle = "numeric" | "long";

/** English numeric dates are ISO: month/day order reads differently on each side of the Atlantic. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar day, read in UTC so that no time zone moves it:
 * numeric — en-US "2026-06-30", zh-CN / zh-TW "2026/6/30";
 * long — en-US "Jun 30, 2026", zh-CN / zh-TW "2026年6月30日".
 */
export function formatDate(
  date: number | Date | string,
  locale: DisplayLocale,
  style: DateStyle = "numeric"
): string {
  const day = toUtcDate(date);
  const language: SupportedLocale = baseLocale(locale);
  if (style === "long")
    return new Intl.DateTimeFormat(language, { timeZone: "UTC", dateStyle: "medium" }).format(day);
  if (language === "en-US") return isoDay(day);
  return new Intl.DateTimeFormat(language, { timeZone: "UTC" }).format(day);
}
