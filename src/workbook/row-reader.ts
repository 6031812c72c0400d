/**
 * Reading one field of one row: a blank cell is "absent", a readable cell its value, and an
 * unreadable cell `UNUSABLE` with a problem naming the sheet, cell, header and value. Warnings
 * (a rounded amount, cut text) are reported and the value is used.
 */
import type { Problem, SerialDate } from "../engine/types";
import { columnDecimalMark } from "./decimal-convention";
import type { DecimalMark } from "./parse-decimal";
import type { DateContext } from "./parse-date";
import { parseDateCell } from "./parse-date";
import type { Money } from "./parse-money";
import { parseMoneyCell } from "./parse-money";
import { parseNumberCell } from "./parse-number";
import type { Parsed } from "./parsed";
import { cellText, isBlankCell } from "./parsed";
import type { RawCell } from "./raw";
import type { ReadCode } from "./read-problem";
import { cellProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";

export const UNUSABLE: unique symbol = Symbol("unusable");
export type Field<T> = T | undefined | typeof UNUSABLE;

/** A field that was there and could be read. */
export function present<T>(value: Field<T>): value is T {
  return value !== undefined && value !== UNUSABLE;
}

/** Text that is there and not only spaces. */
export function filledText(value: Field<string>): value is string {
  return present(value) && value.length > 0;
}

/** What happens to a row or value after a problem, appended to the reason. */
export const CONSEQUENCE = {
  rowLeftOut: "the row is left out",
  valueIgnored: "the value is not used",
  rowKept: "the row is still used",
} as const;
type ConsequenceKey = keyof typeof CONSEQUENCE;
export type Consequence = (typeof CONSEQUENCE)[ConsequenceKey];

/**
 * The key each consequence is worded by in other languages (the `consequence` param): its name in
 * CONSEQUENCE, read off that table so that a new consequence cannot lack a key.
 */
export const CONSEQUENCE_KEY = Object.fromEntries(
  Object.entries(CONSEQUENCE).map(([key, sentence]) => [sentence, key])
  // Object.entries loses the key and value types; the inversion restores them exactly.
) as Readonly<Record<Consequence, ConsequenceKey>>;

export interface SheetContext {
  sheet: string;
  grid: Grid;
  headers: ReadonlyMap<number, string>;
  problems: Problem[];
  /** Cell parsers bound to the workbook's date system and the currency, made once per sheet. */
  parseDate: (cell: RawCell) => Parsed<SerialDate>;
  /** Amounts of a column, text read by the decimal mark the column shows (decimal-convention.ts). */
  moneyIn: (column: number | undefined) => (cell: RawCell) => Parsed<Money>;
  /** Numbers of a column, text read by the decimal mark the column shows. */
  numberIn: (column: number | undefined) => (cell: RawCell) => Parsed<number>;
  minorPerUnit: number;
}

/** What every reader of a sheet shares: where problems go, the date system and the currency. */
export interface ReadingConditions {
  problems: Problem[];
  dates: DateContext;
  minorPerUnit: number;
}

/** The context of reading the rows of `grid` under the headers a candidate table found. */
export function sheetContext(
  grid: Grid,
  headers: ReadonlyMap<number, string>,
  { problems, dates, minorPerUnit }: ReadingConditions
): SheetContext {
  const sheet = grid.sheet.name;
  const marks = new Map<number, DecimalMark | null>();
  const markOf = (column: number | undefined): DecimalMark | null => {
    if (column === undefined) return null;
    let mark = marks.get(column);
    if (mark === undefined) {
      mark = columnDecimalMark(columnCells(grid, column));
      marks.set(column, mark);
    }
    return mark;
  };
  return {
    sheet,
    grid,
    headers,
    problems,
    parseDate: (cell) => parseDateCell(cell, dates),
    moneyIn: (column) => {
      const mark = markOf(column);
      return (cell) => parseMoneyCell(cell, minorPerUnit, mark);
    },
    numberIn: (column) => {
      const mark = markOf(column);
      return (cell) => parseNumberCell(cell, mark);
    },
    minorPerUnit,
  };
}

/** Every cell of a column, header included: a header is not a number, so it shows no mark. */
function* columnCells(grid: Grid, column: number): Generator<RawCell> {
  for (let row = grid.firstRow; row <= grid.lastRow; row++) yield grid.value(row, column);
}

export function report(
  context: SheetContext,
  row: number,
  column: number,
  cell: RawCell,
  code: ReadCode,
  params?: Problem["params"]
): void {
  const header = context.headers.get(column) ?? "";
  context.problems.push(
    cellProblem(context.sheet, row, column, header, cellText(cell), code, params)
  );
}

/** One row of a sheet → its domain row, or null when the row is left out (its problems reported). */
export type RowMapper<Row, Field extends string> = (
  context: SheetContext,
  row: number,
  columns: Partial<Record<Field, number>>
) => Row | null;

export function readField<T>(
  context: SheetContext,
  row: number,
  column: number | undefined,
  parse: (cell: RawCell) => Parsed<T>,
  consequence: Consequence
): Field<T> {
  if (column === undefined) return undefined;
  const cell = context.grid.value(row, column);
  return isBlankCell(cell) ? undefined : parsedCell(context, row, column, cell, parse, consequence);
}

/** Like `readField` for a cell that must be there: a blank one goes to `parse` too, which says why it is missing. */
export function readCell<T>(
  context: SheetContext,
  row: number,
  column: number,
  parse: (cell: RawCell) => Parsed<T>,
  consequence: Consequence
): T | typeof UNUSABLE {
  return parsedCell(context, row, column, context.grid.value(row, column), parse, consequence);
}

/** A cell's value, or `UNUSABLE` with the problem reported; a warning is reported and the value used. */
function parsedCell<T>(
  context: SheetContext,
  row: number,
  column: number,
  cell: RawCell,
  parse: (cell: RawCell) => Parsed<T>,
  consequence: Consequence
): T | typeof UNUSABLE {
  const parsed = parse(cell);
  if (!parsed.ok) {
    report(context, row, column, cell, parsed.code, {
      ...parsed.params,
      consequence: CONSEQUENCE_KEY[consequence],
    });
    return UNUSABLE;
  }
  if (parsed.warning)
    report(context, row, column, cell, parsed.warning.code, parsed.warning.params);
  return parsed.value;
}
