/** Node only: reading .xlsx files from disk, and buffers with Node's zlib. */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import {
  DEFAULT_FILE_LABEL,
  openChecked,
  type ReadXlsxOptions,
  type XlsxDocument,
  type XlsxSource,
} from "./read-xlsx";
import { rememberSourcePath } from "./source-path";
import { ZLIB_UNPACKER } from "./unpack-node";
import { verifyParts } from "./verify-parts";
import { checkFileSize, resolveLimits } from "./xlsx-guard";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new XlsxFileError("NOT_FOUND", FILE_MESSAGES.notAFile(path));
    return info.size;
  } catch (error) {
    if (isMissing(error))
      throw new XlsxFileError("NOT_FOUND", FILE_MESSAGES.notFound(path), { cause: error });
    throw error;
  }
}

/** `openXlsxBuffer` with zlib and the real unpacked-size count. */
export function openXlsxBufferNode(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<XlsxSource> {
  return openChecked(buffer, options, {
    unpacker: ZLIB_UNPACKER,
    beforeLoad: verifyParts(ZLIB_UNPACKER),
  });
}

export async function readXlsxBufferNode(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<XlsxDocument> {
  const source = await openXlsxBufferNode(buffer, options);
  return { raw: source.raw, workbook: await source.loadWorkbook() };
}

/**
 * Checks an .xlsx file and reads its raw sheets. The size is checked before the file is read,
 * so a file over the limit costs no memory. A workbook loaded from the source remembers its
 * path, and `writeXlsxFile` refuses to overwrite it. Refusals are `XlsxFileError`s
 * (NOT_FOUND, TOO_LARGE, NOT_XLSX, CORRUPT, ZIP_BOMB).
 */
export async function openXlsxFile(
  path: string,
  options: ReadXlsxOptions = {}
): Promise<XlsxSource> {
  const absolute = resolve(path);
  const label = options.label ?? (basename(path) || DEFAULT_FILE_LABEL);
  checkFileSize(await fileSize(absolute), label, resolveLimits(options));
  const source = await openXlsxBufferNode(await readFile(absolute), { ...options, label });
  return {
    raw: source.raw,
    loadWorkbook: async () => {
      const workbook = await source.loadWorkbook();
      rememberSourcePath(workbook, absolute);
      return workbook;
    },
  };
}

/** `openXlsxFile` and the exceljs workbook at once, for a review that writes its output. */
export async function readXlsxFile(
  path: string,
  options: ReadXlsxOptions = {}
): Promise<XlsxDocument> {
  const source = await openXlsxFile(path, options);
  return { raw: source.raw, workbook: await source.loadWorkbook() };
}
