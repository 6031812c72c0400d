/**
 * A column most of whose values cannot be read is a column in a form the reader does not know,
 * not a handful of typos: leaving its rows out one by one would give empty totals that look
 * like a result (900 "Net 45" rows once gave "zero receivables"). Such a column stops the
 * review, naming the sheet, the column and one value as an example.
 */
import type { Problem } from "../engine/types";
import type { TableLayout, WorkbookLayout } from "./layout";
import { isBlankCell } from "./parsed";
import { columnLetter } from "./plan-address";
import type { RawWorkbook } from "./raw";
import type { ReadCode } from "./read-problem";
import { READ_CODES } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { gridOf, headerText } from "./sheet-grid";

/** Codes that mean "this value is in a form that cannot be read" (not a blank, not a warning). */
const UNREADABLE_CODES: ReadonlySet<string> = new Set<ReadCode>([
  READ_CODES.notADate,
  READ_CODES.ambiguousDate,
  READ_CODES.twoDigitYear,
  READ_CODES.notANumber,
  READ_CODES.notTerms,
  READ_CODES.notWholeNumber,
  READ_CODES.negativeNumber,
  READ_CODES.tooManyDecimals,
  READ_CODES.ambiguousSeparator,
  READ_CODES.percentNotAllowed,
  READ_CODES.cellError,
  READ_CODES.noResult,
  READ_CODES.notAnId,
  READ_CODES.notYesNo,
  READ_CODES.unknownStatus,
  READ_CODES.unknownWord,
]);

export interface UnreadableColumn {
  role: TableLayout["role"];
  sheet: string;
  field: string;
  /** The header text above the column ("" when there is none). */
  header: string;
  /** Column letter ("I"). */
  column: string;
  unreadable: number;
  /** Non-blank values in the column's data rows. */
  values: number;
  /** The first unreadable value and its cell ("I2"). */
  example: { cell: string; value: string };
  /**
   * "noResult": the values are formulas whose results were not saved (the file was written by a
   * tool that does not calculate); `example` is the first of them. Absent: values in an unknown form.
   */
  cause?: "noResult";
  /** With `cause`: the first row holding such a formula. */
  firstRow?: number;
}

function headerOf(grid: Grid, table: TableLayout, column: number): string {
  return headerText(grid.raw(table.headerRow, column));
}

function nonBlankValues(grid: Grid, table: TableLayout, column: number): number {
  let count = 0;
  for (let row = table.headerRow + 1; row <= table.lastDataRow; row++) {
    if (!isBlankCell(grid.value(row, column))) count++;
  }
  return count;
}

/** Unreadable problems per cell address ("I2") of one sheet. */
function unreadableByCell(problems: readonly Problem[], sheet: string): Map<string, Problem> {
  const byCell = new Map<string, Problem>();
  for (const problem of problems) {
    const cell = problem.place.cell;
    if (problem.place.sheet === sheet && cell !== null && UNREADABLE_CODES.has(problem.code))
      byCell.set(cell, problem);
  }
  return byCell;
}

/**
 * Formulas without saved results in more than one row of a column, or in most of its values:
 * the file was saved without calculating, and every formula the review uses is suspect. One
 * such cell among values is reported on its row (BAD-INPUTS #12).
 */
function unsavedResults(noResults: number, values: number): boolean {
  return noResults > 1 || (noResults > 0 && noResults * 2 > values);
}

function tableColumns(raw: RawWorkbook, table: TableLayout, problems: readonly Problem[]) {
  const byCell = unreadableByCell(problems, table.sheet);
  if (byCell.size === 0) return null;
  const sheet = raw.sheets.find((candidate) => candidate.name === table.sheet);
  if (sheet === undefined) return null;
  const grid = gridOf(sheet);
  for (const [field, column] of Object.entries(table.columns)) {
    if (column === undefined) continue;
    const letter = columnLetter(column);
    let unreadable = 0;
    let noResults = 0;
    let example: Problem | undefined;
    let firstNoResult: Problem | undefined;
    for (let row = table.headerRow + 1; row <= table.lastDataRow; row++) {
      const problem = byCell.get(`${letter}${row}`);
      if (problem === undefined) continue;
      unreadable++;
      example ??= problem;
      if (problem.code === READ_CODES.noResult) {
        noResults++;
        firstNoResult ??= problem;
      }
    }
    if (example === undefined) continue;
    const values = nonBlankValues(grid, table, column);
    const noResult = firstNoResult !== undefined && unsavedResults(noResults, values);
    // Strictly more than half: a column half typos and half values is still reported row by row.
    if (!noResult && unreadable * 2 <= values) continue;
    const shown = noResult ? (firstNoResult as Problem) : example;
    const found: UnreadableColumn = {
      role: table.role,
      sheet: table.sheet,
      field,
      header: headerOf(grid, table, column),
      column: letter,
      unreadable,
      values,
      example: { cell: `${letter}${shown.place.row ?? ""}`, value: shown.value ?? "" },
      ...(noResult
        ? { cause: "noResult" as const, unreadable: noResults, firstRow: shown.place.row ?? 0 }
        : {}),
    };
    return found;
  }
  return null;
}

/** The first column (receivables, then customers, then orders) with more than half unreadable. */
export function findUnreadableColumn(
  raw: RawWorkbook,
  layout: WorkbookLayout,
  problems: readonly Problem[]
): UnreadableColumn | null {
  const tables: TableLayout[] = [layout.receivables, layout.customers];
  if (layout.orders !== null) tables.push(layout.orders);
  for (const table of tables) {
    const found = tableColumns(raw, table, problems);
    if (found !== null) return found;
  }
  return null;
}
