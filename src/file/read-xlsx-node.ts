/** Node only: reading an .xlsx file from disk, with the same checks as `readXlsxBuffer` plus a real unpack count. */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { DEFAULT_FILE_LABEL, loadCheckedBytes, type ReadXlsxOptions, type XlsxDocument } from "./read-xlsx";
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

/**
 * Reads an .xlsx file. The size is checked before the file is read, so a file over the limit
 * costs no memory. Refusals are `XlsxFileError`s (NOT_FOUND, TOO_LARGE, NOT_XLSX, CORRUPT, ZIP_BOMB).
 */
export async function readXlsxFile(path: string, options: ReadXlsxOptions = {}): Promise<XlsxDocument> {
  const absolute = resolve(path);
  const label = options.label ?? (basename(path) || DEFAULT_FILE_LABEL);
  const limits = resolveLimits(options);
  checkFileSize(await fileSize(absolute), label, limits);
  const bytes = new Uint8Array(await readFile(absolute));
  const directory = checkXlsxBytes(bytes, label, limits);
  await verifyInflatedSizes(bytes, directory, label);
  const workbook = await loadCheckedBytes(bytes, label);
  rememberSourcePath(workbook, absolute);
  return { workbook, raw: rawWorkbookFromExcelJs(workbook, options) };
}
