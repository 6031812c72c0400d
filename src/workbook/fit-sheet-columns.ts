/**
 * Column widths of an owned sheet (Aging, Credit Log, Credit Changes, the policy it used),
 * fitted to its header row and to every value below it in the number format the plan gives
 * that cell. Text above the header (a title, an "As of" label) is left out: it runs on into the
 * empty cells beside it; a number up there (the as-of date) is counted, as a number cannot run on.
 */
import type { NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { ColumnWidthTally, fitColumn } from "./column-fit";
import { GENERAL_FORMAT } from "./number-formats";
import { parseRange, type CellRange } from "./plan-address";

export interface SheetHeader {
  /** Worksheet row of the header (it need not be among the cells: an appended log has none). */
  row: number;
  texts: readonly string[];
}

export interface FittedSheetColumns {
  columnWidths: number[];
  /** The header row when its headers wrap onto more than one line. */
  wrappedHeader?: SheetPlan["wrappedHeader"];
}

type FormatBox = CellRange & { format: string };

/**
 * The format of each cell, by the last range of the plan that covers it (as the appliers apply
 * them in order). Each column looks only at the ranges crossing it, found once per column: a
 * log with dozens of ranges would otherwise test them all for every cell.
 */
function formatLookup(
  formats: readonly NumberFormatPlan[]
): (row: number, column: number) => string {
  const boxes: FormatBox[] = formats.map(({ range, format }) => ({
    ...parseRange(range),
    format,
  }));
  const boxesByColumn: FormatBox[][] = [];
  return (row, column) => {
    const crossing = (boxesByColumn[column] ??= boxes.filter(
      (box) => column >= box.left && column <= box.right
    ));
    for (let index = crossing.length - 1; index >= 0; index--) {
      const box = crossing[index];
      if (row >= box.top && row <= box.bottom) return box.format;
    }
    return GENERAL_FORMAT;
  };
}

export function fitSheetColumns(
  sheet: {
    cells: readonly PlanValue[][];
    startRow: number;
    numberFormats: readonly NumberFormatPlan[];
  },
  header: SheetHeader
): FittedSheetColumns {
  const formatAt = formatLookup(sheet.numberFormats);
  const tallies: ColumnWidthTally[] = [];
  const tally = (index: number): ColumnWidthTally => (tallies[index] ??= new ColumnWidthTally());
  sheet.cells.forEach((values, offset) => {
    const row = sheet.startRow + offset;
    if (row === header.row) return;
    values.forEach((value, index) => {
      if (row < header.row && typeof value !== "number") return;
      tally(index).add(value, formatAt(row, index + 1));
    });
  });
  const count = Math.max(tallies.length, header.texts.length);
  let lines = 1;
  const columnWidths = Array.from({ length: count }, (_, index) => {
    const fitted = fitColumn(header.texts[index] ?? "", tally(index).widths());
    lines = Math.max(lines, fitted.headerLines);
    return fitted.width;
  });
  return lines > 1 ? { columnWidths, wrappedHeader: { row: header.row, lines } } : { columnWidths };
}
