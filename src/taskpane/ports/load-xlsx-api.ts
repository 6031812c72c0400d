/**
 * Loads the .xlsx reader and the package writer on first use. The dynamic import keeps them in
 * their own chunk ("file-mode"): the Excel host never downloads it, the browser only when a file
 * is read. The pane writes as the command line does, by patching the chosen file's package, so
 * the user's charts, pivot tables and everything else the review does not own are kept as they are.
 */
import type { OutputPlan } from "../../workbook/plan";
import type { XlsxFileApi } from "./file-port";

type FileModule = typeof import("../../file/index");
type XlsxPackage = import("../../file/index").XlsxPackage;

/** A chosen workbook: its package as read, and the reviewed copy once a plan is applied. */
export interface XlsxBook {
  source: XlsxPackage;
  reviewed: Uint8Array | null;
}

/** Thrown when a download is asked for before a plan was applied: a bug in the caller, not the user's doing. */
export const NOT_APPLIED = "No output plan has been applied to this workbook yet.";

export async function loadXlsxApi(): Promise<XlsxFileApi<XlsxBook>> {
  const file: FileModule = await import(/* webpackChunkName: "file-mode" */ "../../file/index");
  return {
    async open(bytes) {
      const document = await file.openXlsxPackage(bytes);
      return { raw: document.raw, book: { source: document.package, reviewed: null } };
    },
    async apply(book: XlsxBook, plan: OutputPlan) {
      book.reviewed = (await file.patchXlsxPackage(book.source, plan)).bytes;
    },
    async write(book) {
      if (book.reviewed === null) throw new Error(NOT_APPLIED);
      return book.reviewed;
    },
  };
}
