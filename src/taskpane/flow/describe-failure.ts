/**
 * Turns whatever a port threw into a code the pane translates and the original text shown
 * beneath it, so nothing is lost and nothing is swallowed. Refusals of the review itself arrive
 * as data (`refusal-failure.ts`), not as errors.
 */
import type { ExcelErrorCode } from "../../excel/errors";
import type { XlsxFileErrorCode } from "../../file/xlsx-file-error";
import type { NoFileChosenError } from "../ports/file-port";
import type { FailureRefusal } from "./refusal-failure";
import type { PaneFailure } from "./review-state";

/**
 * Codes the pane has words for, each from the adapter or refusal that owns it; any other code
 * (a cancel, no Excel, Excel's own failure, a file the pane never writes) gets the generic heading.
 */
export type KnownFailureCode =
  | Exclude<ExcelErrorCode, "CANCELLED" | "NOT_IN_EXCEL" | "EXCEL_FAILED">
  | Exclude<XlsxFileErrorCode, "SHEET_TOO_LARGE" | "NOT_FOUND" | "OVERWRITE_INPUT">
  | NoFileChosenError["code"]
  | FailureRefusal["code"];

export const UNKNOWN_FAILURE_CODE = "UNKNOWN";

export function describeFailure(error: unknown): PaneFailure {
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: code ?? UNKNOWN_FAILURE_CODE, detail };
}

/** Errors of the Office and file adapters carry a string `code`. */
function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}
