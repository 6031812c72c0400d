/**
 * Problems found while reading a workbook: stable codes and one way to word them, so that every
 * message names the sheet, the cell (row and column), the header and the value.
 */
import type { Problem } from "../engine/types";
import { columnLetter } from "./plan-address";

/** The param of a sheet problem that names the role of the sheet (customers, receivables). */
export const SHEET_ROLE_PARAM = "sheetRole";

export const READ_CODES = {
  sheetMissing: "SHEET_MISSING",
  sheetEmpty: "SHEET_EMPTY",
  sheetNotRead: "SHEET_NOT_READ",
  columnMissing: "COLUMN_MISSING",
  columnAmbiguous: "COLUMN_AMBIGUOUS",
  mappingInvalid: "MAPPING_INVALID",
  columnsUnused: "COLUMNS_UNUSED",
  headerResembles: "HEADER_RESEMBLES",
  missingValue: "MISSING_VALUE",
  missingId: "MISSING_ID",
  notADate: "NOT_A_DATE",
  ambiguousDate: "AMBIGUOUS_DATE",
  twoDigitYear: "TWO_DIGIT_YEAR",
  dateBefore1900: "DATE_BEFORE_1900",
  dateOutOfRange: "DATE_OUT_OF_RANGE",
  notANumber: "NOT_A_NUMBER",
  notTerms: "NOT_TERMS",
  notWholeNumber: "NOT_A_WHOLE_NUMBER",
  negativeNumber: "NEGATIVE_NUMBER",
  tooManyDecimals: "TOO_MANY_DECIMALS",
  ambiguousSeparator: "AMBIGUOUS_SEPARATOR",
  amountRounded: "AMOUNT_ROUNDED",
  numberTooLarge: "NUMBER_TOO_LARGE",
  percentNotAllowed: "PERCENT_NOT_ALLOWED",
  cellError: "CELL_ERROR",
  noResult: "FORMULA_NO_RESULT",
  idPrecisionLost: "ID_PRECISION_LOST",
  notAnId: "NOT_AN_ID",
  idLeadingZeros: "ID_LEADING_ZEROS",
  notYesNo: "NOT_YES_NO",
  unknownStatus: "UNKNOWN_STATUS",
  unknownWord: "UNKNOWN_WORD",
  textTruncated: "TEXT_TRUNCATED",
  currencyConflict: "CURRENCY_CONFLICT",
  paidOpenMismatch: "PAID_OPEN_MISMATCH",
  mergedCells: "MERGED_CELLS",
  hiddenRows: "HIDDEN_ROWS",
  totalRowSkipped: "TOTAL_ROW_SKIPPED",
  rowsBelowTable: "ROWS_BELOW_TABLE",
  unknownPolicyKey: "UNKNOWN_POLICY_KEY",
  policyValue: "POLICY_VALUE",
  policyInvalid: "POLICY_INVALID",
  logRow: "LOG_ROW_UNREADABLE",
  ownedMapUnreadable: "OUTPUT_MAP_UNREADABLE",
  ordersSheetNotUsed: "ORDERS_SHEET_NOT_USED",
  groupHeaderRow: "GROUP_HEADER_ROW",
} as const;
export type ReadCode = (typeof READ_CODES)[keyof typeof READ_CODES];

/** Long values are cut in messages so that one bad cell does not flood the report. */
const SHOWN_VALUE_MAX = 60;

export function shownValue(value: string): string {
  return value.length > SHOWN_VALUE_MAX ? `${value.slice(0, SHOWN_VALUE_MAX)}…` : value;
}

/** One cell's problem: `Receivables!F12 (Amount) "12,3x": not a number`. */
export function cellProblem(
  sheet: string,
  row: number,
  column: number,
  header: string,
  value: string | null,
  code: ReadCode,
  reason: string,
  params?: Problem["params"]
): Problem {
  const shown = value === null ? "" : ` "${shownValue(value)}"`;
  const label = header.length > 0 ? ` (${header})` : "";
  // The place in parts, so that the sentence can be worded again in another language.
  const place: Record<string, string | number> = { cell: `${columnLetter(column)}${row}` };
  if (header.length > 0) place.header = header;
  if (value !== null) place.shown = shownValue(value);
  return {
    sheet,
    row,
    column: header.length > 0 ? header : columnLetter(column),
    value,
    code,
    message: `${sheet}!${columnLetter(column)}${row}${label}${shown}: ${reason}`,
    params: { ...params, ...place },
  };
}

/** A problem about a whole sheet (or the whole workbook when `sheet` is empty). */
export function sheetProblem(
  sheet: string,
  code: ReadCode,
  message: string,
  params?: Problem["params"]
): Problem {
  const problem: Problem = { sheet, row: null, column: null, value: null, code, message };
  if (params !== undefined) problem.params = params;
  return problem;
}
