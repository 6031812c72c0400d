/**
 * One pass over a worksheet's `<sheetData>` text: rows the patch does not touch are copied as
 * they are (string slices, no parsing of their cells); in the rows it touches, the cells inside
 * the cleared areas are dropped and the new cells are put in column order. Rows that have no
 * `<row>` element yet are created in row order. The new cells of a row are made when the pass
 * reaches it and the result comes out in pieces of a few megabytes, so a sheet of half a million
 * rows is never held as one string nor as millions of cell objects at once.
 */
import { cellAddress, type CellRange } from "../a1";

/** A cell to write: its column and its complete `<c>` element. */
export interface CellWrite {
  column: number;
  xml: string;
}

/** The rows that get new cells; each row's cells are made when asked for. */
export interface NewRows {
  /** The row numbers, ascending. */
  readonly numbers: readonly number[];
  has(row: number): boolean;
  /** The row's new cells in ascending column order (none for a row it does not have); asked once per row. */
  cells(row: number): readonly CellWrite[];
}

/** New rows held in a map (the small owned sheets). */
export function rowsFromMap(rows: ReadonlyMap<number, readonly CellWrite[]>): NewRows {
  return {
    numbers: [...rows.keys()].sort((a, b) => a - b),
    has: (row) => rows.has(row),
    cells: (row) => rows.get(row) ?? [],
  };
}

export interface SheetDataPatch {
  /** Areas whose existing cells are removed (the owned block, what it clears). */
  clear: readonly CellRange[];
  rows: NewRows;
}

export interface SheetDataResult {
  /** The patched inside of `<sheetData>`, in consecutive pieces. */
  pieces: string[];
  /** True when a removed cell held a formula (the calculation chain then lists a cell that is gone). */
  removedFormula: boolean;
}

/** "AB12" → column 28; 0 when the reference has no letters. */
function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

function attributeValue(inside: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(inside);
  return match ? match[1] : undefined;
}

/** The columns cleared in one row, as a list of [left, right] spans. */
function clearedSpans(clear: readonly CellRange[], row: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const area of clear)
    if (row >= area.top && row <= area.bottom) spans.push([area.left, area.right]);
  return spans;
}

/** A touched row's attributes: its number stated, and no `spans` (a hint that would be wrong once cells change). */
function rowAttributes(row: number, startInside: string): string {
  const attributes = startInside.replace(/\sspans\s*=\s*["'][^"']*["']/, "");
  return attributeValue(attributes, "r") === undefined ? ` r="${row}"${attributes}` : attributes;
}

function inSpans(spans: readonly [number, number][], column: number): boolean {
  for (const [left, right] of spans) if (column >= left && column <= right) return true;
  return false;
}

/** How many strings are joined into one piece: about a few megabytes of rows. */
const STRINGS_PER_PIECE = 8192;

/** Collects many small strings into pieces, so that slices of the source and row strings die young. */
class PieceBuffer {
  private readonly pieces: string[] = [];
  private pending: string[] = [];

  push(text: string): void {
    this.pending.push(text);
    if (this.pending.length >= STRINGS_PER_PIECE) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) this.pieces.push(this.pending.join(""));
    this.pending = [];
  }

  finish(): string[] {
    this.flush();
    return this.pieces;
  }
}

export class SheetDataPatcher {
  private readonly newRowNumbers: readonly number[];
  private nextNew = 0;
  private readonly cellTag: RegExp;
  private readonly formula: RegExp;
  removedFormula = false;

  constructor(
    private readonly patch: SheetDataPatch,
    private readonly prefix: string
  ) {
    this.newRowNumbers = patch.rows.numbers;
    this.cellTag = new RegExp(`<${prefix}c\\b([^>]*?)(/?)>`, "g");
    this.formula = new RegExp(`<${prefix}f[\\s>/]`);
  }

  private touches(row: number): boolean {
    if (this.patch.rows.has(row)) return true;
    for (const area of this.patch.clear) if (row >= area.top && row <= area.bottom) return true;
    return false;
  }

  private freshRow(row: number): string {
    const cells = this.patch.rows.cells(row);
    if (cells.length === 0) return "";
    const p = this.prefix;
    return `<${p}row r="${row}">${cells.map((cell) => cell.xml).join("")}</${p}row>`;
  }

  /** New rows numbered below `limit` that have no element in the sheet yet. */
  private freshRowsBefore(limit: number, out: PieceBuffer): void {
    while (this.nextNew < this.newRowNumbers.length && this.newRowNumbers[this.nextNew] < limit) {
      out.push(this.freshRow(this.newRowNumbers[this.nextNew]));
      this.nextNew += 1;
    }
  }

  private rebuildRow(row: number, startInside: string, inner: string): string {
    const added = this.patch.rows.cells(row);
    const appended = this.appendedRow(row, startInside, inner, added);
    if (appended !== null) return appended;
    const p = this.prefix;
    const spans = clearedSpans(this.patch.clear, row);
    const kept: CellWrite[] = [];
    const cellTag = this.cellTag;
    cellTag.lastIndex = 0;
    const closing = `</${p}c>`;
    let column = 0;
    for (let match = cellTag.exec(inner); match !== null; match = cellTag.exec(inner)) {
      let end = cellTag.lastIndex;
      if (match[2] !== "/") {
        const close = inner.indexOf(closing, end);
        end = close < 0 ? inner.length : close + closing.length;
        cellTag.lastIndex = end;
      }
      const reference = attributeValue(match[1], "r");
      column = reference === undefined ? column + 1 : columnOf(reference) || column + 1;
      let xml = inner.slice(match.index, end);
      if (inSpans(spans, column)) {
        if (this.formula.test(xml)) this.removedFormula = true;
        continue;
      }
      // Dropping a cell shifts the implied position of the cells after it: give each one its address.
      if (reference === undefined)
        xml = `<${p}c r="${cellAddress(row, column)}"${xml.slice(p.length + 2)}`;
      kept.push({ column, xml });
    }
    const merged: string[] = [];
    let a = 0;
    let b = 0;
    while (a < kept.length || b < added.length) {
      if (b >= added.length || (a < kept.length && kept[a].column < added[b].column))
        merged.push(kept[a++].xml);
      else {
        if (a < kept.length && kept[a].column === added[b].column) a += 1; // the new cell wins
        merged.push(added[b++].xml);
      }
    }
    const attributes = rowAttributes(row, startInside);
    if (merged.length === 0) return `<${p}row${attributes}/>`;
    return `<${p}row${attributes}>${merged.join("")}</${p}row>`;
  }

  /**
   * The column of the row's last cell when that cell states its address, else 0. Cells come
   * in column order, so every cell of the row is at or left of it.
   */
  private lastStatedColumn(inner: string): number {
    const cellTag = this.cellTag;
    for (let at = inner.lastIndexOf(`<${this.prefix}c`); at >= 0;) {
      cellTag.lastIndex = at;
      const match = cellTag.exec(inner);
      if (match !== null && match.index === at) {
        const reference = attributeValue(match[1], "r");
        return reference === undefined ? 0 : columnOf(reference);
      }
      at = at === 0 ? -1 : inner.lastIndexOf(`<${this.prefix}c`, at - 1);
    }
    return 0;
  }

  /**
   * A row whose cells all lie left of what is cleared and written (the user's columns, the
   * block to their right) keeps its inside as it is, the new cells appended, without reading
   * each cell: the common case of a large block, and most of its cost.
   */
  private appendedRow(
    row: number,
    startInside: string,
    inner: string,
    added: readonly CellWrite[]
  ): string | null {
    const spans = clearedSpans(this.patch.clear, row);
    const firstTouched = Math.min(
      ...spans.map(([left]) => left),
      added.length > 0 ? added[0].column : Number.POSITIVE_INFINITY
    );
    const last = this.lastStatedColumn(inner);
    if (last === 0 || last >= firstTouched) return null;
    const p = this.prefix;
    const cells = added.map((cell) => cell.xml).join("");
    return `<${p}row${rowAttributes(row, startInside)}>${inner}${cells}</${p}row>`;
  }

  /** The patched inside of `<sheetData>`, in pieces. */
  run(data: string): string[] {
    const p = this.prefix;
    const out = new PieceBuffer();
    const rowTag = new RegExp(`<${p}row\\b([^>]*?)(/?)>`, "g");
    const closing = `</${p}row>`;
    let copied = 0;
    let row = 0;
    for (let match = rowTag.exec(data); match !== null; match = rowTag.exec(data)) {
      const start = match.index;
      let end = rowTag.lastIndex;
      let inner = "";
      if (match[2] !== "/") {
        const close = data.indexOf(closing, end);
        const innerEnd = close < 0 ? data.length : close;
        inner = data.slice(end, innerEnd);
        end = close < 0 ? data.length : close + closing.length;
        rowTag.lastIndex = end;
      }
      const given = attributeValue(match[1], "r");
      row = given === undefined ? row + 1 : Number(given);
      if (!this.touches(row)) {
        if (this.nextNew < this.newRowNumbers.length && this.newRowNumbers[this.nextNew] < row) {
          out.push(data.slice(copied, start));
          this.freshRowsBefore(row, out);
          copied = start;
        }
        continue;
      }
      out.push(data.slice(copied, start));
      this.freshRowsBefore(row, out);
      if (this.newRowNumbers[this.nextNew] === row) this.nextNew += 1;
      out.push(this.rebuildRow(row, match[1], inner));
      copied = end;
    }
    out.push(data.slice(copied));
    this.freshRowsBefore(Number.POSITIVE_INFINITY, out);
    return out.finish();
  }
}

export function patchSheetData(data: string, patch: SheetDataPatch, prefix = ""): SheetDataResult {
  const patcher = new SheetDataPatcher(patch, prefix);
  const pieces = patcher.run(data);
  return { pieces, removedFormula: patcher.removedFormula };
}
