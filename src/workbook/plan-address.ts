/** A1 addresses (without the sheet name) for 1-based rows and columns. */

/** Excel's last column (XFD) and last row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/** 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD". */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`Column ${column} is outside Excel's columns 1..${MAX_COLUMN}`);
  }
  let letters = "";
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
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

/** The cells of one column from `top` to `bottom`. */
export function columnRange(column: number, top: number, bottom: number): string {
  return rangeAddress(top, column, bottom, column);
}

/** A rectangle of cells, 1-based and inclusive. */
export interface PlanBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function cellOf(address: string): { row: number; column: number } {
  let column = 0;
  let index = 0;
  for (; index < address.length; index++) {
    const code = address.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const row = Number(address.slice(index));
  if (index === 0 || !Number.isInteger(row) || row < 1 || column > MAX_COLUMN)
    throw new RangeError(`Not a cell address of the plan: "${address}"`);
  return { row, column };
}

/** The inverse of `rangeAddress`, for the plan's own addresses ("C5:C20", "B2"). */
export function planBox(address: string): PlanBox {
  const [start, end = start] = address.split(":");
  const a = cellOf(start);
  const b = cellOf(end);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}
