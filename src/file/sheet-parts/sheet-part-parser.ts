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

/** One worksheet part to parse: its path (for messages) and its unpacked bytes. */
export interface SheetPartJob {
  path: string;
  bytes: Uint8Array;
}

/** The reads of a workbook's sheet parts, asked for in order; `close` releases what parses them. */
export interface SheetPartReads {
  /** The read of the job at `index`, or the error its parse threw. */
  read(index: number): Promise<WorksheetRead>;
  close(): Promise<void>;
}

export interface SheetPartParser {
  start(jobs: readonly SheetPartJob[], setup: SheetPartSetup): SheetPartReads;
}

/** Decodes and parses one worksheet part; throws as `readWorksheetXml` and `decodeXmlPart` do. */
export function parseSheetPart(job: SheetPartJob, setup: SheetPartSetup): WorksheetRead {
  const context = {
    sharedStrings: setup.sharedStrings,
    formatOf: formatOfStyle(setup.formatCodes),
    formulaResultsSaved: setup.formulaResultsSaved,
  };
  return readWorksheetXml(decodeXmlPart(job.bytes, job.path), job.path, context, {
    maxCells: setup.maxCells,
  });
}

/**
 * Parses each part when its read is asked for: a reader that stops at the first bad sheet never
 * parses the ones after it.
 */
export const IN_THREAD_SHEET_PART_PARSER: SheetPartParser = {
  start(jobs, setup) {
    return {
      read: async (index) => parseSheetPart(jobs[index], setup),
      close: async () => {},
    };
  },
};
