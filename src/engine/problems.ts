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

/**
 * Each of the engine's problems by name: its stable code and how much it matters (the reader's
 * are in the workbook layer). One table, so that a code cannot be added without its severity.
 */
const ENGINE_PROBLEMS = {
  duplicateCustomer: { code: "DUPLICATE_CUSTOMER", severity: "warning" },
  unknownCustomer: { code: "UNKNOWN_CUSTOMER", severity: "warning" },
  invoiceAfterAsOf: { code: "INVOICE_AFTER_AS_OF", severity: "error" },
  orderAfterAsOf: { code: "ORDER_AFTER_AS_OF", severity: "error" },
  paidAfterAsOf: { code: "PAID_AFTER_AS_OF", severity: "warning" },
  noDueDate: { code: "NO_DUE_DATE", severity: "warning" },
  ratingOutOfRange: { code: "RATING_OUT_OF_RANGE", severity: "warning" },
  otherCurrency: { code: "OTHER_CURRENCY", severity: "error" },
  unappliedCredit: { code: "UNAPPLIED_CREDIT", severity: "info" },
  invalidNumber: { code: "INVALID_NUMBER", severity: "error" },
} as const satisfies Record<string, { code: string; severity: Severity }>;
type EngineProblem = keyof typeof ENGINE_PROBLEMS;

export const PROBLEM_CODES = Object.fromEntries(
  Object.entries(ENGINE_PROBLEMS).map(([name, { code }]) => [name, code])
  // Object.fromEntries loses the key and value types; the mapping keeps each name's own code.
) as { readonly [Name in EngineProblem]: (typeof ENGINE_PROBLEMS)[Name]["code"] };
export type ProblemCode = (typeof PROBLEM_CODES)[EngineProblem];

export const ENGINE_SEVERITY = Object.fromEntries(
  Object.values(ENGINE_PROBLEMS).map(({ code, severity }) => [code, severity])
  // As above: every code of the table, with its own severity.
) as Readonly<Record<ProblemCode, Severity>>;

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
