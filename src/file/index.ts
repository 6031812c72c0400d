/**
 * File mode for Node and the browser: check an .xlsx and read its raw sheets straight from the
 * package's XML, then write a review by patching the package (the user's parts kept as they
 * are). No spreadsheet library is involved. Nothing here touches the file system (see index-node.ts).
 */
export { DEFAULT_FILE_LABEL, type RawReadOptions, type ReadXlsxOptions } from "./read-options";
export { NO_RESULT, UNSUPPORTED_VALUE } from "./raw-errors";
export { DEFAULT_LIMITS, type XlsxLimits } from "./xlsx-guard";
export {
  XlsxFileError,
  SheetTooLargeError,
  LegacyOrEncryptedError,
  isXlsxFileError,
  XLSX_FILE_ERROR_CODES,
  FILE_MESSAGES,
  type XlsxFileErrorCode,
} from "./xlsx-file-error";
export { PlanApplyError, PLAN_MESSAGES } from "./plan-errors";
export { OWNED_HEADER_FILL, OWNED_HEADER_FONT } from "./plan-colors";
export {
  openXlsxPackage,
  NO_STREAMS_MESSAGE,
  type XlsxPackageDocument,
} from "./package-writer/open-package";
export {
  patchXlsxPackage,
  DEFAULT_COMPRESSION_LEVEL,
  type PatchOptions,
  type PatchResult,
} from "./package-writer/patch-package";
export type { XlsxPackage } from "./package-writer/xlsx-package";
export { ZipLimitError, ZIP_LIMIT_MESSAGES } from "./package-writer/zip-writer";
export {
  readWorkbookSettings,
  DOCUMENT_SETTINGS_MESSAGES,
  type WorkbookSettings,
} from "./document-settings";
