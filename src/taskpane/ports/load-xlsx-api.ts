/**
 * Loads the .xlsx reader and writer on first use. The dynamic import keeps the spreadsheet
 * library in its own chunk: the Excel host never downloads it, the browser only when a file is read.
 */
import type { XlsxFileApi } from "./file-port";

type FileModule = typeof import("../../file/index");
export type XlsxBook = Awaited<ReturnType<FileModule["readXlsxBuffer"]>>["workbook"];

export async function loadXlsxApi(): Promise<XlsxFileApi<XlsxBook>> {
  const file: FileModule = await import("../../file/index");
  return {
    async open(bytes) {
      const document = await file.readXlsxBuffer(bytes);
      return { raw: document.raw, book: document.workbook };
    },
    async apply(book, plan) {
      file.applyPlanToWorkbook(book, plan);
    },
    write: (book) => file.writeXlsxBuffer(book),
  };
}
