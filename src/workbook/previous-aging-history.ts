/**
 * The Aging History an earlier review left in the workbook: read only from the sheet proven ours
 * (output map + A1 title, `owned-output.ts`), so a user's own sheet of that name is never read
 * as history. None found: an empty history, and this review's snapshot starts it.
 */
import type { RawWorkbook } from "./raw";
import type { WorkbookLayout } from "./layout";
import { readAgingHistory, type AgingHistoryRead } from "./read-aging-history";
import { NO_PREVIOUS_HISTORY } from "./review-history";

export function previousAgingHistory(
  raw: RawWorkbook,
  layout: WorkbookLayout,
  minorPerUnit: number
): AgingHistoryRead {
  const found = layout.ownedSheets.agingHistory;
  const sheet = found ? raw.sheets.find((candidate) => candidate.name === found.name) : undefined;
  return sheet ? readAgingHistory(sheet, minorPerUnit, raw.date1904) : NO_PREVIOUS_HISTORY;
}
