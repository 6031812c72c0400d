/**
 * A1 addresses: column letters and ranges without a sheet name ("B2", "B2:G40", "$B$2").
 * Rows and columns are 1-based, as in the output plan.
 */

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last column (XFD) and row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`Column ${column} is outside 1..${MAX_COLUMN}`);
  }
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** The longest reference Excel writes: "$XFD$1048576". Anything longer is refused before it is scanned. */
const MAX_REFERENCE_LENGTH = 12;

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * "AB12" or "$AB$12" → { row: 12, column: 28 }; null when it is not a cell reference inside
 * A1:XFD1048576 (too many letters or digits, a row 0, a column past XFD, anything else).
 */
export function parseCellReference(text: string): { row: number; column: number } | null {
  if (text.length === 0 || text.length > MAX_REFERENCE_LENGTH) return null;
  let index = text.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let column = 0;
  const lettersStart = index;
  for (; index < text.length && isLetter(text.charCodeAt(index)); index += 1)
    column = column * 26 + ((text.charCodeAt(index) | 0x20) - 96);
  const letters = index - lettersStart;
  if (letters === 0 || letters > 3) return null;
  if (text.charCodeAt(index) === 36) index += 1;
  let row = 0;
  const digitsStart = index;
  for (; index < text.length && isDigit(text.charCodeAt(index)); index += 1)
    row = row * 10 + (text.charCodeAt(index) - 48);
  const digits = index - digitsStart;
  if (index !== text.length || digits === 0 || digits > 7) return null;
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { row, column };
}

function parseCell(text: string, whole: string): { row: number; column: number } {
  const cell = parseCellReference(text.trim());
  if (cell === null) throw new RangeError(`Not an A1 address inside A1:XFD1048576: "${whole}"`);
  return cell;
}

/** "B2:G40" or "B2" → a range with top ≤ bottom and left ≤ right. */
export function parseRange(address: string): CellRange {
  const parts = address.split(":");
  if (parts.length > 2) throw new RangeError(`Not an A1 address: "${address}"`);
  const first = parseCell(parts[0], address);
  const second = parts.length === 2 ? parseCell(parts[1], address) : first;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}

export function formatRange(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  const end = cellAddress(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}
