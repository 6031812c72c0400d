/** Small readers over a plan, so tests can say "cell C5 of the Aging sheet". */
import type { ColumnBlockPlan, OutputPlan, PlanValue, SheetPlan } from "../../../src/workbook/plan";

export function sheetOf(plan: OutputPlan, key: SheetPlan["key"]): SheetPlan {
  const sheet = plan.sheets.find((candidate) => candidate.key === key);
  if (!sheet) throw new Error(`The plan has no "${key}" sheet`);
  return sheet;
}

export function blockOf(plan: OutputPlan, role: ColumnBlockPlan["role"]): ColumnBlockPlan {
  const block = plan.columnBlocks.find((candidate) => candidate.role === role);
  if (!block) throw new Error(`The plan has no "${role}" block`);
  return block;
}

/** The value written to a worksheet cell (1-based row and column) of an owned sheet. */
export function sheetCell(sheet: SheetPlan, row: number, column: number): PlanValue | undefined {
  return sheet.cells[row - sheet.startRow]?.[column - 1];
}

/** The value a block writes to a worksheet row, by output key. */
export function blockCell(block: ColumnBlockPlan, row: number, key: string): PlanValue | undefined {
  const index = block.keys.indexOf(key);
  if (index < 0) throw new Error(`The block has no "${key}" column`);
  return block.rows[row - block.headerRow - 1]?.[index];
}
