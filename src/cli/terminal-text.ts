/**
 * Text made safe for a terminal. A workbook's cells, sheet names and file names reach the
 * summary, the problems and the error sentences; a control character among them (ESC starts a
 * terminal command, BEL rings, CR overwrites the line) or a bidirectional override (which shows
 * text in another order than it is) must not reach the terminal as such; it is shown escaped. Every line the command
 * prints goes through `printableLine`; the line breaks between lines are the command's own.
 */

/** Characters that only move the cursor within text: shown as a space so the words stay apart. */
const SPACING_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85]);

function isControl(codePoint: number): boolean {
  // C0 controls, DEL, C1 controls.
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isBidiControl(codePoint: number): boolean {
  return (
    codePoint === 0x061c || // Arabic letter mark
    (codePoint >= 0x202a && codePoint <= 0x202e) || // embeddings and overrides
    (codePoint >= 0x2066 && codePoint <= 0x2069) // isolates
  );
}

/** `\u202E`: a control written so the reader sees it is there (uppercase, as Unicode names it). */
function escapedControl(codePoint: number): string {
  return `\\u${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * One line of text with no control character and no bidirectional control: each is shown as its
 * `\uXXXX` escape rather than dropped, so a quoted header that holds one does not print the
 * same as a header without it (the message would then contradict itself).
 */
export function printableLine(text: string): string {
  let result = "";
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (SPACING_CONTROLS.has(codePoint)) result += " ";
    else if (isControl(codePoint) || isBidiControl(codePoint)) result += escapedControl(codePoint);
    else result += character;
  }
  return result;
}

/** Lines made printable one by one and joined with the command's own line breaks. */
export function printableLines(lines: readonly string[]): string {
  return lines.map(printableLine).join("\n");
}

/**
 * JSON text with every control character still in it written as a `\uXXXX` escape: the same
 * JSON value, safe on a terminal. (JSON.stringify escapes C0 controls but leaves C1 controls and
 * bidirectional controls as they are; outside strings JSON text has none.)
 */
export function escapedJsonText(json: string): string {
  let result = "";
  for (const character of json) {
    const codePoint = character.codePointAt(0) ?? 0;
    const unsafe = codePoint >= 0x7f && (isControl(codePoint) || isBidiControl(codePoint));
    result += unsafe ? `\\u${codePoint.toString(16).padStart(4, "0")}` : character;
  }
  return result;
}
