/**
 * Dates as a branded Excel serial day number (`SerialDate`): the only module that makes one.
 *
 * As with `Minor` (money.ts), the brand is keyed by a `unique symbol` no other file can name,
 * so a count of days, an amount or a plain number cannot be passed where a date is wanted
 * without going through `serialDate` or `addDays`. At run time it is a plain number.
 */
import { EngineError, NOT_A_WHOLE_DAY } from "./errors";

declare const serialDateBrand: unique symbol;

/** Excel serial day number, 1900 date system (1 = 1900-01-01, 45658 = 2025-01-01), whole days. */
export type SerialDate = number & { readonly [serialDateBrand]: true };

/** `value` as a serial date; throws unless it is a whole (safe integer) day number. */
export function serialDate(value: number): SerialDate {
  if (!Number.isSafeInteger(value)) {
    throw new EngineError(NOT_A_WHOLE_DAY, [], { value });
  }
  return (value === 0 ? 0 : value) as SerialDate;
}

/** The day `days` days after `date` (before it when negative); `days` must be whole. */
export function addDays(date: SerialDate, days: number): SerialDate {
  return serialDate(date + days);
}

/** Days from `from` to `to`: positive when `to` is later (as-of − due date = days overdue). */
export function daysBetween(from: SerialDate, to: SerialDate): number {
  return to - from;
}

/** The earlier of two dates. */
export function earlierDate(a: SerialDate, b: SerialDate): SerialDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function laterDate(a: SerialDate, b: SerialDate): SerialDate {
  return a >= b ? a : b;
}
