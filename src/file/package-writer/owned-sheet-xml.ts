/**
 * The cells and layout of a sheet the add-in owns (Aging, Credit Log, Credit Changes, the
 * hidden map): values with their number formats and bold rows as cell styles, column widths,
 * frozen header rows, and the whole part when the sheet is written from scratch.
 */
import type { SheetPlan } from "../../workbook/plan";
import { parseRange, type CellRange } from "../../workbook/plan-address";
import { rowHeightForLines } from "../../workbook/column-fit";
import { cellXml } from "./cell-xml";
import { ownedSheetArea, planWidth } from "./owned-sheet-area";
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

/** Each row's cells by column (index = column; holes where nothing is written), so no column sort is needed. */
type PendingGrid = Map<number, (PendingCell | undefined)[]>;

function pendingAt(grid: PendingGrid, row: number, column: number): PendingCell {
  let cells = grid.get(row);
  if (!cells) {
    cells = [];
    grid.set(row, cells);
  }
  let cell = cells[column];
  if (!cell) {
    cell = { value: null };
    cells[column] = cell;
  }
  return cell;
}

/**
 * The cell format index per (number format, bold, wrap), asked of the styles once per
 * combination: a sheet has a handful of them and tens of thousands of cells.
 */
function styleMemo(styles: StylesPatch): (cell: PendingCell) => number {
  const byFormat = new Map<string | undefined, number[]>();
  return (cell) => {
    let styleIds = byFormat.get(cell.numberFormat);
    if (!styleIds) {
      styleIds = [];
      byFormat.set(cell.numberFormat, styleIds);
    }
    const slot = (cell.bold === true ? 2 : 0) + (cell.wrap === true ? 1 : 0);
    return (styleIds[slot] ??= styles.cellStyle({
      numberFormat: cell.numberFormat,
      bold: cell.bold,
      wrap: cell.wrap,
    }));
  };
}

/**
 * Every cell the plan writes, with its style, row by row in column order. A blank cell with no
 * style is left out: it would say nothing an absent cell does not (a replaced or cleared range
 * holds no older cell there), and the Letters sheet has thousands of them.
 */
export function ownedSheetCells(plan: SheetPlan, styles: StylesPatch, prefix = ""): OwnedCells {
  const grid: PendingGrid = new Map();
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
  const width = planWidth(plan);
  for (const row of plan.boldRows)
    for (let column = 1; column <= width; column += 1) pendingAt(grid, row, column).bold = true;
  const wrapped = plan.wrappedHeader;
  if (wrapped && plan.cells[wrapped.row - plan.startRow] !== undefined)
    for (let column = 1; column <= width; column += 1)
      pendingAt(grid, wrapped.row, column).wrap = true;

  const styleOf = styleMemo(styles);
  const rows = new Map<number, CellWrite[]>();
  for (const row of [...grid.keys()].sort((a, b) => a - b)) {
    const cells = grid.get(row) as (PendingCell | undefined)[];
    const writes: CellWrite[] = [];
    cells.forEach((cell, column) => {
      if (cell === undefined) return;
      const style = styleOf(cell);
      if (cell.value === null && style === 0) return;
      writes.push({ column, xml: cellXml(plan.name, row, column, cell.value, style, prefix) });
    });
    rows.set(row, writes);
  }
  return { rows, area: ownedSheetArea(plan) };
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
