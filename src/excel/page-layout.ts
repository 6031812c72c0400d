/**
 * How an owned sheet prints, through `worksheet.pageLayout` (ExcelApi 1.9, which the manifest
 * requires): orientation, fit to pages wide, the header rows repeated on every page, and the
 * manual page breaks (`worksheet.horizontalPageBreaks`, ExcelApi 1.9 as well).
 */
import type { PrintPlan } from "../workbook/plan";

/** Pages tall when fitting to pages wide: 0 is "as many as it takes", as in the file's `fitToHeight`. */
const ANY_PAGES_TALL = 0;

export function queuePrintSettings(sheet: Excel.Worksheet, print: PrintPlan): void {
  const layout = sheet.pageLayout;
  // The enum's string values: `Excel` is only defined inside Office, this runs in tests too.
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: ANY_PAGES_TALL };
  if (print.titleRows !== null)
    layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  // A plan that speaks of page breaks replaces the sheet's: clearing the cells keeps old breaks.
  if (print.pageBreaksBefore !== undefined) {
    const breaks = sheet.horizontalPageBreaks;
    breaks.removePageBreaks();
    // Queued calls, one sync for all: a break goes above the cell it is added at.
    for (const row of print.pageBreaksBefore) breaks.add(`A${row}`);
  }
}
