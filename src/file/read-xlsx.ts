/**
 * Reading an .xlsx held in memory, in Node and in the browser. The bytes are checked first
 * (xlsx-guard.ts); the raw sheets are then read straight from the package's XML (fast, no
 * images, values as Office.js gives them), and exceljs loads the full workbook only when a
 * plan is to be applied to it and written as a new file.
 */
import type { Workbook } from "exceljs";
import type { RawWorkbook } from "../workbook/raw";
import { readRawXlsx } from "./read-raw-xlsx";
import { rawWorkbookFromExcelJs, type RawReadOptions } from "./raw-workbook";
import { canUseStreams, STREAM_UNPACKER, type Unpacker } from "./unpack";
import { verifyParts } from "./verify-parts";
import { checkXlsxBytes, resolveLimits, type XlsxLimits } from "./xlsx-guard";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";
import type { ZipDirectory } from "./zip-directory";

export interface ReadXlsxOptions extends XlsxLimits, RawReadOptions {
  /** How messages name the file, e.g. its file name (default "The file"). */
  label?: string;
}

/** A checked workbook file: its raw sheets now, its exceljs workbook when asked for. */
export interface XlsxSource {
  raw: RawWorkbook;
  /** Loads the whole workbook with exceljs, to apply an output plan and write a new file. Each call gives a fresh copy. */
  loadWorkbook(): Promise<Workbook>;
}

/** Raw sheets and the loaded exceljs workbook together. */
export interface XlsxDocument {
  workbook: Workbook;
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
export async function loadCheckedBytes(bytes: Uint8Array, label: string): Promise<Workbook> {
  // Imported on first use, so that reading raw sheets (the pane's preview) does not load exceljs.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; its zip library (JSZip) reads a Uint8Array just as well, without a copy.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxFileError("CORRUPT", FILE_MESSAGES.corrupt(label, libraryDetail(error)), {
      cause: error,
    });
  }
  return workbook;
}

export interface OpenSteps {
  /** Unpacks parts for the raw reader; null where no inflater exists (then exceljs reads the raw sheets). */
  unpacker: Unpacker | null;
  /** Runs before exceljs unpacks every part: each part's real size and checksum are checked there. */
  beforeLoad?: (bytes: Uint8Array, directory: ZipDirectory, label: string) => Promise<void>;
}

/** The shared steps of every reader: check, read the raw sheets, and offer the full load. */
export async function openChecked(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions,
  steps: OpenSteps
): Promise<XlsxSource> {
  const label = options.label ?? DEFAULT_FILE_LABEL;
  const bytes = toBytes(buffer);
  const directory = checkXlsxBytes(bytes, label, resolveLimits(options));
  const load = async () => {
    await steps.beforeLoad?.(bytes, directory, label);
    return loadCheckedBytes(bytes, label);
  };
  if (steps.unpacker === null) {
    let preloaded: Workbook | null = await load();
    const raw = rawWorkbookFromExcelJs(preloaded, options);
    return {
      raw,
      loadWorkbook: async () => {
        const workbook = preloaded ?? (await load());
        preloaded = null;
        return workbook;
      },
    };
  }
  return {
    raw: await readRawXlsx(bytes, directory, label, steps.unpacker, options),
    loadWorkbook: load,
  };
}

/** Checks an .xlsx in memory and reads its raw sheets. Refusals are `XlsxFileError`s with a stable code. */
export function openXlsxBuffer(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<XlsxSource> {
  if (!canUseStreams()) return openChecked(buffer, options, { unpacker: null });
  return openChecked(buffer, options, {
    unpacker: STREAM_UNPACKER,
    beforeLoad: verifyParts(STREAM_UNPACKER),
  });
}

/** Checks an .xlsx in memory, reads its raw sheets and loads it with exceljs. */
export async function readXlsxBuffer(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<XlsxDocument> {
  const source = await openXlsxBuffer(buffer, options);
  return { raw: source.raw, workbook: await source.loadWorkbook() };
}
