/** The shape check every applier makes on a column block before writing any of it. */
import type { ColumnBlockPlan } from "../workbook/plan";
import { PLAN_MESSAGES, PlanApplyError } from "./plan-errors";

/** Refuses a block whose headers, formats or rows do not match its keys. */
export function checkShape(block: ColumnBlockPlan): void {
  const where = `the ${block.role} block on "${block.sheet}"`;
  const width = block.keys.length;
  if (block.headers.length !== width)
    throw new PlanApplyError(
      PLAN_MESSAGES.shape(where, `${block.headers.length} headers for ${width} keys`)
    );
  if (block.numberFormats.length !== width) {
    throw new PlanApplyError(
      PLAN_MESSAGES.shape(
        where,
        `${block.numberFormats.length} number formats for ${width} columns`
      )
    );
  }
  const wide = block.rows.findIndex((row) => row.length > width);
  if (wide >= 0)
    throw new PlanApplyError(
      PLAN_MESSAGES.shape(where, `row ${wide + 1} has more than ${width} values`)
    );
  if (block.headerRow < 1 || block.firstColumn < 1)
    throw new PlanApplyError(PLAN_MESSAGES.shape(where, "its position is outside the sheet"));
}
