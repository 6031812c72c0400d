/**
 * How an owned sheet prints, in SpreadsheetML: `<sheetPr><pageSetUpPr fitToPage="1"/>` (scale to
 * fit, not by percent), `<pageSetup>` (orientation, pages wide, any number of pages tall), and
 * the header rows repeated on each page as the sheet-scoped defined name `_xlnm.Print_Titles`
 * in workbook.xml (`defined-names-xml.ts`).
 */
import type { PrintPlan } from "../../workbook/plan";
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

/** Sets the print settings of an owned sheet whose part is kept (the appended Credit Log). */
export function placePrintSetup(parts: WorksheetParts, print: PrintPlan | undefined): void {
  if (!print) return;
  placeInHead(parts, "sheetPr", sheetPropertiesXml(print, parts.prefix));
  placeInTail(parts, "pageSetup", pageSetupXml(print, parts.prefix));
}
