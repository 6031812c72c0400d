/**
 * Text as people type it into spreadsheets: full-width letters and digits (Ａ１２３), non-breaking
 * and ideographic spaces, the Unicode minus sign. Normalised once so that parsers compare plain
 * ASCII forms. NFKC maps full-width forms to their ASCII twins and odd spaces to a plain space.
 */

/** Printable ASCII only: such text needs no Unicode normalisation (the fast path). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Minus-like dashes that NFKC leaves alone but people use as a minus. */
const MINUS_LIKE = /[\u2212\u2012\u2013\u2014\u2015\ufe63]/g;

/** NFKC (skipped for plain ASCII), minus-like dashes to "-", trimmed. */
export function normaliseCellText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.trim();
  return text.normalize("NFKC").replace(MINUS_LIKE, "-").trim();
}

/** Spaces and the punctuation people vary in headers ("Due date", "due_date", "Due-Date:"). */
const HEADER_NOISE = /[\s._:*-]+/g;
/** A trailing note in brackets: "Amount (USD)", "金额（元）", "Paid [HKD]", "余额【元】". */
const TRAILING_BRACKET = /[([【][^()[\]【】]*[)\]】]$/;

/** The comparison form of a header or sheet name: case, width, spaces and light punctuation ignored. */
export function headerKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(HEADER_NOISE, "");
}

/** The same key without a trailing bracketed note, or null when there is none. */
export function headerKeyWithoutNote(text: string): string | null {
  const normalised = text.normalize("NFKC").trim();
  if (!TRAILING_BRACKET.test(normalised)) return null;
  const key = headerKey(normalised.replace(TRAILING_BRACKET, ""));
  return key.length > 0 ? key : null;
}

/** True when the text contains Chinese (CJK unified ideographs). */
export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
