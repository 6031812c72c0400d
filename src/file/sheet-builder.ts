/**
 * Collects the cells of one sheet in reading order and builds the `RawSheet`: the smallest
 * rectangle holding every non-blank cell, with number formats, merges, hidden rows and tables.
 * The package-XML reader fills it, and so does the tests' exceljs oracle: both agree on shape.
 */
import type { RawCell, RawMerge, RawSheet, RawTableRange } from "../workbook/raw";
import { parseRange } from "./a1";

export const GENERAL_FORMAT = "General";

interface Entry {
  row: number;
  column: number;
  cell: RawCell;
  format: string;
}

/**
 * A table's header row and its last data row: a totals row is not data. A table without a
 * header row reports the row above its first data row.
 */
export function rawTableRange(
  name: string,
  ref: string,
  headerRows: number,
  totalsRows: number
): RawTableRange {
  const range = parseRange(ref);
  return {
    name,
    headerRow: headerRows > 0 ? range.top : range.top - 1,
    firstColumn: range.left,
    lastColumn: range.right,
    lastRow: range.bottom - totalsRows,
  };
}

export function isBlankRawCell(cell: RawCell): boolean {
  return cell === null || cell === "";
}

function followsInMerge(entry: Entry, merges: readonly RawMerge[]): boolean {
  return merges.some(
    (merge) =>
      entry.row >= merge.top &&
      entry.row <= merge.bottom &&
      entry.column >= merge.left &&
      entry.column <= merge.right &&
      (entry.row !== merge.top || entry.column !== merge.left)
  );
}

export class SheetBuilder {
  private readonly entries: Entry[] = [];
  private readonly hidden = new Set<number>();
  private readonly merges: RawMerge[] = [];
  private readonly tables: RawTableRange[] = [];

  /** A cell's value; blank values are dropped (they never widen the rectangle). */
  add(row: number, column: number, cell: RawCell, format: string): void {
    if (!isBlankRawCell(cell)) this.entries.push({ row, column, cell, format });
  }

  hideRow(row: number): void {
    this.hidden.add(row);
  }

  addMerge(merge: RawMerge): void {
    this.merges.push(merge);
  }

  addTable(table: RawTableRange): void {
    this.tables.push(table);
  }

  build(name: string): RawSheet {
    // The value of a merged range is its top-left cell's; anything stored under it is not shown.
    const entries =
      this.merges.length === 0
        ? this.entries
        : this.entries.filter((entry) => !followsInMerge(entry, this.merges));
    const common = { name, merges: [...this.merges], tables: [...this.tables] };
    if (entries.length === 0)
      return {
        ...common,
        cells: [],
        numberFormats: [],
        firstRow: 1,
        firstColumn: 1,
        hiddenRows: [],
      };
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { row, column } of entries) {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (column < left) left = column;
      if (column > right) right = column;
    }
    const width = right - left + 1;
    const cells: RawCell[][] = [];
    const numberFormats: string[][] = [];
    for (let row = top; row <= bottom; row += 1) {
      cells.push(new Array<RawCell>(width).fill(null));
      numberFormats.push(new Array<string>(width).fill(GENERAL_FORMAT));
    }
    for (const entry of entries) {
      cells[entry.row - top][entry.column - left] = entry.cell;
      numberFormats[entry.row - top][entry.column - left] = entry.format;
    }
    const hiddenRows = [...this.hidden]
      .filter((row) => row >= top && row <= bottom)
      .sort((a, b) => a - b);
    return { ...common, cells, numberFormats, firstRow: top, firstColumn: left, hiddenRows };
  }
}
