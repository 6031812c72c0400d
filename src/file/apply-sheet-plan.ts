/**
 * Writes one sheet the add-in owns (Aging, Credit Log, Credit Changes, the hidden map).
 * "replace" starts from an empty sheet in the old one's place; "append" keeps what is above
 * `startRow`. Charts cannot be made with exceljs: they are returned as skipped.
 */
import type { Workbook, Worksheet, WorksheetView } from "exceljs";
import type { SheetPlan } from "../workbook/plan";
import { parseRange } from "./a1";
import { addConditionalFormats } from "./conditional-formats";
import { findSheet } from "./find-sheet";
import { makeBold, restyle, writePlanValue } from "./write-cell";

/** exceljs keeps a sheet's position in `orderNo`, which its typings leave out. */
interface Ordered {
  orderNo?: number;
}

/** Removes the old sheet and adds an empty one with the plan's name in the same position. */
function freshSheet(workbook: Workbook, old: Worksheet, name: string): Worksheet {
  const position = (old as unknown as Ordered).orderNo;
  workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name);
  if (typeof position === "number") (sheet as unknown as Ordered).orderNo = position;
  return sheet;
}

function sheetFor(workbook: Workbook, plan: SheetPlan): Worksheet {
  const existing = findSheet(workbook, [plan.name, ...plan.knownNames]);
  if (!existing) return workbook.addWorksheet(plan.name);
  if (plan.mode === "replace") return freshSheet(workbook, existing, plan.name);
  if (existing.name !== plan.name) existing.name = plan.name;
  return existing;
}

function writeCells(sheet: Worksheet, plan: SheetPlan): void {
  plan.cells.forEach((values, offset) => {
    const row = sheet.getRow(plan.startRow + offset);
    values.forEach((value, index) => writePlanValue(row.getCell(index + 1), value));
  });
}

function applyNumberFormats(sheet: Worksheet, plan: SheetPlan): void {
  for (const { range, format } of plan.numberFormats) {
    const { top, left, bottom, right } = parseRange(range);
    for (let row = top; row <= bottom; row += 1) {
      for (let column = left; column <= right; column += 1)
        restyle(sheet.getCell(row, column), { numFmt: format });
    }
  }
}

function applyBoldRows(sheet: Worksheet, plan: SheetPlan): void {
  const width = plan.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  for (const rowNumber of plan.boldRows) {
    for (let column = 1; column <= width; column += 1) makeBold(sheet.getCell(rowNumber, column));
  }
}

function applyLayout(sheet: Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const view: Partial<WorksheetView> =
    plan.freezeRows > 0
      ? { state: "frozen", ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }
      : { state: "normal" };
  sheet.views = [view];
  sheet.state = plan.visibility;
}

function skippedCharts(plan: SheetPlan): string[] {
  return plan.charts.map(
    (chart) =>
      `Chart "${chart.title}" on sheet "${plan.name}" (${chart.valuesRange}) was not created: exceljs cannot write charts.`
  );
}

/** Writes the sheet; returns what could not be done (charts). */
export function applySheetPlan(workbook: Workbook, plan: SheetPlan): string[] {
  const sheet = sheetFor(workbook, plan);
  writeCells(sheet, plan);
  applyNumberFormats(sheet, plan);
  applyBoldRows(sheet, plan);
  applyLayout(sheet, plan);
  addConditionalFormats(sheet, plan.conditionalFormats);
  return skippedCharts(plan);
}
