/** Node only: reading an .xlsx file from disk, with the same checks as `readXlsxBuffer` plus a real unpack count. */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { DEFAULT_FILE_LABEL, loadCheckedBytes, toBytes, type ReadXlsxOptions, type XlsxDocument } from "./read-xlsx";
import { rawWorkbookFromExcelJs } from "./raw-workbook";
import { rememberSourcePath } from "./source-path";
import { verifyInflatedSizes } from "./inflate-check-node";
import { checkFileSize, checkXlsxBytes, resolveLimits } from "./xlsx-guard";
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
    if (isMissing(error)) throw new XlsxFileError("NOT_FOUND", FILE_MESSAGES.notFound(path), { cause: error });
    throw error;
  }
}

/** `readXlsxBuffer` plus the real unpack count that catches a zip whose declared sizes lie. */
export async function readXlsxBufferNode(buffer: ArrayBuffer | Uint8Array, options: ReadXlsxOptions = {}): Promise<XlsxDocument> {
  const label = options.label ?? DEFAULT_FILE_LABEL;
  const bytes = toBytes(buffer);
  const directory = checkXlsxBytes(bytes, label, resolveLimits(options));
  await verifyInflatedSizes(bytes, directory, label);
  const workbook = await loadCheckedBytes(bytes, label);
  return { workbook, raw: rawWorkbookFromExcelJs(workbook, options) };
}

/**
 * Reads an .xlsx file. The size is checked before the file is read, so a file over the limit
 * costs no memory. Refusals are `XlsxFileError`s (NOT_FOUND, TOO_LARGE, NOT_XLSX, CORRUPT, ZIP_BOMB).
 */
export async function readXlsxFile(path: string, options: ReadXlsxOptions = {}): Promise<XlsxDocument> {
  const absolute = resolve(path);
  const label = options.label ?? (basename(path) || DEFAULT_FILE_LABEL);
  const limits = resolveLimits(options);
  checkFileSize(await fileSize(absolute), label, limits);
  const document = await readXlsxBufferNode(await readFile(absolute), { ...options, label });
  rememberSourcePath(document.workbook, absolute);
  return document;
}
