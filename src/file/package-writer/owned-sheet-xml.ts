/**
 * The cells and layout of a sheet the add-in owns (Aging, Credit Log, Credit Changes, the
 * hidden map): values with their number formats and bold rows as cell styles, column widths,
 * frozen header rows, and the whole part when the sheet is written from scratch.
 */
import type { SheetPlan } from "../../workbook/plan";
import { parseRange } from "../../workbook/plan-address";
import { rowHeightForLines } from "../../workbook/column-fit";
import { cellXml } from "./cell-xml";
import { planWidth } from "./owned-sheet-area";
import { pageSetupXml, rowBreaksXml, sheetPropertiesXml } from "./print-setup-xml";
import type { CellWrite } from "./sheet-data-patch";
import type { StylesPatch } from "./styles-patch";

export interface OwnedCells {
  rows: Map<number, CellWrite[]>;
}

/*
 * What the plan asks of each cell, packed in one small integer so that a sheet of tens of
 * thousands of cells allocates no object per cell: written at all, bold, wrapped, and which
 * number format (its index in the plan's formats plus one, above the three flag bits).
 */
const WRITTEN = 1;
const BOLD = 2;
const WRAP = 4;
const FORMAT_SHIFT = 3;

/** Each row's packed cells by column (index = column; holes where nothing is written). */
type PendingGrid = Map<number, number[]>;

function rowOf(grid: PendingGrid, row: number): number[] {
  let cells = grid.get(row);
  if (!cells) {
    cells = [];
    grid.set(row, cells);
  }
  return cells;
}

/** The flags and number format of every cell the plan writes (the last format covering a cell wins, as the appliers apply them in order). */
function pendingGrid(plan: SheetPlan, formats: Map<string, number>): PendingGrid {
  const grid: PendingGrid = new Map();
  plan.cells.forEach((values, offset) => {
    const cells = rowOf(grid, plan.startRow + offset);
    for (let column = 1; column <= values.length; column += 1) cells[column] = WRITTEN;
  });
  for (const { row, column } of plan.headerCells ?? []) rowOf(grid, row)[column] |= WRITTEN;
  for (const { range, format } of plan.numberFormats) {
    let index = formats.get(format);
    if (index === undefined) {
      index = formats.size + 1;
      formats.set(format, index);
    }
    const packed = WRITTEN | (index << FORMAT_SHIFT);
    const { top, left, bottom, right } = parseRange(range);
    for (let row = top; row <= bottom; row += 1) {
      const cells = rowOf(grid, row);
      for (let column = left; column <= right; column += 1)
        cells[column] = ((cells[column] ?? 0) & (BOLD | WRAP)) | packed;
    }
  }
  const width = planWidth(plan);
  const flag = (row: number, bit: number) => {
    const cells = rowOf(grid, row);
    for (let column = 1; column <= width; column += 1) cells[column] |= WRITTEN | bit;
  };
  for (const row of plan.boldRows) flag(row, BOLD);
  const wrapped = plan.wrappedHeader;
  if (wrapped && plan.cells[wrapped.row - plan.startRow] !== undefined) flag(wrapped.row, WRAP);
  return grid;
}

/**
 * Calls `write` with the XML of every cell the plan writes, row by row in column order. A blank
 * cell with no style is left out: it would say nothing an absent cell does not (a replaced or
 * cleared range holds no older cell there), and the Letters sheet has thousands of them.
 */
function eachOwnedCell(
  plan: SheetPlan,
  styles: StylesPatch,
  prefix: string,
  write: (row: number, column: number, xml: string) => void
): void {
  const formats = new Map<string, number>();
  const grid = pendingGrid(plan, formats);
  const formatOf = [undefined, ...formats.keys()];
  // A header cell above an append wins over any value the plan has there (a few cells at most).
  const headerValue = new Map<string, string>();
  for (const { row, column, value } of plan.headerCells ?? [])
    headerValue.set(`${row}:${column}`, value);
  // The cell format per packed style, asked of the styles once per combination, in the order cells meet them.
  const styleIds: number[] = [];
  const styleOf = (packed: number): number =>
    (styleIds[packed >> 1] ??= styles.cellStyle({
      numberFormat: formatOf[packed >> FORMAT_SHIFT],
      bold: (packed & BOLD) !== 0 || undefined,
      wrap: (packed & WRAP) !== 0 || undefined,
    }));

  for (const row of [...grid.keys()].sort((a, b) => a - b)) {
    const cells = grid.get(row) as number[];
    const values = plan.cells[row - plan.startRow] ?? [];
    for (let column = 1; column < cells.length; column += 1) {
      const packed = cells[column];
      if (packed === undefined) continue;
      const style = styleOf(packed);
      const value =
        (headerValue.size > 0 ? headerValue.get(`${row}:${column}`) : undefined) ??
        values[column - 1] ??
        null;
      if (value === null && style === 0) continue;
      write(row, column, cellXml(plan.name, row, column, value, style, prefix));
    }
  }
}

/** Every cell the plan writes, with its style, row by row in column order (for rows merged into a sheet). */
export function ownedSheetCells(plan: SheetPlan, styles: StylesPatch, prefix = ""): OwnedCells {
  const rows = new Map<number, CellWrite[]>();
  let current: CellWrite[] = [];
  eachOwnedCell(plan, styles, prefix, (row, column, xml) => {
    if (!rows.has(row)) {
      current = [];
      rows.set(row, current);
    }
    current.push({ column, xml });
  });
  return { rows };
}

/**
 * The `<sheetData>` rows of a sheet written from scratch, straight from the plan (no cell object
 * in between); a wrapped header row is as tall as its lines (`customHeight`: programs do not fit
 * a row to its text when they open a file).
 */
export function ownedRowsXml(
  plan: SheetPlan,
  styles: StylesPatch,
  heights: ReadonlyMap<number, number> = new Map()
): string {
  const parts: string[] = [];
  let open = 0;
  eachOwnedCell(plan, styles, "", (row, _column, xml) => {
    if (row !== open) {
      if (open !== 0) parts.push("</row>");
      const height = heights.get(row);
      const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      parts.push(`<row r="${row}"${ht}>`);
      open = row;
    }
    parts.push(xml);
  });
  if (open !== 0) parts.push("</row>");
  return parts.join("");
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
