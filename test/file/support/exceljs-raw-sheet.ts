/**
 * The tests' independent oracle for reading, sheet by sheet: one exceljs worksheet → a `RawSheet`: the rectangle of cells that hold values, their number
 * formats, merged ranges, hidden rows and Excel Tables (ListObjects).
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { GENERAL_FORMAT, rawTableRange, SheetBuilder } from "../../../src/file/sheet-builder";
import type { RawMerge, RawSheet, RawWorkbook } from "../../../src/workbook/raw";
import { rawCellFromValue } from "./exceljs-raw-cell";

/** The part of a merged range other than its top-left cell, which alone carries the value. */
function isMergedFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function extendMerge(merges: Map<string, RawMerge>, cell: Cell): void {
  const master = cell.master;
  const [row, column] = [Number(cell.row), Number(cell.col)];
  const merge = merges.get(master.address) ?? {
    top: Number(master.row),
    left: Number(master.col),
    bottom: Number(master.row),
    right: Number(master.col),
  };
  merges.set(master.address, {
    top: Math.min(merge.top, row),
    left: Math.min(merge.left, column),
    bottom: Math.max(merge.bottom, row),
    right: Math.max(merge.right, column),
  });
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
  const ref =
    typeof model.tableRef === "string"
      ? model.tableRef
      : typeof model.ref === "string"
        ? model.ref
        : null;
  if (ref === null || typeof model.name !== "string") return null;
  return {
    name: model.name,
    ref,
    headerRow: model.headerRow !== false,
    totalsRow: model.totalsRow === true,
  };
}

export function rawSheetFromWorksheet(sheet: Worksheet, date1904: boolean): RawSheet {
  const builder = new SheetBuilder();
  const merges = new Map<string, RawMerge>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) builder.hideRow(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged) extendMerge(merges, cell);
      if (isMergedFollower(cell)) return;
      builder.add(
        rowNumber,
        columnNumber,
        rawCellFromValue(cell.value, date1904),
        cell.numFmt || GENERAL_FORMAT
      );
    });
  });
  for (const merge of merges.values()) builder.addMerge(merge);
  for (const entry of sheet.getTables()) {
    const model = tableModel(entry);
    if (model)
      builder.addTable(
        rawTableRange(model.name, model.ref, model.headerRow ? 1 : 0, model.totalsRow ? 1 : 0)
      );
  }
  return { ...builder.build(sheet.name), visibility: sheet.state ?? "visible" };
}

/** An exceljs workbook → the `RawWorkbook` the package-XML reader must give for the same file. */
export function rawWorkbookFromExcelJs(workbook: Workbook): RawWorkbook {
  const date1904 = workbook.properties?.date1904 === true;
  return {
    sheets: workbook.worksheets.map((sheet) => rawSheetFromWorksheet(sheet, date1904)),
    date1904,
  };
}
