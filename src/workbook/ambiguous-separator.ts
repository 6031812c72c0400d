/**
 * The problem of a value like "1.200" whose column does not show its decimal mark: it names both
 * readings so that the reader sees why it was not used, rather than a number picked for them.
 */
import type { DecimalMark } from "./parse-decimal";
import { AMBIGUOUS_SEPARATOR, parseDecimalText } from "./parse-decimal";
import type { Parsed } from "./parsed";
import { parseFailure } from "./parsed";
import { READ_CODES } from "./read-problem";

export function ambiguousSeparatorFailure<T>(text: string): Parsed<T> {
  const asDot = readingWith(text, "dot");
  const asComma = readingWith(text, "comma");
  return parseFailure(READ_CODES.ambiguousSeparator, {
    asDot,
    asComma,
  });
}

/** The value read with `mark` as its decimal point, as plain digits ("1200", "1.2"). */
function readingWith(text: string, mark: DecimalMark): string {
  const decimal = parseDecimalText(text, mark);
  if (decimal === null || decimal === AMBIGUOUS_SEPARATOR) return text;
  const sign = decimal.negative ? "-" : "";
  const fraction = decimal.fractionDigits === "" ? "" : `.${decimal.fractionDigits}`;
  return `${sign}${decimal.integerDigits}${fraction}`;
}
