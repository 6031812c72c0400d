/**
 * The tests' independent oracle for reading: one exceljs cell value → one `RawCell`
 * (src/workbook/raw.ts), the same value Office.js would
 * give for that cell, so that the workbook layer parses file and live cells alike:
 * - a Date becomes its serial day in the workbook's own date system (time of day dropped),
 *   because Office.js returns raw serials and the workbook layer shifts 1904 serials itself;
 * - a formula becomes its cached result, or `#NO_RESULT` when the file has none;
 * - rich text and hyperlinks become their text; errors stay errors;
 * - the other cells of a merged range are empty (the value sits in the top-left cell).
 */
import type { CellValue } from "exceljs";
import { DATE_1904_OFFSET, serialFromUtcDate } from "../../../src/engine/dates";
import { NO_RESULT, UNSUPPORTED_VALUE } from "../../../src/file/raw-errors";
import type { RawCell, RawError } from "../../../src/workbook/raw";

export { NO_RESULT };
/** A date cell exceljs could not turn into a real date. */
export const INVALID_DATE: RawError = { error: "#INVALID_DATE" };

interface RichTextRun {
  text: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function hasRichText(value: unknown): value is { richText: RichTextRun[] } {
  return isObject(value) && Array.isArray(value.richText);
}

function joinedText(value: { richText: RichTextRun[] }): string {
  return value.richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

export function serialFromDateCell(date: Date, date1904: boolean): RawCell {
  if (Number.isNaN(date.getTime())) return INVALID_DATE;
  return serialFromUtcDate(date) - (date1904 ? DATE_1904_OFFSET : 0);
}

/** A formula's cached result, itself a plain value, a date or an error. */
function formulaResult(result: unknown, date1904: boolean): RawCell {
  if (result === undefined || result === null) return NO_RESULT;
  return scalarOrError(result, date1904) ?? NO_RESULT;
}

function scalarOrError(value: unknown, date1904: boolean): RawCell | undefined {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return serialFromDateCell(value, date1904);
  if (isObject(value) && typeof value.error === "string") return { error: value.error };
  return undefined;
}

export function rawCellFromValue(value: CellValue, date1904: boolean): RawCell {
  if (value === null || value === undefined) return null;
  const scalar = scalarOrError(value, date1904);
  if (scalar !== undefined) return scalar;
  if (hasRichText(value)) return joinedText(value);
  if (isObject(value)) {
    if ("formula" in value || "sharedFormula" in value)
      return formulaResult(value.result, date1904);
    if ("hyperlink" in value || "text" in value) {
      const text = value.text;
      if (typeof text === "string") return text;
      if (hasRichText(text)) return joinedText(text);
      return null;
    }
  }
  return UNSUPPORTED_VALUE;
}
