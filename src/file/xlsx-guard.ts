/**
 * Checks the bytes of a supposed .xlsx before any library parses them (BAD-INPUTS #33): the
 * size, the zip signature, the zip directory, and the unpacked sizes it declares, so that a
 * non-workbook, a damaged file or a zip bomb is refused with a clear message and bounded work.
 *
 * Large files are refused rather than streamed: the same limit then holds in Node and in the
 * browser, and a review needs the whole workbook in memory anyway to write its output.
 */
import {
  damagedFileError,
  FILE_MESSAGES,
  LegacyOrEncryptedError,
  XlsxFileError,
} from "./xlsx-file-error";
import { checkZipLayout, ZipOverlapError } from "./zip-layout";
import {
  readZipDirectory,
  ZipEntryCountError,
  ZipStructureError,
  type ZipDirectory,
} from "./zip-directory";

export interface XlsxLimits {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxFileBytes?: number;
  /** Largest total unpacked size of all parts, in bytes (default 1 GB). */
  maxUnpackedBytes?: number;
  /** Highest unpacked : packed ratio of one part larger than `ratioCheckFromBytes` (default 100). */
  maxCompressionRatio?: number;
  /** Parts smaller than this unpacked are not ratio-checked: tiny XML parts compress very well (default 10 MB). */
  ratioCheckFromBytes?: number;
  /** Most parts a workbook may have (default 20,000). */
  maxEntries?: number;
  /**
   * Most cells one sheet's used range may span (default 8,000,000: about 1 GB of cells and their
   * number formats in memory). A larger sheet is refused before its grid is allocated.
   */
  maxSheetCells?: number;
}

const MB = 1024 * 1024;
export const DEFAULT_LIMITS: Required<XlsxLimits> = {
  maxFileBytes: 200 * MB,
  maxUnpackedBytes: 1024 * MB,
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 10 * MB,
  maxEntries: 20_000,
  maxSheetCells: 8_000_000,
};

const ZIP_LOCAL_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4"
/** Compound-file signature: old .xls files and password-protected (encrypted) .xlsx files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_PART = "xl/workbook.xml";
const BINARY_WORKBOOK_PART = "xl/workbook.bin";

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return (
    bytes.byteLength >= signature.length && signature.every((byte, index) => bytes[index] === byte)
  );
}

function checkSignature(bytes: Uint8Array, label: string): void {
  if (startsWith(bytes, OLE_SIGNATURE))
    throw new LegacyOrEncryptedError(FILE_MESSAGES.legacyOrEncrypted(label));
  if (!startsWith(bytes, ZIP_LOCAL_SIGNATURE))
    throw new XlsxFileError("NOT_XLSX", FILE_MESSAGES.notXlsx(label));
}

function readDirectory(
  bytes: Uint8Array,
  label: string,
  limits: Required<XlsxLimits>
): ZipDirectory {
  try {
    return readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    if (error instanceof ZipEntryCountError) {
      throw new XlsxFileError(
        "ZIP_BOMB",
        FILE_MESSAGES.tooManyEntries(label, error.entryCount, limits.maxEntries),
        { cause: error }
      );
    }
    if (error instanceof ZipStructureError) throw damagedFileError(label, error.message, error);
    throw error;
  }
}

function checkWorkbookParts(directory: ZipDirectory, label: string): void {
  const names = new Set(directory.entries.map((entry) => entry.name.replace(/^\//, "")));
  if (names.has(WORKBOOK_PART)) return;
  if (names.has(BINARY_WORKBOOK_PART))
    throw new XlsxFileError("NOT_XLSX", FILE_MESSAGES.binaryWorkbook(label));
  throw new XlsxFileError("NOT_XLSX", FILE_MESSAGES.zipButNotWorkbook(label));
}

function checkDeclaredSizes(
  directory: ZipDirectory,
  label: string,
  limits: Required<XlsxLimits>
): void {
  let total = 0;
  for (const entry of directory.entries) {
    total += entry.uncompressedSize;
    if (total > limits.maxUnpackedBytes) {
      const declared = directory.entries.reduce((sum, item) => sum + item.uncompressedSize, 0);
      throw new XlsxFileError(
        "ZIP_BOMB",
        FILE_MESSAGES.unpackedTooLarge(label, declared, limits.maxUnpackedBytes)
      );
    }
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes) {
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (ratio > limits.maxCompressionRatio) {
        throw new XlsxFileError(
          "ZIP_BOMB",
          FILE_MESSAGES.ratioTooHigh(label, entry.name, ratio, limits.maxCompressionRatio)
        );
      }
    }
  }
}

function checkLayout(bytes: Uint8Array, directory: ZipDirectory, label: string): void {
  try {
    checkZipLayout(bytes, directory);
  } catch (error) {
    if (error instanceof ZipOverlapError)
      throw new XlsxFileError(
        "ZIP_BOMB",
        FILE_MESSAGES.overlappingParts(label, error.first, error.second),
        { cause: error }
      );
    if (error instanceof ZipStructureError) throw damagedFileError(label, error.message, error);
    throw error;
  }
}

export function resolveLimits(limits: XlsxLimits = {}): Required<XlsxLimits> {
  return {
    ...DEFAULT_LIMITS,
    ...Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)),
  };
}

/** The size check alone, for callers that know a file's size before reading it. */
export function checkFileSize(size: number, label: string, limits: Required<XlsxLimits>): void {
  if (size > limits.maxFileBytes)
    throw new XlsxFileError("TOO_LARGE", FILE_MESSAGES.tooLarge(label, size, limits.maxFileBytes));
}

/** Throws an `XlsxFileError` unless the bytes look like a workbook that is safe to unpack; returns its zip directory. */
export function checkXlsxBytes(
  bytes: Uint8Array,
  label: string,
  limits: Required<XlsxLimits>
): ZipDirectory {
  checkFileSize(bytes.byteLength, label, limits);
  checkSignature(bytes, label);
  const directory = readDirectory(bytes, label, limits);
  checkWorkbookParts(directory, label);
  checkDeclaredSizes(directory, label, limits);
  checkLayout(bytes, directory, label);
  return directory;
}
