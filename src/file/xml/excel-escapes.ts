/**
 * Excel writes characters XML cannot hold (control characters) as `_xHHHH_` in text, and a
 * literal "_x" sequence that would look like one as `_x005F_x…`. This undoes it, in one scan.
 */
const ESCAPE_LENGTH = "_xHHHH_".length;

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** The escape starting at `index` as its character, or null when there is none there. */
function escapeAt(text: string, index: number): string | null {
  if (index + ESCAPE_LENGTH > text.length || text[index + 1] !== "x") return null;
  if (text[index + 6] !== "_") return null;
  for (let digit = index + 2; digit < index + 6; digit += 1)
    if (!isHexDigit(text.charCodeAt(digit))) return null;
  return String.fromCharCode(parseInt(text.slice(index + 2, index + 6), 16));
}

export function decodeExcelEscapes(text: string): string {
  let at = text.indexOf("_x");
  if (at < 0) return text;
  let decoded = "";
  let copiedTo = 0;
  while (at >= 0) {
    const character = escapeAt(text, at);
    if (character === null) {
      at = text.indexOf("_x", at + 1);
      continue;
    }
    decoded += text.slice(copiedTo, at) + character;
    copiedTo = at + ESCAPE_LENGTH;
    at = text.indexOf("_x", copiedTo);
  }
  return decoded + text.slice(copiedTo);
}
