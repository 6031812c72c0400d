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
