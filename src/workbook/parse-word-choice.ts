/**
 * Cells that must hold one of a few known words (a letter language, a collection action), in
 * English or Chinese. Matching ignores case and surrounding spaces; anything else is reported
 * with the accepted words, never guessed.
 */
import type { Parsed } from "./parsed";
import { errorCellFailure, parseFailure, parsedValue } from "./parsed";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES } from "./read-problem";
import { normaliseCellText } from "./text-normalise";

export type WordChoiceParser<T> = (cell: RawCell) => Parsed<T>;

/** A parser for the words of `choices` (value → its words); `accepted` is shown when none match. */
export function wordChoiceParser<T>(
  choices: ReadonlyArray<readonly [T, readonly string[]]>
): WordChoiceParser<T> {
  const byWord = new Map<string, T>();
  for (const [value, words] of choices) {
    for (const word of words) byWord.set(normaliseCellText(word).toLowerCase(), value);
  }
  const accepted = choices.map(([, words]) => words[0]).join(" / ");
  return (cell) => {
    if (cell !== null && typeof cell === "object" && isRawError(cell))
      return errorCellFailure(cell);
    if (typeof cell === "string") {
      const value = byWord.get(normaliseCellText(cell).toLowerCase());
      if (value !== undefined) return parsedValue(value);
    }
    return parseFailure(READ_CODES.unknownWord, { accepted });
  };
}
