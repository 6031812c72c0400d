/**
 * Which mark is a text column's decimal point. "1.200" is 1.2 to one reader and 1200 to another;
 * only the column's other values can tell. A value like "1.200,00", "950,50" or "1.200.000" shows
 * a comma decimal point, "1,200.00" or "12.5" a dot: when a column shows one mark and never the
 * other, its ambiguous values are read by it; when it shows both or neither, they stay ambiguous
 * and are reported, never guessed.
 */
import { AMBIGUOUS_SEPARATOR, parseDecimalText } from "./parse-decimal";
import type { DecimalMark } from "./parse-decimal";

export function columnDecimalMark(cells: Iterable<unknown>): DecimalMark | null {
  let dot = false;
  let comma = false;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const decimal = parseDecimalText(cell);
    if (decimal === null || decimal === AMBIGUOUS_SEPARATOR) continue;
    if (decimal.shownMark === "dot") dot = true;
    else if (decimal.shownMark === "comma") comma = true;
    if (dot && comma) return null;
  }
  if (dot) return "dot";
  return comma ? "comma" : null;
}
