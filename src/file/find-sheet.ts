/** Finding a worksheet by name the way Excel compares sheet names: ignoring case. */
import type { Workbook, Worksheet } from "exceljs";
import { PLAN_MESSAGES, PlanApplyError } from "./plan-errors";

export function findSheet(workbook: Workbook, names: readonly string[]): Worksheet | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return workbook.worksheets.find((sheet) => wanted.has(sheet.name.toLowerCase()));
}

export function requireSheet(workbook: Workbook, name: string): Worksheet {
  const sheet = findSheet(workbook, [name]);
  if (!sheet) throw new PlanApplyError(PLAN_MESSAGES.missingSheet(name));
  return sheet;
}
