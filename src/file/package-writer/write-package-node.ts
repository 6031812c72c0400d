/**
 * Node only: opening an .xlsx file for the package writer, and writing the patched package to
 * a NEW file. The workbook that was read is never overwritten, whatever path leads to it.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { OutputPlan } from "../../workbook/plan";
import { DEFAULT_FILE_LABEL, type ReadXlsxOptions } from "../read-options";
import { nodeSheetPartParser } from "../sheet-parts/worker-sheet-part-parser-node";
import { ZLIB_UNPACKER } from "../unpack-node";
import { refuseInput, writeNewFile, type WriteXlsxFileOptions } from "../write-new-file";
import { checkFileSize, resolveLimits } from "../xlsx-guard";
import { FILE_MESSAGES, XlsxFileError } from "../xlsx-file-error";
import { ZLIB_PACKER } from "./packer-node";
import { openPackageWith, type XlsxPackageDocument } from "./open-package";
import { patchXlsxPackage, type PatchOptions, type PatchResult } from "./patch-package";
import type { XlsxPackage } from "./xlsx-package";

/** Sheets parsed side by side where this build and the machine allow it. */
const SHEET_PART_PARSER = nodeSheetPartParser();

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new XlsxFileError("NOT_FOUND", FILE_MESSAGES.notAFile(path));
    return info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new XlsxFileError("NOT_FOUND", FILE_MESSAGES.notFound(path), { cause: error });
    throw error;
  }
}

/** `openXlsxPackage` with Node's zlib. */
export function openXlsxPackageBufferNode(
  buffer: ArrayBuffer | Uint8Array,
  options: ReadXlsxOptions = {}
): Promise<XlsxPackageDocument> {
  return openPackageWith(buffer, options, ZLIB_UNPACKER, ZLIB_PACKER, SHEET_PART_PARSER);
}

/**
 * Checks an .xlsx file and reads its raw sheets, keeping the package to patch. The size is
 * checked before the file is read. Refusals are `XlsxFileError`s.
 */
export async function openXlsxPackageFile(
  path: string,
  options: ReadXlsxOptions = {}
): Promise<XlsxPackageDocument> {
  const absolute = resolve(path);
  const label = options.label ?? (basename(path) || DEFAULT_FILE_LABEL);
  checkFileSize(await fileSize(absolute), label, resolveLimits(options));
  const document = await openPackageWith(
    await readFile(absolute),
    { ...options, label },
    ZLIB_UNPACKER,
    ZLIB_PACKER,
    SHEET_PART_PARSER
  );
  return { raw: document.raw, package: { ...document.package, sourcePath: absolute } };
}

/** Applies the plan to the package and writes the result to a NEW file; refuses to overwrite the input. */
export async function writePatchedXlsxFile(
  source: XlsxPackage,
  plan: OutputPlan,
  path: string,
  options: WriteXlsxFileOptions & PatchOptions = {}
): Promise<PatchResult> {
  const guarded = [source.sourcePath, options.inputPath];
  // Refused before the work: a wrong --out costs nothing.
  await refuseInput(path, guarded);
  const result = await patchXlsxPackage(source, plan, options);
  await writeNewFile(result.bytes, path, guarded, options.fs);
  return result;
}
