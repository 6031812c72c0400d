/**
 * The plan's dates in the workbook's own date system. The plan is computed with the engine's
 * 1900-system serials; a workbook that counts from 1904 (`<workbookPr date1904="1"/>`, Excel's
 * "Use 1904 date system") stores the same day 1,462 lower, so 46203 written there would show
 * 2030-07-01 instead of 2026-06-30. A date is a number in a cell the plan formats as a date
 * (`DATE_FORMAT`): the one mark both appliers already carry out.
 */
import { DATE_1904_OFFSET, isoFromSerial } from "../engine/dates";
import { serialDate } from "../engine/serial-date";
import { DATE_FORMAT } from "./number-formats";
import type { ColumnBlockPlan, OutputPlan, PlanValue, SheetPlan } from "./plan";
import { cellAddress, parseRange, type CellRange } from "./plan-address";

/** `plan` as written into a workbook of that date system (the same plan for the 1900 system). */
export function planInDateSystem(plan: OutputPlan, date1904: boolean): OutputPlan {
  if (!date1904) return plan;
  return {
    ...plan,
    columnBlocks: plan.columnBlocks.map(blockIn1904),
    sheets: plan.sheets.map(sheetIn1904),
  };
}

function serialIn1904(value: PlanValue, sheet: string, row: number, column: number): PlanValue {
  if (typeof value !== "number") return value;
  const shifted = value - DATE_1904_OFFSET;
  // Excel's 1904 system has no day before 1904-01-01: such a date cannot be written truly.
  if (shifted < 0)
    throw new RangeError(
      `${sheet}!${cellAddress(row, column)}: ${isoFromSerial(serialDate(value))} is before 1904-01-01, the first day a workbook in the 1904 date system can hold`
    );
  return shifted;
}

function sheetIn1904(sheet: SheetPlan): SheetPlan {
  // Left to right, so that the first date found before 1904 in a row is its leftmost.
  const dateAreas: CellRange[] = sheet.numberFormats
    .filter((entry) => entry.format === DATE_FORMAT)
    .map((entry) => parseRange(entry.range))
    .sort((a, b) => a.left - b.left);
  if (dateAreas.length === 0) return sheet;
  const top = Math.min(...dateAreas.map((area) => area.top));
  const bottom = Math.max(...dateAreas.map((area) => area.bottom));
  // Each row is gone through once per date area that covers it, not each cell tested against
  // every area; a row with no date is kept as it is rather than copied.
  const cells = sheet.cells.map((values, offset) => {
    const row = sheet.startRow + offset;
    if (row < top || row > bottom) return values;
    let shifted: PlanValue[] | null = null;
    for (const area of dateAreas) {
      if (row < area.top || row > area.bottom) continue;
      const right = Math.min(area.right, values.length);
      for (let column = area.left; column <= right; column++) {
        shifted ??= values.slice();
        // From the value as planned: a cell inside two overlapping areas is shifted once.
        shifted[column - 1] = serialIn1904(values[column - 1], sheet.name, row, column);
      }
    }
    return shifted ?? values;
  });
  return { ...sheet, cells };
}

function blockIn1904(block: ColumnBlockPlan): ColumnBlockPlan {
  const dateColumns = block.numberFormats.map((format) => format === DATE_FORMAT);
  if (!dateColumns.includes(true)) return block;
  const rows = block.rows.map((values, offset) =>
    values.map((value, index) =>
      dateColumns[index]
        ? serialIn1904(value, block.sheet, block.headerRow + 1 + offset, block.firstColumn + index)
        : value
    )
  );
  return { ...block, rows };
}
