/**
 * Text the add-in writes must stay text (BAD-INPUTS #21, #34). The package writer writes a
 * string as an inline string cell, which is always literal. The Office.js applier sets `values`, which
 * Excel parses like typed input: "=SUM(A1)" would become a formula, "00123" the number 123 and
 * "1-30" the date 30 January. Such text is written with a leading apostrophe, which Excel keeps
 * out of the value and only uses to mark the cell as text.
 */

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** First characters that make Excel read typed input as a formula; tab and CR are the forms
 * spreadsheet injection uses to hide them. */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);
/** Words Excel turns into booleans or error values when typed. */
const NON_TEXT_WORDS =
  /^(true|false|#null!|#div\/0!|#value!|#ref!|#name\?|#num!|#n\/a|#getting_data|#spill!|#calc!)$/i;
/** Any digit: numbers, dates ("1-30", "Mar 5"), times, fractions and percentages all need one. */
const ANY_DIGIT = /\p{Nd}/u;

/** True when the text starts like a formula (after any leading spaces), which must never run. */
export function startsLikeFormula(text: string): boolean {
  const first = text.replace(/^ +/, "").charAt(0);
  return FORMULA_TRIGGERS.has(first) || FORMULA_TRIGGERS.has(text.charAt(0));
}

/**
 * True when writing the text through Office.js `values` could give anything but this exact text:
 * a formula, a number, a date, a boolean or an error. The apostrophe is invisible, so marking a
 * text that would have stayed text anyway costs nothing; missing one silently changes the value.
 */
export function needsLiteralPrefix(text: string): boolean {
  if (text.length === 0) return false;
  return startsLikeFormula(text) || ANY_DIGIT.test(text) || NON_TEXT_WORDS.test(text.trim());
}

export interface FittedText {
  text: string;
  /** Characters in the original text when it was cut, else null. */
  cutFrom: number | null;
}

/** Cuts text to Excel's cell limit, saying so when it had to. */
export function fitCellText(text: string): FittedText {
  if (text.length <= MAX_CELL_TEXT) return { text, cutFrom: null };
  return { text: cutText(text, MAX_CELL_TEXT), cutFrom: text.length };
}

/**
 * The first `maxUnits` UTF-16 units of a text (Excel counts its limits in those), without
 * splitting a character outside the basic plane (emoji, rare CJK) into half a surrogate pair.
 */
export function cutText(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  const cut = text.slice(0, maxUnits);
  const last = cut.charCodeAt(cut.length - 1);
  const endsInHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return endsInHighSurrogate ? cut.slice(0, -1) : cut;
}
