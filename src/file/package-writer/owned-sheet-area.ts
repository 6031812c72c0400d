/**
 * The rows and columns an owned sheet's plan writes (its values, header cells, number formats,
 * bold rows and wrapped header), worked out from the plan's rectangles without visiting each
 * cell: the appended Credit Log needs it before its rows are written.
 */
import type { SheetPlan } from "../../workbook/plan";
import { parseRange, type CellRange } from "../../workbook/plan-address";

function widened(area: CellRange | null, box: CellRange): CellRange {
  if (area === null) return { ...box };
  return {
    top: Math.min(area.top, box.top),
    bottom: Math.max(area.bottom, box.bottom),
    left: Math.min(area.left, box.left),
    right: Math.max(area.right, box.right),
  };
}

/** The widest row of values: bold rows and a wrapped header span this many columns. */
export function planWidth(plan: SheetPlan): number {
  return plan.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
}

/** The smallest rectangle holding every cell the plan writes, or null when it writes none. */
export function ownedSheetArea(plan: SheetPlan): CellRange | null {
  let area: CellRange | null = null;
  plan.cells.forEach((values, offset) => {
    const row = plan.startRow + offset;
    if (values.length > 0)
      area = widened(area, { top: row, bottom: row, left: 1, right: values.length });
  });
  for (const { row, column } of plan.headerCells ?? [])
    area = widened(area, { top: row, bottom: row, left: column, right: column });
  for (const { range } of plan.numberFormats) area = widened(area, parseRange(range));
  const width = planWidth(plan);
  if (width > 0) {
    for (const row of plan.boldRows)
      area = widened(area, { top: row, bottom: row, left: 1, right: width });
    const wrapped = plan.wrappedHeader;
    if (wrapped && plan.cells[wrapped.row - plan.startRow] !== undefined)
      area = widened(area, { top: wrapped.row, bottom: wrapped.row, left: 1, right: width });
  }
  return area;
}
