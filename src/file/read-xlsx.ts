/**
 * Reading an .xlsx held in memory, in Node and in the browser: the bytes are checked first
 * (xlsx-guard.ts), then exceljs loads the workbook, which is converted to a `RawWorkbook`.
 * The exceljs workbook is returned too, so that the review's output plan can be applied to it
 * and written as a new file without reading the file twice.
 */
import ExcelJS from "exceljs";
import type { RawWorkbook } from "../workbook/raw";
import { rawWorkbookFromExcelJs, type RawReadOptions } from "./raw-workbook";
import { checkXlsxBytes, resolveLimits, type XlsxLimits } from "./xlsx-guard";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";

export interface ReadXlsxOptions extends XlsxLimits, RawReadOptions {
  /** How messages name the file, e.g. its file name (default "The file"). */
  label?: string;
}

export interface XlsxDocument {
  workbook: ExcelJS.Workbook;
  raw: RawWorkbook;
}

export const DEFAULT_FILE_LABEL = "The file";

export function toBytes(buffer: ArrayBuffer | Uint8Array): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

/** The first line of a library's message, without the stack. */
function libraryDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].trim() || "unknown damage";
}

/** Loads checked bytes with exceljs; anything exceljs or its zip library throws means a damaged file. */
export async function loadCheckedBytes(bytes: Uint8Array, label: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; its zip library (JSZip) reads a Uint8Array just as well, without a copy.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxFileError("CORRUPT", FILE_MESSAGES.corrupt(label, libraryDetail(error)), { cause: error });
  }
  return workbook;
}

/** Reads an .xlsx from memory. Refusals are `XlsxFileError`s with a stable code. */
export async function readXlsxBuffer(buffer: ArrayBuffer | Uint8Array, options: ReadXlsxOptions = {}): Promise<XlsxDocument> {
  const label = options.label ?? DEFAULT_FILE_LABEL;
  const bytes = toBytes(buffer);
  checkXlsxBytes(bytes, label, resolveLimits(options));
  const workbook = await loadCheckedBytes(bytes, label);
  return { workbook, raw: rawWorkbookFromExcelJs(workbook, options) };
}
