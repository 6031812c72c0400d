/**
 * Cell access by worksheet position (1-based rows and columns, whatever the used range's
 * origin), with merged cells resolved for data rows: every cell of a merge reads the merge's
 * top-left value (BAD-INPUTS #14), so a customer id merged over three invoice rows belongs to
 * all three.
 */
import type { RawCell, RawMerge, RawSheet } from "./raw";

/** Row stride of the merge lookup key (more than Excel's 16,384 columns). */
const KEY_STRIDE = 16_385;
/** A merge bigger than this many cells is read only within the table it overlaps. */
const MAX_FILLED_CELLS = 1_000_000;

export interface Grid {
  readonly sheet: RawSheet;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The cell as stored (merges not resolved): for header rows. */
  raw(row: number, column: number): RawCell;
  /** The cell with merges resolved: for data rows. */
  value(row: number, column: number): RawCell;
}

export function gridOf(sheet: RawSheet): Grid {
  const cells = sheet.cells;
  const firstRow = sheet.firstRow;
  const firstColumn = sheet.firstColumn;
  let width = 0;
  for (const line of cells) if (line.length > width) width = line.length;
  const raw = (row: number, column: number): RawCell => {
    const line = cells[row - firstRow];
    if (line === undefined) return null;
    const cell = line[column - firstColumn];
    return cell === undefined ? null : cell;
  };
  const fills = mergeFills(sheet.merges ?? [], raw);
  const value =
    fills.size === 0
      ? raw
      : (row: number, column: number): RawCell => {
          const filled = fills.get(row * KEY_STRIDE + column);
          return filled === undefined ? raw(row, column) : filled;
        };
  return {
    sheet,
    firstRow,
    firstColumn,
    lastRow: firstRow + cells.length - 1,
    lastColumn: firstColumn + width - 1,
    raw,
    value,
  };
}

function mergeFills(
  merges: readonly RawMerge[],
  raw: (row: number, column: number) => RawCell
): Map<number, RawCell> {
  const fills = new Map<number, RawCell>();
  for (const merge of merges) {
    const topLeft = raw(merge.top, merge.left);
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (fills.size >= MAX_FILLED_CELLS) return fills;
        if (row !== merge.top || column !== merge.left)
          fills.set(row * KEY_STRIDE + column, topLeft);
      }
    }
  }
  return fills;
}

/** Text of a header cell ("" when empty or an error). */
export function headerText(cell: RawCell): string {
  if (cell === null || typeof cell === "object") return "";
  return String(cell).trim();
}
