/**
 * How an owned sheet prints, in SpreadsheetML: `<sheetPr><pageSetUpPr fitToPage="1"/>` (scale to
 * fit, not by percent), `<pageSetup>` (orientation, pages wide, any number of pages tall), and
 * the header rows repeated on each page as the sheet-scoped defined name `_xlnm.Print_Titles`
 * in workbook.xml (`defined-names-xml.ts`), and the manual page breaks `<rowBreaks>` (after
 * `<pageSetup>`, before `<drawing>`, in the schema's order).
 */
import type { PrintPlan } from "../../workbook/plan";
import { MAX_COLUMN } from "../../workbook/plan-address";
import { placeInHead, placeInTail, type WorksheetParts } from "./worksheet-xml";

export function sheetPropertiesXml(print: PrintPlan | undefined, prefix = ""): string {
  if (!print) return "";
  return `<${prefix}sheetPr><${prefix}pageSetUpPr fitToPage="1"/></${prefix}sheetPr>`;
}

/** `fitToHeight="0"`: as many pages tall as the rows take. */
export function pageSetupXml(print: PrintPlan | undefined, prefix = ""): string {
  if (!print) return "";
  return (
    `<${prefix}pageSetup orientation="${print.orientation}" ` +
    `fitToWidth="${print.fitToPagesWide}" fitToHeight="0"/>`
  );
}

/**
 * Manual page breaks: `<brk id>` is the last row of a page, so a page starting at row R breaks
 * at R − 1; `max` spans every column. "" when the plan sets none.
 */
export function rowBreaksXml(print: PrintPlan | undefined, prefix = ""): string {
  const rows = print?.pageBreaksBefore ?? [];
  if (rows.length === 0) return "";
  const breaks = rows
    .map((row) => `<${prefix}brk id="${row - 1}" max="${MAX_COLUMN - 1}" man="1"/>`)
    .join("");
  return (
    `<${prefix}rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">` +
    `${breaks}</${prefix}rowBreaks>`
  );
}

/** Sets the print settings of an owned sheet whose part is kept (the appended Credit Log). */
export function placePrintSetup(parts: WorksheetParts, print: PrintPlan | undefined): void {
  if (!print) return;
  placeInHead(parts, "sheetPr", sheetPropertiesXml(print, parts.prefix));
  placeInTail(parts, "pageSetup", pageSetupXml(print, parts.prefix));
  // A plan that speaks of page breaks replaces the sheet's (none: they go).
  if (print.pageBreaksBefore !== undefined)
    placeInTail(parts, "rowBreaks", rowBreaksXml(print, parts.prefix));
}
