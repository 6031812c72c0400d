/**
 * The Credit Log sheet → `LogEntry` rows, for the periodic review's comparison (§10). Columns are
 * identified by POSITION (`CREDIT_LOG_COLUMNS` of the plan that writes the log), never by their
 * headers, which are in whatever language each review ran in. Rows above the first dated row
 * (the header) are skipped; a later row that cannot be read is reported and left out.
 * Review dates are read in the workbook's date system, the one the review wrote them in.
 */
import type { Grade, Problem, ReasonCode, Status } from "../engine/types";
import type { LogEntry } from "./layout";
import { REASON_CODES } from "../engine/types";
import { parseLoggedAmount } from "./parse-logged-amount";
import { readLoggedExplanation } from "./read-logged-explanation";
import { parseDateCell, type DateContext } from "./parse-date";
import { parseIdCell } from "./parse-id";
import { parseCountCell, parseNumberCell } from "./parse-number";
import { parseTextCell } from "./parse-text";
import type { Parsed } from "./parsed";
import { cellText, isBlankCell, parseFailure, parsedValue } from "./parsed";
import type { CreditLogColumn } from "./plan-credit-log";
import { CREDIT_LOG_COLUMNS } from "./plan-credit-log";
import type { RawCell, RawSheet } from "./raw";
import type { ReadCode } from "./read-problem";
import { READ_CODES, cellProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { gridOf } from "./sheet-grid";
import { normaliseCellText } from "./text-normalise";

export interface CreditLogRead {
  entries: LogEntry[];
  problems: Problem[];
}

const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
const STATUSES: readonly Status[] = ["OK", "REDUCE", "SUSPEND"];
const KNOWN_REASON_CODES = new Set<string>(REASON_CODES);
const CODE_SEPARATOR = /[,，;；]/;

/** The `consequence` param of a problem that leaves a log row out. */
const LOG_ROW_LEFT_OUT = "logRowLeftOut";

/** 1-based worksheet column of a log column (the log starts in column A). */
function columnOf(column: CreditLogColumn): number {
  return CREDIT_LOG_COLUMNS.indexOf(column) + 1;
}

/** `date1904`: the workbook counts days from 1904 (its log dates are 1,462 lower). */
export function readCreditLog(
  sheet: RawSheet,
  date1904: boolean,
  minorPerUnit: number
): CreditLogRead {
  const grid = gridOf(sheet);
  const dates = { date1904, dayOrder: null };
  const problems: Problem[] = [];
  const entries: LogEntry[] = [];
  let seenData = false;
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    if (rowIsBlank(grid, row)) continue;
    const date = parseDateCell(grid.value(row, columnOf("reviewDate")), dates);
    // Above the first dated row: the header row (or a title); not an error.
    if (!seenData && !date.ok) continue;
    seenData = true;
    const entry = readRow(grid, row, problems, dates, minorPerUnit);
    if (entry) entries.push(entry);
  }
  return { entries, problems };
}

function rowIsBlank(grid: Grid, row: number): boolean {
  for (let column = 1; column <= CREDIT_LOG_COLUMNS.length; column++) {
    if (!isBlankCell(grid.value(row, column))) return false;
  }
  return true;
}

function readRow(
  grid: Grid,
  row: number,
  problems: Problem[],
  dates: DateContext,
  minorPerUnit: number
): LogEntry | null {
  let usable = true;
  const field = <T>(
    column: CreditLogColumn,
    parse: (cell: RawCell) => Parsed<T>,
    optional = false
  ): T | null => {
    const cell = grid.value(row, columnOf(column));
    if (isBlankCell(cell)) {
      if (!optional)
        fail(column, cell, READ_CODES.missingValue, {
          variant: "logField",
          consequence: LOG_ROW_LEFT_OUT,
        });
      return null;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    fail(column, cell, parsed.code, {
      ...parsed.params,
      consequence: LOG_ROW_LEFT_OUT,
    });
    return null;
  };
  const fail = (
    column: CreditLogColumn,
    cell: RawCell,
    code: ReadCode,
    params: Problem["params"]
  ): void => {
    usable = false;
    problems.push(
      cellProblem(grid.sheet.name, row, columnOf(column), column, cellText(cell), code, params)
    );
  };

  const reviewDate = field("reviewDate", (cell) => parseDateCell(cell, dates));
  const policyVersion = field("policyVersion", parseTextCell);
  const customerId = field("customerId", parseIdCell);
  const customerName = field("customerName", parseTextCell, true) ?? "";
  const score = field("score", parseNumberCell, true);
  const grade = field("grade", (cell) => oneOf(cell, GRADES, "notAGrade"), true);
  const creditLimit = field("creditLimit", (cell) => parseLoggedAmount(cell, minorPerUnit));
  const termsDays = field("termsDays", parseCountCell);
  const status = field("statusCode", (cell) => oneOf(cell, STATUSES, "notAStatus"));
  const reasons = readReasons(grid, row, problems);
  const explanation = readLoggedExplanation(grid, row, problems, minorPerUnit);
  if (!usable || reviewDate === null || policyVersion === null || customerId === null) return null;
  if (creditLimit === null || termsDays === null || status === null) return null;
  return {
    reviewDate,
    policyVersion,
    customerId,
    customerName,
    score,
    grade,
    creditLimit,
    termsDays,
    status,
    reasons,
    ...(explanation === undefined ? {} : { explanation }),
  };
}

function oneOf<T extends string>(cell: RawCell, allowed: readonly T[], variant: string): Parsed<T> {
  const text = typeof cell === "string" ? normaliseCellText(cell).toUpperCase() : "";
  const found = allowed.find((value) => value === text);
  return found === undefined ? parseFailure(READ_CODES.logRow, { variant }) : parsedValue(found);
}

/** Known reason codes in their order; unknown ones are reported and dropped (the row stays). */
function readReasons(grid: Grid, row: number, problems: Problem[]): ReasonCode[] {
  const column = columnOf("reasonCodes");
  const cell = grid.value(row, column);
  if (isBlankCell(cell) || typeof cell !== "string") return [];
  const codes = cell
    .split(CODE_SEPARATOR)
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
  const unknown = codes.filter((code) => !KNOWN_REASON_CODES.has(code));
  if (unknown.length > 0) {
    problems.push(
      cellProblem(grid.sheet.name, row, column, "reasonCodes", cell, READ_CODES.logRow, {
        variant: unknown.length === 1 ? "unknownReason" : "unknownReasons",
        codes: unknown.join(", "),
      })
    );
  }
  return codes.filter((code): code is ReasonCode => KNOWN_REASON_CODES.has(code));
}
