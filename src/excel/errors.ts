/**
 * Office errors turned into stable codes with clear English sentences. The pane translates by
 * code; the English message is the fallback and what the logs show.
 */

export const EXCEL_ERROR_CODES = [
  "CELL_EDIT_MODE",
  "SHEET_MISSING",
  "REQUEST_TOO_LARGE",
  "SHEET_NAME_TAKEN",
  "SHEET_PROTECTED",
  "WORKBOOK_PROTECTED",
  "ROWS_MOVED",
  "UNDO_NOT_SUPPORTED",
  "WRITE_INTERRUPTED",
  "CANCELLED",
  "NOT_IN_EXCEL",
  "SETTINGS_NOT_SAVED",
  "SETTINGS_NOT_REFRESHED",
  "SETTINGS_CHANGED_ELSEWHERE",
  "EXCEL_FAILED",
] as const;
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

export const CELL_EDIT_MODE_MESSAGE = "Finish editing the cell, then run the review again.";
export const REQUEST_TOO_LARGE_MESSAGE =
  "Excel refused the data even in small pieces: a sheet holds rows too large to send at once " +
  "(very long texts or thousands of columns). Remove unused columns or long texts, then run the review again.";
export const SHEET_PROTECTED_MESSAGE =
  "A sheet the review writes to is protected. Unprotect it (Review › Unprotect Sheet), then run the review again.";
export const CANCELLED_MESSAGE = "The review was cancelled.";
export const NOT_IN_EXCEL_MESSAGE = "Excel is not available here; open a workbook file instead.";

export const sheetProtectedMessage = (sheet: string): string =>
  `The sheet "${sheet}" is protected, and the review writes to it. Nothing was written. ` +
  `Unprotect it (Review › Unprotect Sheet), then run the review again.`;
export const WORKBOOK_PROTECTED_MESSAGE =
  "The workbook's structure is protected, and the review must add or rename one of its own sheets. " +
  "Nothing was written. Unprotect the workbook (Review › Protect Workbook), then run the review again.";
export const rowsMovedMessage = (sheet: string, row: number): string =>
  `Sheet "${sheet}", row ${row}: the rows changed since the preview (sorted, inserted, deleted or edited), ` +
  `so the results would land beside the wrong customers. Nothing was written. Run the review again.`;
export const UNDO_NOT_SUPPORTED_MESSAGE =
  "Excel cannot undo one of the changes as part of the review, so it refused it.";
export const sheetMissingMessage = (sheet: string): string =>
  `The sheet "${sheet}" was renamed or deleted while the review was running. ` +
  `Nothing was written. Run the review again.`;
export const sheetNameTakenMessage = (name: string): string =>
  `The review writes its output to a sheet named "${name}", but a sheet of yours now carries that name. ` +
  `Nothing was written. Run the review again: it will choose another name.`;
export const sheetGoneWhileWriting = (sheet: string): string =>
  `the sheet "${sheet}" was renamed or deleted while the review wrote to it.`;
export const writeInterruptedMessage = (reason: string, recovery: string): string =>
  [
    `The review stopped while writing, so its results may be only partly written: ${reason}`,
    recovery,
    "Run the review again to write them in full.",
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
/** What the Credit Log holds to recover from a partial write, in one sentence. */
export const creditLogRecovery = (logSheet: string, lastEarlierRow: number): string =>
  lastEarlierRow >= 2
    ? `The sheet "${logSheet}" still holds the earlier reviews in rows 2 to ${lastEarlierRow}: every customer's previous limit and terms are there.`
    : `The sheet "${logSheet}" held no earlier review, so there is no previous limit to go back to.`;
export const settingsNotSavedMessage = (reason: string): string =>
  `The settings could not be saved in the workbook: ${reason}`;
export const settingsNotRefreshedMessage = (reason: string): string =>
  `The settings saved in the workbook could not be read again: ${reason}`;
export const settingsChangedElsewhereMessage = (settings: readonly string[]): string =>
  `Someone else changed ${settings.map((name) => `"${name}"`).join(", ")} in this workbook since ` +
  `the pane loaded its settings, and you changed ${settings.length === 1 ? "it" : "them"} too. ` +
  `Nothing was saved, so their change stands. Close and reopen the pane to see it, then make your change again.`;
export const excelFailedMessage = (code: string, message: string): string =>
  `Excel could not complete the request (${code}): ${message}`;

/** What Excel reports; Office.js errors carry a string `code` (e.g. "ItemNotFound"). */
const OFFICE_CODES = {
  cellEditMode: "InvalidOperationInCellEditMode",
  itemNotFound: "ItemNotFound",
  requestTooLarge: "RequestPayloadSizeLimitExceeded",
  responseTooLarge: "ResponsePayloadSizeLimitExceeded",
  accessDenied: "AccessDenied",
  undoNotSupported: "UndoNotSupported",
  aborted: "RequestAborted",
} as const;

/** What an Office error code means to the adapter. */
interface OfficeMeaning {
  code: ExcelErrorCode;
  message: (sheet: string) => string;
  /** Running the same review again may simply work: nothing was left half-done. */
  retryable: boolean;
  /** The error is about the sheet the caller names (a cancel or a cell being edited is not). */
  aboutSheet: boolean;
}

const OFFICE_MEANINGS: ReadonlyMap<string, OfficeMeaning> = new Map<string, OfficeMeaning>([
  [
    OFFICE_CODES.cellEditMode,
    {
      code: "CELL_EDIT_MODE",
      message: () => CELL_EDIT_MODE_MESSAGE,
      retryable: true,
      aboutSheet: false,
    },
  ],
  [
    OFFICE_CODES.itemNotFound,
    { code: "SHEET_MISSING", message: sheetMissingMessage, retryable: true, aboutSheet: true },
  ],
  ...[OFFICE_CODES.requestTooLarge, OFFICE_CODES.responseTooLarge].map(
    (tooLarge): [string, OfficeMeaning] => [
      tooLarge,
      {
        code: "REQUEST_TOO_LARGE",
        message: () => REQUEST_TOO_LARGE_MESSAGE,
        retryable: false,
        aboutSheet: true,
      },
    ]
  ),
  [
    OFFICE_CODES.accessDenied,
    {
      code: "SHEET_PROTECTED",
      message: () => SHEET_PROTECTED_MESSAGE,
      retryable: false,
      aboutSheet: true,
    },
  ],
  [
    OFFICE_CODES.undoNotSupported,
    {
      code: "UNDO_NOT_SUPPORTED",
      message: () => UNDO_NOT_SUPPORTED_MESSAGE,
      retryable: false,
      aboutSheet: true,
    },
  ],
  [
    OFFICE_CODES.aborted,
    { code: "CANCELLED", message: () => CANCELLED_MESSAGE, retryable: true, aboutSheet: false },
  ],
]);

export class ExcelAdapterError extends Error {
  readonly code: ExcelErrorCode;
  /** True when running the same review again may simply work (nothing was left half-done). */
  readonly retryable: boolean;
  /** The sheet concerned, when the error is about one. */
  readonly sheet: string | null;

  constructor(
    code: ExcelErrorCode,
    message: string,
    options: { retryable?: boolean; sheet?: string | null; cause?: unknown } = {}
  ) {
    super(message, { cause: options.cause });
    // The pane's cancel path looks for the DOM name of an aborted operation.
    this.name = code === "CANCELLED" ? "AbortError" : "ExcelAdapterError";
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.sheet = options.sheet ?? null;
  }
}

/** The Office error code of anything thrown, or null when it carries none. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === OFFICE_CODES.requestTooLarge || code === OFFICE_CODES.responseTooLarge;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The adapter's error for anything a batch threw. `sheet` names the sheet a missing item most
 * likely is (the caller knows which sheets it asked for).
 */
export function translateOfficeError(
  error: unknown,
  context: { sheet?: string } = {}
): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = officeErrorCode(error);
  const meaning = code === null ? undefined : OFFICE_MEANINGS.get(code);
  if (meaning === undefined) {
    return new ExcelAdapterError(
      "EXCEL_FAILED",
      excelFailedMessage(code ?? "unknown", messageOf(error)),
      { cause: error }
    );
  }
  return new ExcelAdapterError(meaning.code, meaning.message(context.sheet ?? "?"), {
    retryable: meaning.retryable,
    sheet: meaning.aboutSheet ? (context.sheet ?? null) : null,
    cause: error,
  });
}

export function cancelledError(): ExcelAdapterError {
  return new ExcelAdapterError("CANCELLED", CANCELLED_MESSAGE, { retryable: true });
}

/** Throws the adapter's cancel error when the signal has fired (checked before each round trip). */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
