/**
 * Collects the cells of one sheet in reading order and builds the `RawSheet`: the smallest
 * rectangle holding every non-blank cell, with number formats, merges, hidden rows and tables.
 * The package-XML reader fills it, and so does the tests' exceljs oracle: both agree on shape.
 */
import type { RawCell, RawMerge, RawSheet, RawTableRange } from "../workbook/raw";
import { cellAddress, formatRange, parseRange, type CellRange } from "../workbook/plan-address";
import { cellCount, SheetExtent } from "./sheet-extent";
import { SheetShapeError } from "./sheet-shape-error";

export const GENERAL_FORMAT = "General";

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

/** A cell under a merge, not its top-left one: what is stored there is not shown. */
const HIDDEN_BY_MERGE = 1;
/** A merge's top-left cell: it shows the merge's value. */
const MERGE_ANCHOR = 2;

/**
 * Marks the cells of merged ranges inside `extent` (`HIDDEN_BY_MERGE`, `MERGE_ANCHOR`); null when
 * no merge reaches it. A cell under two merges, anchor or not, is refused: which value would Excel show?
 */
function coveredByMerges(merges: readonly RawMerge[], extent: CellRange): Uint8Array | null {
  const width = extent.right - extent.left + 1;
  let covered: Uint8Array | null = null;
  for (const merge of merges) {
    const [top, bottom] = [Math.max(merge.top, extent.top), Math.min(merge.bottom, extent.bottom)];
    const [left, right] = [Math.max(merge.left, extent.left), Math.min(merge.right, extent.right)];
    if (top > bottom || left > right) continue;
    covered ??= new Uint8Array(cellCount(extent));
    for (let row = top; row <= bottom; row += 1)
      for (let column = left; column <= right; column += 1) {
        const at = (row - extent.top) * width + (column - extent.left);
        // Refusing at the first cell marked twice also keeps this loop linear in the grid.
        if (covered[at] !== 0)
          throw new SheetShapeError(
            `merged ranges overlap at ${cellAddress(row, column)} (${formatRange(merge)} and another)`
          );
        covered[at] = row === merge.top && column === merge.left ? MERGE_ANCHOR : HIDDEN_BY_MERGE;
      }
  }
  return covered;
}

/** Limits of one sheet's read; by default none (the tests' oracle builds sheets too). */
export interface SheetBuilderLimits {
  /** Most cells the sheet's rectangle may span before it is refused (`SheetExtentError`). */
  maxCells?: number;
}

/**
 * The cells read so far, one column of facts per array rather than one object per cell: a sheet
 * of a million cells would otherwise be a million small objects for the collector to copy.
 */
class CellEntries {
  readonly rows: number[] = [];
  readonly columns: number[] = [];
  readonly cells: RawCell[] = [];
  readonly formats: string[] = [];

  get length(): number {
    return this.rows.length;
  }

  push(row: number, column: number, cell: RawCell, format: string): void {
    this.rows.push(row);
    this.columns.push(column);
    this.cells.push(cell);
    this.formats.push(format);
  }
}

/**
 * What a builder has read, in a form that crosses to another thread cheaply: positions as typed
 * arrays, each distinct number format once. Tables are not in it: they are added after reading.
 */
export interface SheetBuilderSnapshot {
  rows: Int32Array<ArrayBuffer>;
  columns: Int32Array<ArrayBuffer>;
  cells: RawCell[];
  /** Index into `formatCodes` of each cell's number format. */
  formatIndexes: Int32Array<ArrayBuffer>;
  formatCodes: string[];
  hiddenRows: number[];
  merges: RawMerge[];
  /** The rectangle of the cells read; absent when none was. */
  extent: CellRange | null;
}

export class SheetBuilder {
  private entries = new CellEntries();
  private readonly hidden = new Set<number>();
  private readonly merges: RawMerge[] = [];
  private readonly tables: RawTableRange[] = [];
  private readonly extent: SheetExtent;

  constructor(limits: SheetBuilderLimits = {}) {
    this.extent = new SheetExtent(limits.maxCells ?? Infinity);
  }

  /** What was read so far, for `fromSnapshot` in another thread. */
  snapshot(): SheetBuilderSnapshot {
    const { rows, columns, cells, formats } = this.entries;
    const formatCodes: string[] = [];
    const indexOfFormat = new Map<string, number>();
    const formatIndexes = new Int32Array(formats.length);
    for (let index = 0; index < formats.length; index += 1) {
      let formatIndex = indexOfFormat.get(formats[index]);
      if (formatIndex === undefined) {
        formatIndex = formatCodes.push(formats[index]) - 1;
        indexOfFormat.set(formats[index], formatIndex);
      }
      formatIndexes[index] = formatIndex;
    }
    return {
      rows: Int32Array.from(rows),
      columns: Int32Array.from(columns),
      cells,
      formatIndexes,
      formatCodes,
      hiddenRows: [...this.hidden],
      merges: [...this.merges],
      extent: this.extent.isEmpty ? null : this.extent.range,
    };
  }

  /**
   * The builder a snapshot was taken of. The cells were checked against the budget when they
   * were read, so the extent is taken as it was measured.
   */
  static fromSnapshot(snapshot: SheetBuilderSnapshot): SheetBuilder {
    const builder = new SheetBuilder();
    const entries = new CellEntries();
    const { rows, columns, cells, formatIndexes, formatCodes } = snapshot;
    for (let index = 0; index < cells.length; index += 1)
      entries.push(rows[index], columns[index], cells[index], formatCodes[formatIndexes[index]]);
    builder.entries = entries;
    for (const row of snapshot.hiddenRows) builder.hidden.add(row);
    for (const merge of snapshot.merges) builder.merges.push(merge);
    if (snapshot.extent !== null) {
      builder.extent.include(snapshot.extent.top, snapshot.extent.left);
      builder.extent.include(snapshot.extent.bottom, snapshot.extent.right);
    }
    return builder;
  }

  /** A cell's value; blank values are dropped (they never widen the rectangle). */
  add(row: number, column: number, cell: RawCell, format: string): void {
    if (isBlankRawCell(cell)) return;
    this.extent.include(row, column);
    this.entries.push(row, column, cell, format);
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

  /** The sheet, its cells placed by address whatever order they came in; a second cell at one address is a `SheetShapeError`. */
  build(name: string): RawSheet {
    const common = { name, merges: [...this.merges], tables: [...this.tables] };
    const empty = {
      ...common,
      cells: [],
      numberFormats: [],
      firstRow: 1,
      firstColumn: 1,
      hiddenRows: [],
    };
    if (this.extent.isEmpty) return empty;
    const { rows, columns } = this.entries;
    // The value of a merged range is its top-left cell's; anything stored under it is not shown.
    const covered = coveredByMerges(this.merges, this.extent.range);
    let shownEntries: ((index: number) => boolean) | null = null;
    let extent = this.extent.range;
    if (covered !== null) {
      const width = extent.right - extent.left + 1;
      const outer = extent;
      const shown = (index: number): boolean =>
        covered[(rows[index] - outer.top) * width + (columns[index] - outer.left)] !==
        HIDDEN_BY_MERGE;
      const shownExtent = new SheetExtent(Infinity);
      for (let index = 0; index < this.entries.length; index += 1)
        if (shown(index)) shownExtent.include(rows[index], columns[index]);
      if (shownExtent.isEmpty) return empty;
      shownEntries = shown;
      extent = shownExtent.range;
    }
    const { top, left, bottom, right } = extent;
    const width = right - left + 1;
    const cells: RawCell[][] = [];
    const numberFormats: string[][] = [];
    for (let row = top; row <= bottom; row += 1) {
      cells.push(new Array<RawCell>(width).fill(null));
      numberFormats.push(new Array<string>(width).fill(GENERAL_FORMAT));
    }
    const { cells: values, formats } = this.entries;
    for (let index = 0; index < this.entries.length; index += 1) {
      if (shownEntries !== null && !shownEntries(index)) continue;
      const row = rows[index];
      const column = columns[index];
      const line = cells[row - top];
      if (line[column - left] !== null)
        throw new SheetShapeError(`two cells are stored at ${cellAddress(row, column)}`);
      line[column - left] = values[index];
      numberFormats[row - top][column - left] = formats[index];
    }
    const hiddenRows = [...this.hidden]
      .filter((row) => row >= top && row <= bottom)
      .sort((a, b) => a - b);
    return { ...common, cells, numberFormats, firstRow: top, firstColumn: left, hiddenRows };
  }
}
