/**
 * The outcome of reading one cell: a value (possibly with a warning that still lets it be used),
 * or the reason it cannot be used. Parsers never throw on user data.
 */
import type { Problem } from "../engine/types";
import type { ReadCode } from "./read-problem";
import { READ_CODES } from "./read-problem";
import type { RawCell, RawError } from "./raw";
import { isRawError } from "./raw";

/** Why a cell cannot be used (or was changed), as data: the language layer words it. */
export interface ParseIssue {
  code: ReadCode;
  /** What the issue says beyond its code (its variant, numbers). */
  params?: Problem["params"];
}

export type Parsed<T> = { ok: true; value: T; warning?: ParseIssue } | ({ ok: false } & ParseIssue);

export function parsedValue<T>(value: T, warning?: ParseIssue): Parsed<T> {
  return warning ? { ok: true, value, warning } : { ok: true, value };
}

export function parseFailure<T>(code: ReadCode, params?: Problem["params"]): Parsed<T> {
  return params === undefined ? { ok: false, code } : { ok: false, code, params };
}

/** What Excel shows for a formula that has not been calculated (readers give it this code). */
export const NO_RESULT_ERROR = "#NO_RESULT";

/** `#N/A`, `#REF!`... or a formula with no result: the row cannot use this cell. */
export function errorCellFailure<T>(cell: RawError): Parsed<T> {
  if (cell.error === NO_RESULT_ERROR) {
    return parseFailure(READ_CODES.noResult);
  }
  return parseFailure(READ_CODES.cellError, { error: cell.error });
}

/** Blank: empty, null, or text made only of spaces (any kind of space). */
export function isBlankCell(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.length === 0 || cell.trim().length === 0;
  return false;
}

/** A cell's value as text for messages. */
export function cellText(cell: RawCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (isRawError(cell)) return cell.error;
  return String(cell);
}
