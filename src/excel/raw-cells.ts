/**
 * Office.js cell values into the reader-neutral `RawCell`, and the small sets the reader builds
 * from `RangeAreas` addresses (error cells, hidden rows). Pure.
 */
import type { RawCell, RawMerge, RawTableRange } from "../workbook/raw";
import type { CellBox } from "./address";

/** Office.js gives an empty cell (and a formula that returns "") as the empty string. */
export function toRawCell(value: unknown, isError: boolean): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (isError) return { error: String(value) };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  // Office.js returns only the three scalar types; anything else is kept readable, not dropped.
  return String(value);
}

/** Cells as one number each (row × 2^14 + column), for quick "is this cell an error?" checks. */
const COLUMNS_PER_ROW = 16_384;

export function cellKey(row: number, column: number): number {
  return row * COLUMNS_PER_ROW + column;
}

export function cellSet(boxes: readonly CellBox[]): Set<number> {
  const cells = new Set<number>();
  for (const box of boxes) {
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) cells.add(cellKey(row, column));
    }
  }
  return cells;
}

/** Rows `first..last` not covered by any visible area: the hidden or filtered-out rows. */
export function rowsNotCovered(first: number, last: number, visible: readonly CellBox[]): number[] {
  const spans = visible
    .map((box) => [Math.max(first, box.top), Math.min(last, box.bottom)] as const)
    .filter(([top, bottom]) => top <= bottom)
    .sort((a, b) => a[0] - b[0]);
  const hidden: number[] = [];
  let next = first;
  for (const [top, bottom] of spans) {
    for (let row = next; row < top; row++) hidden.push(row);
    next = Math.max(next, bottom + 1);
  }
  for (let row = next; row <= last; row++) hidden.push(row);
  return hidden;
}

export function toRawMerge(box: CellBox): RawMerge {
  return { top: box.top, left: box.left, bottom: box.bottom, right: box.right };
}

/** A table's range: its first row is the header row (tables shown without headers are rare
 * and then read as if the first data row were the header). */
export function toRawTable(name: string, box: CellBox): RawTableRange {
  return {
    name,
    headerRow: box.top,
    firstColumn: box.left,
    lastColumn: box.right,
    lastRow: box.bottom,
  };
}
