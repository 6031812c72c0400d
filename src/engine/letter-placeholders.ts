/**
 * The `{name}` placeholders of a letter template: which names exist, which a template uses, and
 * filling them. A brace that opens no known name is kept as typed, so that a policy check can
 * point at it before any letter is written.
 */

export const LETTER_PLACEHOLDERS = [
  "customer",
  "contact",
  "overdueAmount",
  "oldestInvoice",
  "asOf",
  "company",
  "promiseDate",
] as const;
export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

const KNOWN: ReadonlySet<string> = new Set(LETTER_PLACEHOLDERS);

/** Each `{...}` of the text in order, as the names between the braces (unclosed braces are text). */
export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  let start = text.indexOf("{");
  while (start !== -1) {
    const end = text.indexOf("}", start + 1);
    if (end === -1) break;
    const nested = text.indexOf("{", start + 1);
    if (nested !== -1 && nested < end) {
      start = nested;
      continue;
    }
    names.push(text.slice(start + 1, end));
    start = text.indexOf("{", end + 1);
  }
  return names;
}

/** Names between braces that are not placeholders (a typo such as `{custmer}`). */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !KNOWN.has(name));
}

/**
 * The text with every known placeholder replaced by its value, in one pass, so that a value
 * which itself contains braces (a customer named "{asOf}") is never filled again.
 */
export function fillLetter(text: string, values: Record<LetterPlaceholder, string>): string {
  let filled = "";
  let from = 0;
  let start = text.indexOf("{");
  while (start !== -1) {
    const end = text.indexOf("}", start + 1);
    if (end === -1) break;
    const name = text.slice(start + 1, end);
    if (KNOWN.has(name)) {
      filled += text.slice(from, start) + values[name as LetterPlaceholder];
      from = end + 1;
      start = text.indexOf("{", from);
    } else {
      start = text.indexOf("{", start + 1);
    }
  }
  return filled + text.slice(from);
}
