/**
 * The cells and layout of a sheet the add-in owns (Aging, Credit Log, Credit Changes, the
 * hidden map): values with their number formats and bold rows as cell styles, column widths,
 * frozen header rows, and the whole part when the sheet is written from scratch.
 */
import type { SheetPlan } from "../../workbook/plan";
import { parseRange, type CellRange } from "../../workbook/plan-address";
import { rowHeightForLines } from "../../workbook/column-fit";
import { cellXml } from "./cell-xml";
import { pageSetupXml, rowBreaksXml, sheetPropertiesXml } from "./print-setup-xml";
import type { CellWrite } from "./sheet-data-patch";
import type { StylesPatch } from "./styles-patch";

interface PendingCell {
  value: SheetPlan["cells"][number][number];
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface OwnedCells {
  rows: Map<number, CellWrite[]>;
  /** The rows and columns written, or null when nothing is. */
  area: CellRange | null;
}

function pendingAt(
  grid: Map<number, Map<number, PendingCell>>,
  row: number,
  column: number
): PendingCell {
  let cells = grid.get(row);
  if (!cells) {
    cells = new Map();
    grid.set(row, cells);
  }
  let cell = cells.get(column);
  if (!cell) {
    cell = { value: null };
    cells.set(column, cell);
  }
  return cell;
}

/** Every cell the plan writes, with its style, row by row in column order. */
export function ownedSheetCells(plan: SheetPlan, styles: StylesPatch, prefix = ""): OwnedCells {
  const grid = new Map<number, Map<number, PendingCell>>();
  plan.cells.forEach((values, offset) =>
    values.forEach((value, index) => {
      pendingAt(grid, plan.startRow + offset, index + 1).value = value;
    })
  );
  for (const header of plan.headerCells ?? [])
    pendingAt(grid, header.row, header.column).value = header.value;
  for (const { range, format } of plan.numberFormats) {
    const { top, left, bottom, right } = parseRange(range);
    for (let row = top; row <= bottom; row += 1)
      for (let column = left; column <= right; column += 1)
        pendingAt(grid, row, column).numberFormat = format;
  }
  const width = plan.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (const row of plan.boldRows)
    for (let column = 1; column <= width; column += 1) pendingAt(grid, row, column).bold = true;
  const wrapped = plan.wrappedHeader;
  if (wrapped && plan.cells[wrapped.row - plan.startRow] !== undefined)
    for (let column = 1; column <= width; column += 1)
      pendingAt(grid, wrapped.row, column).wrap = true;

  const rows = new Map<number, CellWrite[]>();
  let area: CellRange | null = null;
  for (const row of [...grid.keys()].sort((a, b) => a - b)) {
    const cells = grid.get(row) as Map<number, PendingCell>;
    const columns = [...cells.keys()].sort((a, b) => a - b);
    rows.set(
      row,
      columns.map((column) => {
        const cell = cells.get(column) as PendingCell;
        const style = styles.cellStyle({
          numberFormat: cell.numberFormat,
          bold: cell.bold,
          wrap: cell.wrap,
        });
        return { column, xml: cellXml(plan.name, row, column, cell.value, style, prefix) };
      })
    );
    const first = columns[0];
    const last = columns[columns.length - 1];
    area =
      area === null
        ? { top: row, bottom: row, left: first, right: last }
        : {
            top: Math.min(area.top, row),
            bottom: Math.max(area.bottom, row),
            left: Math.min(area.left, first),
            right: Math.max(area.right, last),
          };
  }
  return { rows, area };
}

export function colsXml(widths: readonly number[], prefix = ""): string {
  if (widths.length === 0) return "";
  const columns = widths.map(
    (width, index) =>
      `<${prefix}col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
  );
  return `<${prefix}cols>${columns.join("")}</${prefix}cols>`;
}

export function sheetViewsXml(freezeRows: number, prefix = ""): string {
  const p = prefix;
  if (freezeRows <= 0)
    return `<${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`;
  return (
    `<${p}sheetViews><${p}sheetView workbookViewId="0">` +
    `<${p}pane ySplit="${freezeRows}" topLeftCell="A${freezeRows + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<${p}selection pane="bottomLeft"/></${p}sheetView></${p}sheetViews>`
  );
}

/**
 * The rows of a sheet written from scratch; a wrapped header row is as tall as its lines
 * (`customHeight`: programs do not fit a row to its text when they open a file).
 */
export function rowsXml(
  rows: ReadonlyMap<number, readonly CellWrite[]>,
  heights: ReadonlyMap<number, number> = new Map()
): string {
  const parts: string[] = [];
  for (const [row, cells] of rows) {
    if (cells.length === 0) continue;
    const height = heights.get(row);
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    parts.push(`<row r="${row}"${ht}>${cells.map((cell) => cell.xml).join("")}</row>`);
  }
  return parts.join("");
}

/** The header row's height when its headers wrap. */
export function wrappedRowHeights(plan: SheetPlan): Map<number, number> {
  const wrapped = plan.wrappedHeader;
  return wrapped ? new Map([[wrapped.row, rowHeightForLines(wrapped.lines)]]) : new Map();
}

/** A whole worksheet part for an owned sheet written from scratch. */
export function newWorksheetXml(options: {
  plan: SheetPlan;
  rows: string;
  dimension: string;
  conditionalFormats: string;
  drawingRelationshipId: string | null;
}): string {
  const { plan } = options;
  const drawing =
    options.drawingRelationshipId === null
      ? ""
      : `<drawing r:id="${options.drawingRelationshipId}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    sheetPropertiesXml(plan.print) +
    `<dimension ref="${options.dimension}"/>` +
    sheetViewsXml(plan.freezeRows) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    `<sheetData>${options.rows}</sheetData>` +
    options.conditionalFormats +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetupXml(plan.print) +
    rowBreaksXml(plan.print) +
    drawing +
    "</worksheet>"
  );
}
