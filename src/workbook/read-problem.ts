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
  return {
    code,
    severity: readSeverity(code, params),
    place: {
      sheet,
      row,
      cell: `${columnLetter(column)}${row}`,
      header: header.length > 0 ? header : null,
      field: null,
    },
    value,
    params,
  };
}

/** A problem about a whole sheet (or the whole workbook when `sheet` is empty). */
export function sheetProblem(
  sheet: string,
  code: ReadCode,
  params: Problem["params"] = {}
): Problem {
  return {
    code,
    severity: readSeverity(code, params),
    place: { sheet, row: null, cell: null, header: null, field: null },
    value: null,
    params,
  };
}
