/**
 * The extent of a user's table and a walk over its data rows: blank rows are skipped (the used
 * range is not the data range, BAD-INPUTS #16), what sits below the table after a blank row is
 * left unread and said once (see table-end.ts), a totals row at the bottom is skipped and said
 * once, hidden or filtered rows are read like any other and counted (BAD-INPUTS #15), and merged
 * ranges in the data are reported once per sheet (BAD-INPUTS #14).
 */
import type { Problem } from "../engine/types";
import type { HeaderCandidate } from "./detect-table";
import { isBlankCell } from "./parsed";
import { rangeAddress } from "./plan-address";
import { READ_CODES, sheetProblem } from "./read-problem";
import type { ReadingConditions, SheetContext } from "./row-reader";
import { sheetContext } from "./row-reader";
import type { Grid } from "./sheet-grid";
import type { RowSpan, TableEndRule } from "./table-end";
import { endsTable } from "./table-end";
import { isTotalLabel } from "./total-label";

export interface TableExtent {
  headerRow: number;
  firstColumn: number;
  lastUserColumn: number;
  lastDataRow: number;
}

/** A sentence about one thing reads differently in English: its params name the "one" variant. */
function pluralParams(
  count: number,
  params: Record<string, string | number>
): Record<string, string | number> {
  return count === 1 ? { ...params, variant: "one" } : params;
}

/** A table found on a sheet: what its data rows are read by, and where they end. */
export interface FramedTable {
  extent: TableExtent;
  /** Filled rows below the table that are not table data (null: none): said once. */
  rowsBelow: RowSpan | null;
  /** The candidate's headers by column, which name the cells of problems. */
  headers: ReadonlyMap<number, string>;
  /** The columns read: a row is blank when all of them are. */
  columns: readonly number[];
  /** The id column, where a totals label would sit. */
  idColumn: number | undefined;
}

export function tableExtent(
  grid: Grid,
  candidate: HeaderCandidate,
  columns: Record<string, number>,
  isOwnedColumn: (column: number) => boolean,
  endRule: TableEndRule
): FramedTable {
  const headerRow = candidate.headerRow;
  const used = [...candidate.headers.keys(), ...Object.values(columns)];
  const firstColumn = used.length > 0 ? Math.min(...used) : candidate.firstColumn;
  const lastRowBound = Math.min(candidate.lastRow, grid.lastRow);
  const tableColumns: number[] = [];
  for (let column = firstColumn; column <= candidate.lastColumn; column++)
    if (!isOwnedColumn(column)) tableColumns.push(column);
  // An Excel Table's range says where it ends; a scanned table ends at what follows a blank row.
  const scanned = candidate.tableName === null;
  let lastUserColumn = used.length > 0 ? Math.max(...used) : firstColumn;
  let lastDataRow = headerRow;
  let rowsBelow: RowSpan | null = null;
  let afterBlank = false;
  for (let row = headerRow + 1; row <= lastRowBound; row++) {
    const lastFilled = lastFilledColumn(grid, row, tableColumns);
    if (lastFilled === null) {
      afterBlank = true;
      continue;
    }
    if (rowsBelow !== null) {
      rowsBelow.last = row;
      continue;
    }
    if (scanned && afterBlank && endsTable(grid, row, tableColumns, endRule)) {
      rowsBelow = { first: row, last: row };
      continue;
    }
    afterBlank = false;
    if (lastFilled > lastUserColumn) lastUserColumn = lastFilled;
    lastDataRow = row;
  }
  if (!scanned) {
    for (let column = candidate.lastColumn; column > lastUserColumn; column--) {
      if (!isOwnedColumn(column)) {
        lastUserColumn = column;
        break;
      }
    }
  }
  return {
    extent: { headerRow, firstColumn, lastUserColumn, lastDataRow },
    rowsBelow,
    headers: candidate.headers,
    columns: Object.values(columns),
    idColumn: endRule.idColumn,
  };
}

/** From the right: the first filled cell gives both the row's last column and "not blank". */
function lastFilledColumn(grid: Grid, row: number, columns: readonly number[]): number | null {
  for (let i = columns.length - 1; i >= 0; i--) {
    if (!isBlankCell(grid.raw(row, columns[i]))) return columns[i];
  }
  return null;
}

/**
 * Each data row of the table mapped by `mapRow`, the rows it maps to null left out; the hidden
 * rows, totals rows, rows below the table and merges in the data are said once.
 */
export function readDataRows<Row>(
  grid: Grid,
  table: FramedTable,
  conditions: ReadingConditions,
  mapRow: (context: SheetContext, row: number) => Row | null
): Row[] {
  return readDataRowsBy(grid, table, conditions, (context) => (row) => mapRow(context, row));
}

/**
 * `readDataRows` with a row reader made once for the sheet's context (`readerFor`), for readers
 * that bind parsers to the sheet's columns before the first row rather than on every row.
 */
export function readDataRowsBy<Row>(
  grid: Grid,
  table: FramedTable,
  conditions: ReadingConditions,
  readerFor: (context: SheetContext) => (row: number) => Row | null
): Row[] {
  const { extent, columns, idColumn } = table;
  const sheet = grid.sheet.name;
  const problems = conditions.problems;
  const mapRow = readerFor(sheetContext(grid, table.headers, conditions));
  const rows: Row[] = [];
  const hidden = new Set(grid.sheet.hiddenRows ?? []);
  let hiddenCount = 0;
  const totalRows: number[] = [];
  for (let row = extent.headerRow + 1; row <= extent.lastDataRow; row++) {
    let blank = true;
    for (const column of columns) {
      if (!isBlankCell(grid.value(row, column))) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    if (idColumn !== undefined && isTotalLabel(grid.value(row, idColumn))) {
      totalRows.push(row);
      continue;
    }
    if (hidden.has(row)) hiddenCount++;
    const mapped = mapRow(row);
    if (mapped !== null) rows.push(mapped);
  }
  if (hiddenCount > 0) {
    problems.push(
      sheetProblem(sheet, READ_CODES.hiddenRows, pluralParams(hiddenCount, { count: hiddenCount }))
    );
  }
  if (totalRows.length > 0) {
    problems.push(
      sheetProblem(
        sheet,
        READ_CODES.totalRowSkipped,
        pluralParams(totalRows.length, { rows: totalRows.join(", ") })
      )
    );
  }
  if (table.rowsBelow !== null) reportRowsBelow(sheet, table.rowsBelow, problems);
  reportMerges(grid, extent, problems);
  return rows;
}

function reportRowsBelow(sheet: string, span: RowSpan, problems: Problem[]): void {
  const one = span.first === span.last;
  const rows = one ? String(span.first) : `${span.first}–${span.last}`;
  problems.push(
    sheetProblem(sheet, READ_CODES.rowsBelowTable, pluralParams(one ? 1 : 2, { rows }))
  );
}

function reportMerges(grid: Grid, extent: TableExtent, problems: Problem[]): void {
  const inData = (grid.sheet.merges ?? []).filter(
    (merge) =>
      merge.bottom > extent.headerRow &&
      merge.top <= extent.lastDataRow &&
      merge.right >= extent.firstColumn &&
      merge.left <= extent.lastUserColumn
  );
  if (inData.length === 0) return;
  const first = inData[0];
  const firstRange = rangeAddress(first.top, first.left, first.bottom, first.right);
  problems.push(
    sheetProblem(
      grid.sheet.name,
      READ_CODES.mergedCells,
      pluralParams(inData.length, { count: inData.length, first: firstRange })
    )
  );
}
