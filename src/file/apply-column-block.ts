/**
 * Writes one column block: the add-in's output columns to the right of a user's table.
 * Only cells of the block's own columns, from its header row down, are written or cleared.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { ColumnBlockPlan } from "../workbook/plan";
import { MAX_ROW, type CellRange } from "./a1";
import { addConditionalFormats, removeConditionalFormatsWithin } from "./conditional-formats";
import { requireSheet } from "./find-sheet";
import { argbFromPlanColor, OWNED_HEADER_FILL, OWNED_HEADER_FONT } from "./plan-colors";
import { checkShape } from "./block-shape";
import { clearOwnedCell, restyle, writePlanValue } from "./write-cell";

function writeHeaders(sheet: Worksheet, block: ColumnBlockPlan): void {
  const fill = argbFromPlanColor(OWNED_HEADER_FILL);
  const font = argbFromPlanColor(OWNED_HEADER_FONT);
  block.headers.forEach((header, index) => {
    const cell = sheet.getCell(block.headerRow, block.firstColumn + index);
    writePlanValue(cell, header);
    restyle(cell, {
      font: { bold: true, color: { argb: font } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill } },
    });
  });
}

function writeRows(sheet: Worksheet, block: ColumnBlockPlan): void {
  block.rows.forEach((values, offset) => {
    const row = sheet.getRow(block.headerRow + 1 + offset);
    block.keys.forEach((_key, index) => {
      const cell = row.getCell(block.firstColumn + index);
      writePlanValue(cell, values[index] ?? null);
      restyle(cell, { numFmt: block.numberFormats[index] });
    });
  });
}

/** Rows and columns an earlier, longer or wider review left behind. */
function clearLeftovers(sheet: Worksheet, block: ColumnBlockPlan): void {
  const width = block.keys.length;
  const lastRow = block.headerRow + block.rows.length;
  for (let row = lastRow + 1; row <= lastRow + block.clearRowsBelow; row += 1) {
    for (let index = 0; index < width; index += 1)
      clearOwnedCell(sheet.getCell(row, block.firstColumn + index));
  }
  const extra = block.clearColumnsRight ?? 0;
  for (let row = block.headerRow; row <= lastRow + block.clearRowsBelow; row += 1) {
    for (let index = 0; index < extra; index += 1)
      clearOwnedCell(sheet.getCell(row, block.firstColumn + width + index));
  }
}

/** The block's columns (and the ones it clears), from its header row to the bottom of the sheet. */
function ownedArea(block: ColumnBlockPlan): CellRange {
  return {
    top: block.headerRow,
    left: block.firstColumn,
    bottom: MAX_ROW,
    right: block.firstColumn + block.keys.length + (block.clearColumnsRight ?? 0) - 1,
  };
}

export function applyColumnBlock(workbook: Workbook, block: ColumnBlockPlan): void {
  checkShape(block);
  const sheet = requireSheet(workbook, block.sheet);
  writeHeaders(sheet, block);
  writeRows(sheet, block);
  clearLeftovers(sheet, block);
  removeConditionalFormatsWithin(sheet, ownedArea(block));
  addConditionalFormats(sheet, block.conditionalFormats);
}
