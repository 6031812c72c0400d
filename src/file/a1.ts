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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string, whole: string): { row: number; column: number } {
  const match = CELL.exec(text.trim());
  if (!match) throw new RangeError(`Not an A1 address: "${whole}"`);
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW)
    throw new RangeError(`Address outside the sheet: "${whole}"`);
  return { row, column };
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
