/**
 * Last pass over a plan: every string it writes fits Excel's cell limit (BAD-INPUTS #34).
 * A longer text is cut and the cut is reported with the sheet and cell, never done silently.
 */
import type { ColumnBlockPlan, PlanValue, SheetPlan } from "./plan";
import { MAX_CELL_TEXT, fitCellText } from "./literal-text";
import { cellAddress } from "./plan-address";
import { planNoteOf, type PlanNote } from "./plan-note";

function textCut(sheet: string, cell: string, length: number): PlanNote {
  return planNoteOf("TEXT_CUT", { sheet, cell, length, limit: MAX_CELL_TEXT }, { sheet, cell });
}

/** The rows with every text fitted; a row whose texts all fit is kept as it is rather than copied. */
function fitRows(
  rows: PlanValue[][],
  sheet: string,
  topRow: number,
  leftColumn: number,
  notes: PlanNote[]
): PlanValue[][] {
  return rows.map((line, r) => {
    let fitted: PlanValue[] | null = null;
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (typeof value !== "string") continue;
      const fit = fitCellText(value);
      if (fit.cutFrom === null) continue;
      notes.push(textCut(sheet, cellAddress(topRow + r, leftColumn + c), fit.cutFrom));
      fitted ??= line.slice();
      fitted[c] = fit.text;
    }
    return fitted ?? line;
  });
}

export function fitBlockText(block: ColumnBlockPlan, notes: PlanNote[]): ColumnBlockPlan {
  const [headers] = fitRows(
    [block.headers],
    block.sheet,
    block.headerRow,
    block.firstColumn,
    notes
  );
  return {
    ...block,
    headers: headers.map((header) => String(header)),
    rows: fitRows(block.rows, block.sheet, block.headerRow + 1, block.firstColumn, notes),
  };
}

export function fitSheetText(sheet: SheetPlan, notes: PlanNote[]): SheetPlan {
  return { ...sheet, cells: fitRows(sheet.cells, sheet.name, sheet.startRow, 1, notes) };
}
