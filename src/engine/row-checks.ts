/**
 * The checks a domain row's numbers must pass before the review uses them. A whole row is
 * checked by one call: the passes call one function per row, not one per field.
 */
import { PROBLEM_CODES, rowProblem } from "./problems";
import type { Order, Problem, Receivable, SourceRef } from "./types";

export function isWholeDay(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value);
}

/** A usable date: a whole serial day from 1 on (0 is the "no history" mark of the totals). */
export function isSerialDay(value: unknown): boolean {
  return isWholeDay(value) && (value as number) >= 1;
}

export function isMinor(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/** The first field of a receivable that cannot be used as it is, or null. */
export function unusableReceivableField(r: Receivable): keyof Receivable | null {
  if (!isSerialDay(r.invoiceDate)) return "invoiceDate";
  if (!isMinor(r.amount)) return "amount";
  if (r.paid !== undefined && !isMinor(r.paid)) return "paid";
  if (r.dueDate !== undefined && !isWholeDay(r.dueDate)) return "dueDate";
  if (r.termsDays !== undefined && !isWholeDay(r.termsDays)) return "termsDays";
  if (r.paidDate !== undefined && !isSerialDay(r.paidDate)) return "paidDate";
  return null;
}

/** The first field of an order that cannot be used as it is, or null. */
export function unusableOrderField(o: Order): "orderDate" | "amount" | null {
  if (!isSerialDay(o.orderDate)) return "orderDate";
  if (!isMinor(o.amount)) return "amount";
  return null;
}

/** The problem of a row left out for a number it cannot use: its field, value and `variant`. */
export function unusableNumberProblem<Row extends { source?: SourceRef }>(
  row: Row,
  sheet: string,
  field: keyof Row & string,
  variant: string
): Problem {
  const value = String(row[field]);
  return rowProblem(row.source, sheet, field, value, PROBLEM_CODES.invalidNumber, { variant });
}
