/**
 * Excel serial dates (1900 system) and the calendar arithmetic the policy needs.
 * Serial 1 = 1900-01-01. Excel counts a 29 Feb 1900 that never existed (serial 60), so
 * serials from 61 on are one more than the true day count; serials ≤ 60 are refused by the
 * callers that parse user input (BAD-INPUTS #4). All arithmetic is UTC: no time-zone shift.
 */
import { EngineError, NOT_A_CALENDAR_DATE, NOT_AN_ISO_DATE } from "./errors";
import { serialDate } from "./serial-date";
import type { SerialDate } from "./types";

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 UTC: the day that makes serial 61 = 1900-03-01 come out right. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The first serial that is unambiguous (1900-03-01). */
export const FIRST_SAFE_SERIAL = 61;

/** Days between the 1900 and the 1904 date systems. */
export const DATE_1904_OFFSET = 1462;

export function serialFromYmd(year: number, month: number, day: number): SerialDate {
  return serialDate(Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY));
}

export function ymdFromSerial(serial: SerialDate): { year: number; month: number; day: number } {
  const date = new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-05" → serial; throws an EngineError on anything that is not a real calendar date. */
export function serialFromIso(iso: string): SerialDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new EngineError(NOT_AN_ISO_DATE, [], { text: iso });
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const serial = serialFromYmd(year, month, day);
  const back = ymdFromSerial(serial);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new EngineError(NOT_A_CALENDAR_DATE, [], { text: iso });
  }
  return serial;
}

export function isoFromSerial(serial: SerialDate): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A JavaScript Date's UTC calendar day as a serial (time of day dropped). */
export function serialFromUtcDate(date: Date): SerialDate {
  return serialFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A JavaScript Date's calendar day on the clock of the machine it runs on, as a serial: the day
 * Excel's TODAY() shows there (2026-12-04 18:00 UTC is 2026-12-05 in UTC+8).
 */
export function serialFromLocalDate(date: Date): SerialDate {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Excel EDATE: the same day `months` months away, clamped to the end of the target month. */
export function edate(serial: SerialDate, months: number): SerialDate {
  const { year, month, day } = ymdFromSerial(serial);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return serialFromYmd(targetYear, targetMonth, Math.min(day, lastDay));
}
