/**
 * The workbook's date system, as far as the functions know it. A date cell reaches a function as
 * the workbook's own serial: in a 1904 workbook, 1,462 less than the same day in the 1900 system.
 * Two serials of one workbook differ by the same days in either system, so only what the
 * functions count themselves — a YYYY-MM-DD text date and today's date, both counted in the
 * 1900 system — must be moved into the workbook's system. When the system could not be read,
 * that move is refused with #N/A and the reason, never guessed.
 */
import { DATE_1904_OFFSET } from "../engine/dates";
import { addDays } from "../engine/serial-date";
import type { SerialDate } from "../engine/types";
import { ArgumentFailure, FAILURE_CODES } from "./failure";

export type DateSystem =
  { readonly date1904: boolean } | { readonly date1904: null; readonly unknownBecause: string };

export const DATE_SYSTEM_1900: DateSystem = { date1904: false };
export const DATE_SYSTEM_1904: DateSystem = { date1904: true };

/** A serial counted in the 1900 system, as the same day in the workbook's system. */
export function inWorkbookSystem(serial1900: SerialDate, system: DateSystem): SerialDate {
  if (system.date1904 === null)
    throw new ArgumentFailure(FAILURE_CODES.notAvailable, "dateSystemUnknown", {
      detail: system.unknownBecause,
    });
  return system.date1904 ? addDays(serial1900, -DATE_1904_OFFSET) : serial1900;
}

/**
 * The date system, read once through `read` (true: 1904) and kept; concurrent callers share one
 * read. A failed read is answered as unknown, with its reason, and tried again on the next call.
 */
export function cachedDateSystem(read: () => Promise<boolean>): () => Promise<DateSystem> {
  let known: Promise<DateSystem> | null = null;
  return () => {
    known ??= read().then(
      (date1904): DateSystem => ({ date1904 }),
      (error: unknown): DateSystem => {
        known = null;
        return {
          date1904: null,
          unknownBecause: error instanceof Error ? error.message : String(error),
        };
      }
    );
    return known;
  };
}
