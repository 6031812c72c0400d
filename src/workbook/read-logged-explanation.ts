/**
 * The explanation columns at the end of a Credit Log row (see plan-credit-log.ts) → a
 * `LoggedExplanation`. A row written before those columns existed has its base source blank and
 * gives none. An explanation cell that cannot be read is reported by sheet, row and column; the
 * log row is still used, only without its explanation (its later change is then not explained).
 */
import type { LimitExplanation, Problem } from "../engine/types";
import { FACTOR_KEYS } from "../engine/types";
import type { LoggedExplanation } from "./logged-explanation";
import { parseLoggedAmount } from "./parse-logged-amount";
import { parseNumberCell } from "./parse-number";
import type { Parsed } from "./parsed";
import { cellText, isBlankCell, parseFailure, parsedValue } from "./parsed";
import type { CreditLogColumn } from "./plan-credit-log";
import { CREDIT_LOG_COLUMNS, ratingColumn } from "./plan-credit-log";
import type { RawCell } from "./raw";
import { READ_CODES, cellProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { normaliseCellText } from "./text-normalise";

/** The `consequence` param of a problem that drops only a row's explanation. */
const EXPLANATION_LEFT_OUT = "explanationLeftOut";

const BASE_SOURCES: readonly LimitExplanation["baseSource"][] = ["orders", "newCustomer"];

function columnOf(column: CreditLogColumn): number {
  return CREDIT_LOG_COLUMNS.indexOf(column) + 1;
}

function baseSource(cell: RawCell): Parsed<LimitExplanation["baseSource"]> {
  const text = typeof cell === "string" ? normaliseCellText(cell) : "";
  const found = BASE_SOURCES.find((source) => source === text);
  return found === undefined
    ? parseFailure(READ_CODES.logRow, {
        variant: "notABaseSource",
      })
    : parsedValue(found);
}

/** Undefined for a row without the columns or with one that cannot be read (then reported). */
export function readLoggedExplanation(
  grid: Grid,
  row: number,
  problems: Problem[],
  minorPerUnit: number
): LoggedExplanation | undefined {
  if (isBlankCell(grid.value(row, columnOf("baseSource")))) return undefined;
  let usable = true;
  const field = <T>(
    column: CreditLogColumn,
    parse: (cell: RawCell) => Parsed<T>,
    optional: boolean
  ): T | null => {
    const cell = grid.value(row, columnOf(column));
    if (isBlankCell(cell)) {
      if (!optional) {
        usable = false;
        problems.push(
          cellProblem(
            grid.sheet.name,
            row,
            columnOf(column),
            column,
            null,
            READ_CODES.missingValue,
            { variant: "logField", consequence: EXPLANATION_LEFT_OUT }
          )
        );
      }
      return null;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    usable = false;
    problems.push(
      cellProblem(grid.sheet.name, row, columnOf(column), column, cellText(cell), parsed.code, {
        ...parsed.params,
        consequence: EXPLANATION_LEFT_OUT,
      })
    );
    return null;
  };
  const number = (cell: RawCell) => parseNumberCell(cell);
  const amount = (cell: RawCell) => parseLoggedAmount(cell, minorPerUnit);
  const limitBase = field("limitBase", amount, false);
  const source = field("baseSource", baseSource, false);
  const multiplier = field("multiplier", number, false);
  const bandMinScore = field("bandMinScore", number, true);
  const limitWorkingCapital = field("limitWorkingCapital", amount, true);
  const ratings: LoggedExplanation["ratings"] = {};
  for (const key of FACTOR_KEYS) ratings[key] = field(ratingColumn(key), number, true);
  if (!usable || limitBase === null || source === null || multiplier === null) return undefined;
  return { limitBase, baseSource: source, multiplier, bandMinScore, limitWorkingCapital, ratings };
}
