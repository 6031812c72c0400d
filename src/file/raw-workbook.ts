/** An exceljs workbook → the `RawWorkbook` both readers produce (src/workbook/raw.ts). */
import type { Workbook } from "exceljs";
import type { RawWorkbook } from "../workbook/raw";
import { rawSheetFromWorksheet } from "./raw-sheet";

export interface RawReadOptions {
  /** Only these sheets (by exact name); all sheets, hidden ones included, when absent. */
  sheets?: readonly string[];
}

export function rawWorkbookFromExcelJs(
  workbook: Workbook,
  options: RawReadOptions = {}
): RawWorkbook {
  const date1904 = workbook.properties?.date1904 === true;
  const wanted = options.sheets ? new Set(options.sheets) : null;
  return {
    sheets: workbook.worksheets
      .filter((sheet) => wanted === null || wanted.has(sheet.name))
      .map((sheet) => rawSheetFromWorksheet(sheet, date1904)),
    date1904,
  };
}
