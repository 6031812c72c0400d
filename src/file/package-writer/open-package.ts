/**
 * Opening an .xlsx for the package writer, in Node and in the browser: the bytes are checked
 * (xlsx-guard.ts), the raw sheets are read straight from the package's XML, and the package is
 * kept as it is, to be patched later. No spreadsheet library is loaded.
 */
import type { RawWorkbook } from "../../workbook/raw";
import { readRawXlsx } from "../read-raw-xlsx";
import {
  IN_THREAD_SHEET_PART_PARSER,
  type SheetPartParser,
} from "../sheet-parts/sheet-part-parser";
import { DEFAULT_FILE_LABEL, toBytes, type ReadXlsxOptions } from "../read-options";
import { canUseStreams, STREAM_UNPACKER, type Unpacker } from "../unpack";
import { checkXlsxBytes, resolveLimits } from "../xlsx-guard";
import { STREAM_PACKER, type Packer } from "./packer";
import type { XlsxPackage } from "./xlsx-package";

/** The raw sheets of a checked workbook and the package to patch. */
export interface XlsxPackageDocument {
  raw: RawWorkbook;
  package: XlsxPackage;
}

export async function openPackageWith(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions,
  unpacker: Unpacker,
  packer: Packer,
  sheetParser: SheetPartParser = IN_THREAD_SHEET_PART_PARSER
): Promise<XlsxPackageDocument> {
  const label = options.label ?? DEFAULT_FILE_LABEL;
  const bytes = toBytes(buffer);
  const directory = checkXlsxBytes(bytes, label, resolveLimits(options));
  const raw = await readRawXlsx(bytes, directory, label, unpacker, options, sheetParser);
  return { raw, package: { bytes, directory, label, unpacker, packer } };
}

/** Said by a browser too old for the file mode (before Chrome 103, Firefox 113, Safari 16.4). */
export const NO_STREAMS_MESSAGE =
  "This browser cannot unpack or pack .xlsx files (it has no CompressionStream). Use a current Edge, Chrome, Firefox or Safari.";

/** Checks an .xlsx in memory and reads its raw sheets with the web-standard streams (browsers, Node 18+). */
export async function openXlsxPackage(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<XlsxPackageDocument> {
  if (!canUseStreams() || typeof CompressionStream !== "function")
    throw new Error(NO_STREAMS_MESSAGE);
  return openPackageWith(buffer, options, STREAM_UNPACKER, STREAM_PACKER);
}
