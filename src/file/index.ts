/**
 * File mode for Node and the browser: read an .xlsx into raw sheets, apply an output plan,
 * write a new .xlsx. Nothing here touches the file system (see index-node.ts for that).
 */
export {
  openXlsxBuffer,
  readXlsxBuffer,
  DEFAULT_FILE_LABEL,
  type ReadXlsxOptions,
  type XlsxDocument,
  type XlsxSource,
} from "./read-xlsx";
export { rawWorkbookFromExcelJs, type RawReadOptions } from "./raw-workbook";
export { rawCellFromValue, NO_RESULT, INVALID_DATE, UNSUPPORTED_VALUE } from "./raw-cell";
export { DEFAULT_LIMITS, type XlsxLimits } from "./xlsx-guard";
export {
  XlsxFileError,
  isXlsxFileError,
  XLSX_FILE_ERROR_CODES,
  FILE_MESSAGES,
  type XlsxFileErrorCode,
} from "./xlsx-file-error";
export { applyPlanToWorkbook, type ApplyPlanResult } from "./apply-plan";
export { PlanApplyError, PLAN_MESSAGES } from "./plan-errors";
export { OWNED_HEADER_FILL, OWNED_HEADER_FONT } from "./plan-colors";
export { writeXlsxBuffer } from "./write-xlsx";
export { openXlsxPackage, type XlsxPackageDocument } from "./package-writer/open-package";
export {
  patchXlsxPackage,
  DEFAULT_COMPRESSION_LEVEL,
  type PatchOptions,
  type PatchResult,
} from "./package-writer/patch-package";
export type { XlsxPackage } from "./package-writer/xlsx-package";
