/**
 * Problems the review finds in its input (BAD-INPUTS.md): each names the sheet, the row and
 * the field, says what was done with the row, and carries a stable code.
 */
import type { Problem, SourceRef } from "./types";

/** Sheet names used when a row carries no source (rows built in code rather than read). */
export const DEFAULT_SHEETS = {
  customers: "Customers",
  receivables: "Receivables",
  orders: "Orders",
} as const;

export const PROBLEM_CODES = {
  duplicateCustomer: "DUPLICATE_CUSTOMER",
  unknownCustomer: "UNKNOWN_CUSTOMER",
  invoiceAfterAsOf: "INVOICE_AFTER_AS_OF",
  orderAfterAsOf: "ORDER_AFTER_AS_OF",
  paidAfterAsOf: "PAID_AFTER_AS_OF",
  noDueDate: "NO_DUE_DATE",
  ratingOutOfRange: "RATING_OUT_OF_RANGE",
  otherCurrency: "OTHER_CURRENCY",
  unappliedCredit: "UNAPPLIED_CREDIT",
  invalidNumber: "INVALID_NUMBER",
} as const;
export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

/** "Receivables, row 12, column amount" — the place a person should look. */
function placeOf(sheet: string, row: number | null, column: string | null): string {
  let place = sheet;
  if (row !== null) place += `, row ${row}`;
  if (column !== null) place += `, column ${column}`;
  return place;
}

/** A problem about one field of one row; `what` is the sentence after the place. */
export function rowProblem(
  source: SourceRef | undefined,
  defaultSheet: string,
  column: string | null,
  value: string | number | null,
  code: ProblemCode,
  what: string,
  params?: Problem["params"]
): Problem {
  const sheet = source?.sheet ?? defaultSheet;
  const row = source?.row ?? null;
  const problem: Problem = {
    sheet,
    row,
    column,
    value: value === null ? null : String(value),
    code,
    message: `${placeOf(sheet, row, column)}: ${what}`,
  };
  if (params !== undefined) problem.params = params;
  return problem;
}
