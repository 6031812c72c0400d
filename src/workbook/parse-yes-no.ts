/**
 * Yes/no cells (shipped, new customer, long-standing): a TRUE/FALSE cell, 1/0, or one of the words
 * below in English or Chinese, or a check mark. Anything else is reported, never guessed.
 */
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";
import { normaliseCellText } from "./text-normalise";

const YES_WORDS = ["y", "yes", "true", "1", "是", "有", "对", "對", "✓", "✔", "☑", "√"];
const NO_WORDS = ["n", "no", "false", "0", "否", "无", "無", "没有", "沒有", "✗", "✘", "☐", "×"];

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

export function parseYesNoCell(cell: RawCell): Parsed<boolean> {
  if (typeof cell === "boolean") return parsedValue(cell);
  if (typeof cell === "number") {
    if (cell === 1) return parsedValue(true);
    if (cell === 0) return parsedValue(false);
    return parseFailure(READ_CODES.notYesNo);
  }
  if (typeof cell === "string") {
    const word = normaliseCellText(cell).toLowerCase();
    if (YES.has(word)) return parsedValue(true);
    if (NO.has(word)) return parsedValue(false);
    return parseFailure(READ_CODES.notYesNo);
  }
  if (cell !== null && isRawError(cell)) return errorCellFailure(cell);
  return parseFailure(READ_CODES.notYesNo);
}
