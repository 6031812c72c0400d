/**
 * Compile-time proof that money, dates and plain numbers do not mix. Nothing here runs: `npm run
 * typecheck` (tsconfig.json includes test/) compiles it, and each `@ts-expect-error` line must be
 * an error there, or tsc fails with "Unused '@ts-expect-error' directive".
 */
import { isoFromSerial } from "../../src/engine/dates";
import { addMinor, minor, sumMinor } from "../../src/engine/money";
import { addDays, daysBetween, serialDate } from "../../src/engine/serial-date";
import type { Minor, Receivable, SerialDate } from "../../src/engine/types";

export function amountWhereADateIsWanted(amount: Minor): string {
  // @ts-expect-error an amount is not a date
  return isoFromSerial(amount);
}

export function dateWhereAnAmountIsWanted(amount: Minor, date: SerialDate): Minor {
  // @ts-expect-error a date is not an amount
  return addMinor(amount, date);
}

export function plainNumberAsMoney(): Minor {
  // @ts-expect-error a plain number is not money: it goes through minor() first
  const limit: Minor = 1_000_000;
  return limit;
}

export function plainNumberAsDate(): SerialDate {
  // @ts-expect-error a plain number is not a date: it goes through serialDate() first
  const asOf: SerialDate = 46203;
  return asOf;
}

export function amountMovedByDays(amount: Minor): SerialDate {
  // @ts-expect-error days are added to a date, never to an amount
  return addDays(amount, 3);
}

export function sumOfAmountsIsAPlainNumber(a: Minor, b: Minor): Minor {
  // @ts-expect-error `+` gives a plain number; addMinor keeps it money
  return a + b;
}

export function differenceOfDatesIsNotADate(dueDate: SerialDate, asOf: SerialDate): SerialDate {
  // @ts-expect-error a difference of dates is a count of days; addDays makes a date again
  return asOf - dueDate;
}

export function swappedFields(amount: Minor, date: SerialDate): Receivable {
  return {
    customerId: "C1",
    invoiceNo: "INV-1",
    // @ts-expect-error the invoice date and the amount swapped
    invoiceDate: amount,
    // @ts-expect-error the invoice date and the amount swapped
    amount: date,
  };
}

/** What is allowed: the constructors, and reading either as a number. */
export function allowed(): number {
  const amount = addMinor(minor(1_000), sumMinor([minor(1), minor(2)]));
  const due = addDays(serialDate(46203), 30);
  const shown: number = amount;
  return shown + daysBetween(serialDate(46203), due);
}
