/**
 * The first-column words of a totals line ("Total", "合计"): never a customer or an invoice, so a
 * row that starts with one is not data.
 */
import { headerKey } from "./text-normalise";

const TOTAL_WORDS = new Set(
  [
    "total",
    "totals",
    "grand total",
    "sum",
    "subtotal",
    "合计",
    "合計",
    "总计",
    "總計",
    "小计",
    "小計",
    "总额",
    "總額",
  ].map(headerKey)
);

/** The longest totals word, so that longer text (every real id and name) is rejected at once. */
const LONGEST_TOTAL_WORD = 16;
const HAS_DIGIT = /\d/;

export function isTotalLabel(cell: unknown): boolean {
  return (
    typeof cell === "string" &&
    cell.length <= LONGEST_TOTAL_WORD &&
    !HAS_DIGIT.test(cell) &&
    TOTAL_WORDS.has(headerKey(cell))
  );
}
