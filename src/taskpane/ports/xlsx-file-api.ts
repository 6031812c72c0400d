/**
 * The file mode's .xlsx reader and package writer behind the file port's interface. Only the
 * file-mode worker imports this module, so the reader and writer travel in the worker's own
 * chunk ("file-mode"): the Excel host never downloads it, the browser only when a file is first
 * reviewed. The pane writes as the command line does, by patching the chosen file's package, so
 * the user's charts, pivot tables and everything else the review does not own are kept as they are.
 */
import { openXlsxPackage, patchXlsxPackage, type XlsxPackage } from "../../file/index";
import type { OutputPlan } from "../../workbook/plan";
import type { XlsxFileApi } from "./file-port";

/** A chosen workbook: its package as read, and the reviewed copy once a plan is applied. */
export interface XlsxBook {
  source: XlsxPackage;
  reviewed: Uint8Array | null;
}

/** Thrown when a download is asked for before a plan was applied: a bug in the caller, not the user's doing. */
export const NOT_APPLIED = "No output plan has been applied to this workbook yet.";

export const xlsxFileApi: XlsxFileApi<XlsxBook> = {
  async open(bytes, name) {
    const document = await openXlsxPackage(bytes, { label: name });
    return { raw: document.raw, book: { source: document.package, reviewed: null } };
  },
  async apply(book: XlsxBook, plan: OutputPlan) {
    book.reviewed = (await patchXlsxPackage(book.source, plan)).bytes;
  },
  async write(book) {
    if (book.reviewed === null) throw new Error(NOT_APPLIED);
    return book.reviewed;
  },
};
