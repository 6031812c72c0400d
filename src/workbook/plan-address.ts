/**
 * A1 addresses without a sheet name ("B2", "C5:C20", "$B$2"), for 1-based rows and columns, and
 * Excel's limits. The one module for them: the output plan writes its addresses here, the package
 * reader and writer parse and write theirs here, and the Office.js adapter reads column letters
 * here (its own `excel/address.ts` adds sheet names and whole rows or columns).
 */

/** Excel's last column (XFD) and last row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Letters already worked out, by column: a written sheet asks for the same few columns per cell. */
const knownLetters: string[] = [];

/** 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD". */
export function columnLetter(column: number): string {
  const known = knownLetters[column];
  if (known !== undefined) return known;
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`Column ${column} is outside Excel's columns 1..${MAX_COLUMN}`);
  }
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  knownLetters[column] = letters;
  return letters;
}

/** "A" or "a" → 1 … "Z" → 26; 0 for any other character code. */
function letterValue(code: number): number {
  const upper = code & ~0x20; // lower case to upper; no other code lands on A..Z
  return upper >= 65 && upper <= 90 ? upper - 64 : 0;
}

function digitValue(code: number): number {
  return code >= 48 && code <= 57 ? code - 48 : -1;
}

/** "A" → 1, "z" → 26, "AA" → 27, "XFD" → 16384; a RangeError for anything else. */
export function columnNumber(letters: string): number {
  let column = letters.length >= 1 && letters.length <= 3 ? 0 : MAX_COLUMN + 1;
  for (let index = 0; index < letters.length && column <= MAX_COLUMN; index += 1) {
    const value = letterValue(letters.charCodeAt(index));
    column = value === 0 ? MAX_COLUMN + 1 : column * 26 + value;
  }
  if (column > MAX_COLUMN) throw new RangeError(`Not a column: "${letters.slice(0, 20)}"`);
  return column;
}

/**
 * The column of a cell reference's leading letters ("AB12" → 28), without reading its row: the
 * package writer's pass over every cell of a sheet needs only this. 0 when the reference does
 * not start with one to three letters of a column inside XFD.
 */
export function columnOfReference(reference: string): number {
  let column = 0;
  let index = 0;
  for (; index < reference.length && index <= 3; index += 1) {
    const value = letterValue(reference.charCodeAt(index));
    if (value === 0) break;
    column = column * 26 + value;
  }
  return index >= 1 && index <= 3 && column <= MAX_COLUMN ? column : 0;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "C5:C20"; a single cell when both corners are the same. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export function formatRange(range: CellRange): string {
  return rangeAddress(range.top, range.left, range.bottom, range.right);
}

/** The cells of one column from `top` to `bottom`. */
export function columnRange(column: number, top: number, bottom: number): string {
  return rangeAddress(top, column, bottom, column);
}

/** The longest reference Excel writes: "$XFD$1048576". Anything longer is refused before it is scanned. */
const MAX_REFERENCE_LENGTH = 12;
const DOLLAR = 36;

/**
 * "AB12" or "$AB$12" → { row: 12, column: 28 }; null when it is not a cell reference inside
 * A1:XFD1048576 (too many letters or digits, a row 0, a column past XFD, anything else).
 */
export function parseCellReference(text: string): { row: number; column: number } | null {
  if (text.length === 0 || text.length > MAX_REFERENCE_LENGTH) return null;
  let index = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersStart = index;
  for (; index < text.length; index += 1) {
    const value = letterValue(text.charCodeAt(index));
    if (value === 0) break;
    column = column * 26 + value;
  }
  const letters = index - lettersStart;
  if (letters === 0 || letters > 3) return null;
  if (text.charCodeAt(index) === DOLLAR) index += 1;
  let row = 0;
  const digitsStart = index;
  for (; index < text.length; index += 1) {
    const value = digitValue(text.charCodeAt(index));
    if (value < 0) break;
    row = row * 10 + value;
  }
  const digits = index - digitsStart;
  if (index !== text.length || digits === 0 || digits > 7) return null;
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { row, column };
}

function parseCell(text: string, whole: string): { row: number; column: number } {
  const cell = parseCellReference(text.trim());
  if (cell === null)
    throw new RangeError(`Not an A1 address inside A1:XFD1048576: "${whole.slice(0, 40)}"`);
  return cell;
}

/** "B2:G40", "$G$40:B2" or "B2" → a range with top ≤ bottom and left ≤ right. */
export function parseRange(address: string): CellRange {
  const parts = address.split(":");
  if (parts.length > 2) throw new RangeError(`Not an A1 address: "${address.slice(0, 40)}"`);
  const first = parseCell(parts[0], address);
  const second = parts.length === 2 ? parseCell(parts[1], address) : first;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}
