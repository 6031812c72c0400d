/**
 * Why an .xlsx file was refused, as a stable code (the command line translates by code) and an
 * English sentence. Every refusal of a file goes through this type: callers never see a stack
 * trace from the zip or XML libraries.
 */
export const XLSX_FILE_ERROR_CODES = [
  "NOT_XLSX",
  "CORRUPT",
  "ZIP_BOMB",
  "TOO_LARGE",
  /** One sheet's used range is too large to hold in memory. */
  "SHEET_TOO_LARGE",
  "NOT_FOUND",
  /** Writing would overwrite the workbook that was read. */
  "OVERWRITE_INPUT",
] as const;
export type XlsxFileErrorCode = (typeof XLSX_FILE_ERROR_CODES)[number];

export class XlsxFileError extends Error {
  readonly code: XlsxFileErrorCode;

  constructor(code: XlsxFileErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "XlsxFileError";
    this.code = code;
  }
}

/**
 * A damaged file. The sentence names the file; the cause holds the detail alone (and, as its own
 * cause, what found the damage), which callers quote after their own naming of the file.
 */
export function damagedFileError(label: string, detail: string, foundBy?: unknown): XlsxFileError {
  return new XlsxFileError("CORRUPT", FILE_MESSAGES.corrupt(label, detail), {
    cause: new Error(detail, foundBy === undefined ? undefined : { cause: foundBy }),
  });
}

/** A sheet too large for memory, with the figures the message gives, for callers that word it themselves. */
export class SheetTooLargeError extends XlsxFileError {
  constructor(
    readonly sheet: string,
    /** The sheet's extent in A1 notation ("A1:L1048576"). */
    readonly range: string,
    readonly cells: number,
    readonly maxCells: number,
    /** Found by reading the cells (`range` is the extent so far) rather than from `<dimension>`. */
    readonly measured: boolean,
    message: string
  ) {
    super("SHEET_TOO_LARGE", message);
    this.name = "SheetTooLargeError";
  }
}

/** An OLE compound file: an old .xls or a password-protected workbook (they share one signature). */
export class LegacyOrEncryptedError extends XlsxFileError {
  constructor(message: string) {
    super("NOT_XLSX", message);
    this.name = "LegacyOrEncryptedError";
  }
}

export function isXlsxFileError(error: unknown): error is XlsxFileError {
  return error instanceof XlsxFileError;
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

/** The English messages, one function per refusal so that tests and callers share the wording. */
export const FILE_MESSAGES = {
  notXlsx: (label: string) => `${label} is not an .xlsx file (it is not a zip package).`,
  legacyOrEncrypted: (label: string) =>
    `${label} is an old .xls file or a password-protected workbook; save it in Excel as an .xlsx without a password.`,
  zipButNotWorkbook: (label: string) =>
    `${label} is a zip file but not an Excel workbook (no xl/workbook.xml).`,
  binaryWorkbook: (label: string) =>
    `${label} is a binary workbook (.xlsb); save it in Excel as .xlsx.`,
  corrupt: (label: string, detail: string) => `${label} is damaged and cannot be read: ${detail}.`,
  tooLarge: (label: string, size: number, limit: number) =>
    `${label} is ${megabytes(size)}, larger than the ${megabytes(limit)} limit for a workbook.`,
  unpackedTooLarge: (label: string, size: number, limit: number) =>
    `${label} would unpack to ${megabytes(size)}, more than the ${megabytes(limit)} limit (a zip bomb or an unusually large workbook).`,
  ratioTooHigh: (label: string, entry: string, ratio: number, limit: number) =>
    `${label} contains "${entry}", compressed ${Math.round(ratio)}:1, beyond the ${limit}:1 limit for a workbook part (a zip bomb).`,
  sizeLies: (label: string, entry: string) =>
    `${label} contains "${entry}", which unpacks to more than its declared size (a zip bomb or a damaged file).`,
  tooManyEntries: (label: string, count: number, limit: number) =>
    `${label} contains ${count} parts, more than the ${limit} a workbook may have (a zip bomb or a damaged file).`,
  sheetTooLarge: (
    label: string,
    sheet: string,
    range: string,
    rows: number,
    columns: number,
    limit: number,
    /** Found by reading its cells (the extent so far) rather than from its own `<dimension>`. */
    measured = false
  ) =>
    `${label}: sheet "${sheet}" ${measured ? "reaches" : "spans"} ${range} (${rows.toLocaleString("en")} rows × ${columns.toLocaleString("en")} columns = ${(rows * columns).toLocaleString("en")} cells), more than the ${limit.toLocaleString("en")} cells a sheet may have to fit in memory${measured ? " (measured while reading its cells)" : ""}.`,
  partTooLarge: (label: string, entry: string, size: number, limit: number) =>
    `${label} contains "${entry}", which would unpack to ${megabytes(size)}, more than the ${megabytes(limit)} one part may have.`,
  overlappingParts: (label: string, first: string, second: string) =>
    `${label} contains the parts "${first}" and "${second}", which share the same bytes (a zip bomb or a damaged file).`,
  notFound: (path: string) => `The file ${path} does not exist.`,
  notAFile: (path: string) => `${path} is not a file.`,
  overwriteInput: (path: string) =>
    `Refusing to write over ${path}: it is the workbook that was read. Choose another output file.`,
} as const;
