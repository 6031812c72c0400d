/**
 * Writes one plan value into one exceljs cell. A string is always stored as a string, so text
 * that starts with "=", "+", "-" or "@" stays literal text (BAD-INPUTS #21): exceljs makes a
 * formula only from a `{ formula }` object, never from a string.
 */
import type { Cell, Style } from "exceljs";
import type { PlanValue } from "../workbook/plan";
import { PLAN_MESSAGES, PlanApplyError } from "./plan-errors";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32_767;

function where(cell: Cell): string {
  return `${cell.worksheet.name}!${cell.address}`;
}

export function writePlanValue(cell: Cell, value: PlanValue): void {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new PlanApplyError(PLAN_MESSAGES.notFinite(where(cell), value));
  }
  if (typeof value === "string" && value.length > MAX_CELL_CHARACTERS) {
    throw new PlanApplyError(
      PLAN_MESSAGES.textTooLong(where(cell), value.length, MAX_CELL_CHARACTERS)
    );
  }
  cell.value = value;
}

/**
 * Changes a cell's formatting without touching any other cell. exceljs shares one style object
 * among all loaded cells of the same style, so `cell.font = …` or `cell.numFmt = …` would
 * restyle every one of them, the user's cells included; a new object for this cell alone does not.
 */
export function restyle(cell: Cell, patch: Partial<Style>): void {
  cell.style = { ...cell.style, ...patch };
}

export function makeBold(cell: Cell): void {
  restyle(cell, { font: { ...cell.font, bold: true } });
}

/** Empties a cell the add-in wrote earlier: value and formatting both. */
export function clearOwnedCell(cell: Cell): void {
  cell.value = null;
  cell.style = {};
}
