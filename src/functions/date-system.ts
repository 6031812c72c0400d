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

/** Why the date system is not known, as data the language layer words (`function-messages`). */
export type DateSystemUnknownBecause =
  /** The functions run where Excel's API cannot be reached. */
  | { readonly reason: "noExcelApi" }
  /** DATE(2000,1,1) came back as neither 36526 (1900) nor 35064 (1904). */
  | { readonly reason: "neitherSystem"; readonly answer: string }
  /** The read itself failed: Excel's own message, already in the host's language. */
  | { readonly reason: "readFailed"; readonly detail: string };

export type DateSystem =
  | { readonly date1904: boolean }
  | { readonly date1904: null; readonly unknownBecause: DateSystemUnknownBecause };

/** Thrown by a date-system reader that could not tell the system; carries why, no sentence. */
export class DateSystemUnreadable extends Error {
  constructor(readonly because: Exclude<DateSystemUnknownBecause, { reason: "readFailed" }>) {
    super(because.reason);
    this.name = "DateSystemUnreadable";
  }
}

export const DATE_SYSTEM_1900: DateSystem = { date1904: false };
export const DATE_SYSTEM_1904: DateSystem = { date1904: true };

/** A serial counted in the 1900 system, as the same day in the workbook's system. */
export function inWorkbookSystem(serial1900: SerialDate, system: DateSystem): SerialDate {
  if (system.date1904 === null) {
    const because = system.unknownBecause;
    switch (because.reason) {
      case "noExcelApi":
        throw new ArgumentFailure(FAILURE_CODES.notAvailable, "dateSystemNoExcelApi");
      case "neitherSystem":
        throw new ArgumentFailure(FAILURE_CODES.notAvailable, "dateSystemNeither", {
          answer: because.answer,
        });
      case "readFailed":
        throw new ArgumentFailure(FAILURE_CODES.notAvailable, "dateSystemUnknown", {
          detail: because.detail,
        });
    }
  }
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
        if (error instanceof DateSystemUnreadable)
          return { date1904: null, unknownBecause: error.because };
        const detail = error instanceof Error ? error.message : String(error);
        return { date1904: null, unknownBecause: { reason: "readFailed", detail } };
      }
    );
    return known;
  };
}
