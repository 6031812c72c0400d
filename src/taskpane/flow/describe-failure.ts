/**
 * Turns whatever a port threw into a code the pane translates and the original text shown
 * beneath it, so nothing is lost and nothing is swallowed. Refusals of the review itself arrive
 * as data (`refusal-failure.ts`), not as errors.
 */
import type { PaneFailure } from "./review-state";

/** Codes the pane has words for; any other code is shown with the generic heading. */
export const KNOWN_FAILURE_CODES = [
  "CELL_EDIT_MODE",
  "SHEET_MISSING",
  "SHEET_NAME_TAKEN",
  "SHEET_PROTECTED",
  "WRITE_INTERRUPTED",
  "SETTINGS_NOT_SAVED",
  "REQUEST_TOO_LARGE",
  "NOT_XLSX",
  "CORRUPT",
  "ZIP_BOMB",
  "TOO_LARGE",
  "POLICY_REFUSED",
  "NO_FILE",
  "COLUMN_UNREADABLE",
  "MIXED_CURRENCIES",
  "AMOUNTS_TOO_LARGE",
  "OUTPUT_PAST_LAST_COLUMN",
  "WORKBOOK_PROTECTED",
  "ROWS_MOVED",
  "UNDO_NOT_SUPPORTED",
  "SETTINGS_NOT_REFRESHED",
  "SETTINGS_CHANGED_ELSEWHERE",
] as const;
export type KnownFailureCode = (typeof KNOWN_FAILURE_CODES)[number];

export const UNKNOWN_FAILURE_CODE = "UNKNOWN";

export function describeFailure(error: unknown): PaneFailure {
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: code ?? UNKNOWN_FAILURE_CODE, detail };
}

export function isKnownFailureCode(code: string): code is KnownFailureCode {
  return (KNOWN_FAILURE_CODES as readonly string[]).includes(code);
}

/** Errors of the Office and file adapters carry a string `code`. */
function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}
