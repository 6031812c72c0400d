/**
 * One exceljs worksheet → a `RawSheet`: the rectangle of cells that hold values, their number
 * formats, merged ranges, hidden rows and Excel Tables (ListObjects).
 */
import type { Cell, Worksheet } from "exceljs";
import type { RawCell, RawMerge, RawSheet, RawTableRange } from "../workbook/raw";
import { parseRange } from "./a1";
import { rawCellFromValue } from "./raw-cell";

export const GENERAL_FORMAT = "General";

interface RowCells {
  row: number;
  columns: number[];
  cells: RawCell[];
  formats: string[];
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isBlank(cell: RawCell): boolean {
  return cell === null || cell === "";
}

/** The part of a merged range other than its top-left cell, which alone carries the value. */
function isMergedFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function extendMerge(merges: Map<string, RawMerge>, cell: Cell): void {
  const master = cell.master;
  const merge = merges.get(master.address) ?? { top: Number(master.row), left: Number(master.col), bottom: Number(master.row), right: Number(master.col) };
  merge.top = Math.min(merge.top, Number(cell.row));
  merge.left = Math.min(merge.left, Number(cell.col));
  merge.bottom = Math.max(merge.bottom, Number(cell.row));
  merge.right = Math.max(merge.right, Number(cell.col));
  merges.set(master.address, merge);
}

interface TableModel {
  name: string;
  ref: string;
  headerRow: boolean;
  totalsRow: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * exceljs keeps a loaded table's definition under `.table` with its range as `tableRef`, and a
 * table added in code with `ref` = its top-left cell; the typings describe neither exactly.
 */
function tableModel(entry: unknown): TableModel | null {
  const table: unknown = Array.isArray(entry) ? entry[0] : entry;
  if (!isRecord(table)) return null;
  const model = isRecord(table.table) ? table.table : table;
  const ref = typeof model.tableRef === "string" ? model.tableRef : typeof model.ref === "string" ? model.ref : null;
  if (ref === null || typeof model.name !== "string") return null;
  return { name: model.name, ref, headerRow: model.headerRow !== false, totalsRow: model.totalsRow === true };
}

/** The table's header row and its last data row (a totals row is not data). */
function rawTable(model: TableModel): RawTableRange {
  const range = parseRange(model.ref);
  return {
    name: model.name,
    headerRow: model.headerRow ? range.top : range.top - 1,
    firstColumn: range.left,
    lastColumn: range.right,
    lastRow: model.totalsRow ? range.bottom - 1 : range.bottom,
  };
}

function collectRows(sheet: Worksheet, date1904: boolean, merges: Map<string, RawMerge>, hidden: number[]): { rows: RowCells[]; bounds: Bounds | null } {
  const rows: RowCells[] = [];
  let bounds: Bounds | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const entry: RowCells = { row: rowNumber, columns: [], cells: [], formats: [] };
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged) extendMerge(merges, cell);
      if (isMergedFollower(cell)) return;
      const raw = rawCellFromValue(cell.value, date1904);
      if (isBlank(raw)) return;
      entry.columns.push(columnNumber);
      entry.cells.push(raw);
      entry.formats.push(cell.numFmt || GENERAL_FORMAT);
      bounds = bounds
        ? { top: bounds.top, left: Math.min(bounds.left, columnNumber), bottom: rowNumber, right: Math.max(bounds.right, columnNumber) }
        : { top: rowNumber, left: columnNumber, bottom: rowNumber, right: columnNumber };
    });
    if (entry.columns.length > 0) rows.push(entry);
    if (row.hidden) hidden.push(rowNumber);
  });
  return { rows, bounds };
}

export function rawSheetFromWorksheet(sheet: Worksheet, date1904: boolean): RawSheet {
  const merges = new Map<string, RawMerge>();
  const hiddenRows: number[] = [];
  const { rows, bounds } = collectRows(sheet, date1904, merges, hiddenRows);
  const tables = sheet.getTables().map(tableModel).filter((model): model is TableModel => model !== null).map(rawTable);
  const common = { name: sheet.name, merges: [...merges.values()], tables };
  if (bounds === null) {
    return { ...common, cells: [], numberFormats: [], firstRow: 1, firstColumn: 1, hiddenRows };
  }
  const { top, left, bottom, right } = bounds as Bounds;
  const width = right - left + 1;
  const cells: RawCell[][] = [];
  const numberFormats: string[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    cells.push(new Array<RawCell>(width).fill(null));
    numberFormats.push(new Array<string>(width).fill(GENERAL_FORMAT));
  }
  for (const entry of rows) {
    const cellRow = cells[entry.row - top];
    const formatRow = numberFormats[entry.row - top];
    entry.columns.forEach((column, index) => {
      cellRow[column - left] = entry.cells[index];
      formatRow[column - left] = entry.formats[index];
    });
  }
  return {
    ...common,
    cells,
    numberFormats,
    firstRow: top,
    firstColumn: left,
    hiddenRows: hiddenRows.filter((row) => row >= top && row <= bottom),
  };
}
