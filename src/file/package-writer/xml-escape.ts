/**
 * Text and attribute values as XML. Characters XML 1.0 cannot hold (most control characters)
 * are written the way Excel writes them, `_xHHHH_`, and a literal `_xHHHH_` in the text gets
 * its underscore escaped (`_x005F_`), so the reader's decoding gives the text back unchanged.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

function replacement(char: string): string {
  switch (char) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    case "_":
      return "_x005F_";
    default:
      return `_x${hex4(char.charCodeAt(0))}_`;
  }
}

/** Escapes text for an element's content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return NEEDS_WORK.test(text) ? text.replace(SPECIAL, replacement) : text;
}

/** Leading or trailing white space, or a line break, is lost unless `xml:space="preserve"` says to keep it. */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$|[\n\r\t]/.test(text);
}
