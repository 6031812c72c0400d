/**
 * Parsing the worksheet parts of one workbook, as a port: in this thread one after the other
 * (browsers, tests), or spread over worker threads (`worker-sheet-part-parser-node.ts`), which
 * give the same sheets and the same errors. Reading a sheet needs nothing but its bytes and the
 * workbook's shared strings and styles, so sheets can be parsed side by side.
 */
import { readWorksheetXml, type WorksheetRead } from "../ooxml-sheet";
import { formatOfStyle } from "../ooxml-styles";
import { decodeXmlPart } from "../xml/decode-xml-part";

/** What every sheet of a workbook is read with; plain data, so that it crosses to a worker. */
export interface SheetPartSetup {
  sharedStrings: readonly string[];
  /** Number format code per cell style index. */
  formatCodes: readonly string[];
  /** False when the workbook's cached formula values are not results (fullCalcOnLoad). */
  formulaResultsSaved: boolean;
  /** Most cells one sheet's rectangle may span. */
  maxCells: number;
}

/** One worksheet part to parse. */
export interface SheetPartJob {
  path: string;
  /** Its unpacked size as the package's directory states it (checked when it is unpacked). */
  size: number;
  /** Its bytes, unpacked within the workbook's bounds; throws what unpacking refuses. */
  load(): Promise<Uint8Array>;
}

/** The reads of a workbook's sheet parts, asked for in order; `close` releases what parses them. */
export interface SheetPartReads {
  /** The read of the job at `index`, or the error its load or parse threw. */
  read(index: number): Promise<WorksheetRead>;
  close(): Promise<void>;
}

export interface SheetPartParser {
  start(jobs: readonly SheetPartJob[], setup: SheetPartSetup): SheetPartReads;
}

/** Parses one worksheet part's text; throws as `readWorksheetXml` does. */
export function parseSheetText(path: string, xml: string, setup: SheetPartSetup): WorksheetRead {
  const context = {
    sharedStrings: setup.sharedStrings,
    formatOf: formatOfStyle(setup.formatCodes),
    formulaResultsSaved: setup.formulaResultsSaved,
  };
  return readWorksheetXml(xml, path, context, { maxCells: setup.maxCells });
}

/** Decodes and parses one worksheet part; throws as `parseSheetText` and `decodeXmlPart` do. */
export function parseSheetPart(
  path: string,
  bytes: Uint8Array,
  setup: SheetPartSetup
): WorksheetRead {
  return parseSheetText(path, decodeXmlPart(bytes, path), setup);
}

/**
 * A part's text, decoded in a frame of its own: the bytes end with it, so that a part of hundreds
 * of megabytes is not held twice (bytes and text) while it is parsed.
 */
async function loadText(job: SheetPartJob): Promise<string> {
  return decodeXmlPart(await job.load(), job.path);
}

/**
 * Loads and parses each part when its read is asked for: one part's bytes at a time, and a
 * reader that stops at the first bad sheet never unpacks the ones after it.
 */
export const IN_THREAD_SHEET_PART_PARSER: SheetPartParser = {
  start(jobs, setup) {
    return {
      read: async (index) => parseSheetText(jobs[index].path, await loadText(jobs[index]), setup),
      close: async () => {},
    };
  },
};
