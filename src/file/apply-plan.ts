/**
 * Carries out an output plan on an exceljs workbook: the file-mode twin of the Office.js
 * applier. The user's own cells are never written: a column block writes only its own columns
 * from its header row down, and owned sheets are the add-in's alone.
 */
import type { Workbook, WorksheetView } from "exceljs";
import type { OutputPlan } from "../workbook/plan";
import { applyColumnBlock } from "./apply-column-block";
import { applySheetPlan } from "./apply-sheet-plan";
import { findSheet } from "./find-sheet";

export interface ApplyPlanResult {
  /** Parts of the plan exceljs cannot carry out (charts), one sentence each, for the user. */
  skipped: string[];
}

/** A sheet view with the selected-tab flag exceljs writes but its typings leave out. */
type SelectableView = Partial<WorksheetView> & { tabSelected?: boolean };

/** Shows the sheet when the file is opened, with only its tab selected (two selected tabs would group them). */
function activate(workbook: Workbook, name: string): void {
  const target = findSheet(workbook, [name]);
  if (!target || target.state !== "visible") return;
  const sheets = workbook.worksheets;
  for (const sheet of sheets) {
    // A loaded sheet without a <sheetView> has null views, whatever the typings say.
    const existing: SelectableView[] = Array.isArray(sheet.views) ? sheet.views : [];
    const views: SelectableView[] = existing.length > 0 ? [...existing] : [{ state: "normal" }];
    views[0] = { ...views[0], tabSelected: sheet === target };
    sheet.views = views;
  }
  const index = sheets.indexOf(target);
  const current = (Array.isArray(workbook.views) ? workbook.views[0] : undefined) ?? {
    x: 0,
    y: 0,
    width: 28800,
    height: 17600,
    visibility: "visible",
  };
  workbook.views = [{ ...current, firstSheet: 0, activeTab: index }];
}

export function applyPlanToWorkbook(workbook: Workbook, plan: OutputPlan): ApplyPlanResult {
  const skipped: string[] = [];
  for (const block of plan.columnBlocks) applyColumnBlock(workbook, block);
  for (const sheet of plan.sheets) skipped.push(...applySheetPlan(workbook, sheet));
  if (plan.activate !== null) activate(workbook, plan.activate);
  return { skipped };
}
