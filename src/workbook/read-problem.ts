/**
 * Problems found while reading a workbook: each names the sheet, the cell (row and column), the
 * header and the value, carries a stable code and its severity; the language layer words it.
 */
import type { Problem } from "../engine/types";
import { columnLetter } from "./plan-address";
import { readSeverity } from "./problem-severity";
import type { ReadCode } from "./read-codes";

export { READ_CODES, type ReadCode } from "./read-codes";

/** The param of a sheet problem that names the role of the sheet (customers, receivables). */
export const SHEET_ROLE_PARAM = "sheetRole";

/**
 * The params of a refused policy sheet's problem that carry the validator's issue: its code and
 * its path as the sheet writes it (beside the issue's own params), worded by `i18n/policy-issues`.
 */
export const POLICY_ISSUE_PARAM = { code: "policyIssue", path: "policyPath" } as const;

/** One cell's problem, e.g. `Receivables!F12 (Amount) "12,3x"` with the code NOT_A_NUMBER. */
export function cellProblem(
  sheet: string,
  row: number,
  column: number,
  header: string,
  value: string | null,
  code: ReadCode,
  params: Problem["params"] = {}
): Problem {
  const place = {
    sheet,
    row,
    cell: `${columnLetter(column)}${row}`,
    header: header.length > 0 ? header : null,
    field: null,
  };
  return readProblem(code, place, value, params);
}

/** A problem about a whole sheet (or the whole workbook when `sheet` is empty). */
export function sheetProblem(
  sheet: string,
  code: ReadCode,
  params: Problem["params"] = {}
): Problem {
  const place = { sheet, row: null, cell: null, header: null, field: null };
  return readProblem(code, place, null, params);
}

/** The severity of a reader's problem follows from its code and params, wherever it stands. */
function readProblem(
  code: ReadCode,
  place: Problem["place"],
  value: Problem["value"],
  params: Problem["params"]
): Problem {
  return { code, severity: readSeverity(code, params), place, value, params };
}
