/**
 * Problems the review finds in its input (BAD-INPUTS.md): each names the sheet, the row and
 * the field, carries a stable code and its severity; the language layer words it.
 */
import type { Problem, Severity, SourceRef } from "./types";

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

/** The severity of each of the engine's codes (the reader's are in the workbook layer). */
export const ENGINE_SEVERITY: Readonly<Record<ProblemCode, Severity>> = {
  [PROBLEM_CODES.duplicateCustomer]: "warning",
  [PROBLEM_CODES.unknownCustomer]: "warning",
  [PROBLEM_CODES.invoiceAfterAsOf]: "error",
  [PROBLEM_CODES.orderAfterAsOf]: "error",
  [PROBLEM_CODES.paidAfterAsOf]: "warning",
  [PROBLEM_CODES.noDueDate]: "warning",
  [PROBLEM_CODES.ratingOutOfRange]: "warning",
  [PROBLEM_CODES.otherCurrency]: "error",
  [PROBLEM_CODES.unappliedCredit]: "info",
  [PROBLEM_CODES.invalidNumber]: "error",
};

/**
 * A problem about one field of one row. The engine knows the field, not the cell: the workbook
 * layer fills `place.cell` and `place.header` from its column layout.
 */
export function rowProblem(
  source: SourceRef | undefined,
  defaultSheet: string,
  field: string | null,
  value: string | number | null,
  code: ProblemCode,
  params: Problem["params"] = {}
): Problem {
  return {
    code,
    severity: ENGINE_SEVERITY[code],
    place: {
      sheet: source?.sheet ?? defaultSheet,
      row: source?.row ?? null,
      cell: null,
      header: null,
      field,
    },
    value: value === null ? null : String(value),
    params,
  };
}
