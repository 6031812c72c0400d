/**
 * One pass of the XML tokenizer over a worksheet part, patching its `<sheetData>`: the text
 * between the rows the patch touches is copied as it was (byte for byte, comments and CDATA
 * included), because edits are spliced at the tokenizer's offsets; in the rows it touches, the
 * cells inside the cleared areas are dropped and the new cells are put in column order. Rows
 * without a `<row>` element get one, in row order. New cells are made when the pass reaches
 * their row and the result comes out in pieces of a few megabytes, so a sheet of half a million
 * rows is never held as one output string nor as millions of cell objects.
 *
 * The rows written are valid whatever the input: one `<row>` per row number, ascending, one
 * `<c>` per cell, in column order. Rows out of order or split over several elements are first
 * put in order and joined (row-order.ts); a cell written twice is refused, naming the cell.
 */
import { cellAddress, columnOfReference, type CellRange } from "../../workbook/plan-address";
import { SPREADSHEET_NAMESPACES } from "../xml/namespaces";
import { readXml, type XmlTag } from "../xml/xml-reader";
import { orderRows, RowsOutOfOrder } from "./row-order";
import { selfClosed, tagPrefix, withAttribute, withoutAttribute } from "./start-tag";
import { WorksheetShapeError, type WorksheetParts } from "./worksheet-xml";

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
  /** Cells inside `clear` that stay (a Table's header cells the block does not write). */
  keep?: readonly CellRange[];
  /** The new rows, their cells written with the namespace prefix the part uses ("" or e.g. "x:"). */
  rows: (prefix: string) => NewRows;
  /**
   * Rows made at least this many points tall (a header row whose owned headers wrap); a row
   * already as tall keeps its height.
   */
  minRowHeights?: ReadonlyMap<number, number>;
}

const NO_ROWS: NewRows = { numbers: [], has: () => false, cells: () => [] };

export interface PatchedWorksheet {
  /** The part around the rows; `data` is left empty: the rows are `pieces`. */
  parts: WorksheetParts;
  /** The patched inside of `<sheetData>`, in consecutive pieces. */
  pieces: string[];
  /** True when a removed cell held a formula (the calculation chain then lists a cell that is gone). */
  removedFormula: boolean;
}

/** The columns cleared in one row, as a list of [left, right] spans. */
function clearedSpans(clear: readonly CellRange[], row: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const area of clear)
    if (row >= area.top && row <= area.bottom) spans.push([area.left, area.right]);
  return spans;
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
    if (text === "") return;
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

/** The cells of the row being read, in parallel arrays reused from row to row. */
class RowCells {
  count = 0;
  readonly start: number[] = [];
  readonly tagEnd: number[] = [];
  readonly end: number[] = [];
  readonly column: number[] = [];
  readonly stated: boolean[] = [];
  readonly formula: boolean[] = [];

  add(start: number, tagEnd: number, column: number, stated: boolean): void {
    const at = this.count;
    this.start[at] = start;
    this.tagEnd[at] = tagEnd;
    this.end[at] = tagEnd;
    this.column[at] = column;
    this.stated[at] = stated;
    this.formula[at] = false;
    this.count += 1;
  }

  /** True when the columns strictly ascend (one cell per column, in order). */
  ordered(): boolean {
    for (let at = 1; at < this.count; at += 1)
      if (this.column[at] <= this.column[at - 1]) return false;
    return true;
  }
}

/** Depths of the elements the pass looks at, counted from the root (1). */
const SHEET_DATA_DEPTH = 2;
const ROW_DEPTH = 3;
const CELL_DEPTH = 4;
const FORMULA_DEPTH = 5;

class SheetPass {
  private readonly out = new PieceBuffer();
  private newRowNumbers: readonly number[] = [];
  private nextNew = 0;
  removedFormula = false;

  prefix = "";
  private rootSeen = false;
  private inData = false;
  private depth = 0;
  private sheetData: { start: number; tagEnd: number; end: number; selfClosing: boolean } | null =
    null;
  private copied = 0;
  private lastRow = 0;
  private row = 0;
  private rowStart = 0;
  private rowTagEnd = 0;
  private rowStated = false;
  /** The row's own height in points, read only for rows the patch makes taller. */
  private rowHeight = Number.NaN;
  private readonly cells = new RowCells();

  private rows: NewRows = NO_ROWS;

  constructor(
    private readonly text: string,
    private readonly patch: SheetDataPatch
  ) {}

  run(part: string): PatchedWorksheet {
    readXml(
      this.text,
      { part, understood: SPREADSHEET_NAMESPACES },
      { open: (tag) => this.open(tag), close: (tag) => this.close(tag) }
    );
    const sheetData = this.sheetData;
    if (!this.rootSeen || sheetData === null)
      throw new WorksheetShapeError("it has no <sheetData> element");
    const p = this.prefix;
    const text = this.text;
    if (!sheetData.selfClosing) this.out.push(text.slice(this.copied, sheetData.end));
    this.freshRowsBefore(Number.POSITIVE_INFINITY);
    const parts: WorksheetParts = sheetData.selfClosing
      ? {
          prefix: p,
          head: `${text.slice(0, sheetData.start)}<${p}sheetData>`,
          data: "",
          tail: `</${p}sheetData>${text.slice(sheetData.tagEnd)}`,
        }
      : {
          prefix: p,
          head: text.slice(0, sheetData.tagEnd),
          data: "",
          tail: text.slice(sheetData.end),
        };
    return { parts, pieces: this.out.finish(), removedFormula: this.removedFormula };
  }

  private open(tag: XmlTag): void {
    this.depth += 1;
    const depth = this.depth;
    if (depth === 1) {
      if (tag.local !== "worksheet") throw new WorksheetShapeError("it has no <worksheet> element");
      this.prefix = tagPrefix(this.text.slice(tag.start, tag.end));
      this.rootSeen = true;
      this.rows = this.patch.rows(this.prefix);
      this.newRowNumbers = this.rows.numbers;
      return;
    }
    // Only SpreadsheetML elements are delivered (SPREADSHEET_NAMESPACES): no namespace test here.
    if (depth > FORMULA_DEPTH) return;
    if (depth === SHEET_DATA_DEPTH && tag.local === "sheetData") {
      this.sheetData = {
        start: tag.start,
        tagEnd: tag.end,
        end: tag.end,
        selfClosing: tag.selfClosing,
      };
      this.inData = !tag.selfClosing;
      this.copied = tag.end;
    } else if (depth === ROW_DEPTH && tag.local === "row" && this.inSheetData()) {
      const given = tag.attribute("r");
      this.row = this.rowNumber(given);
      this.rowStated = given !== undefined;
      if (this.patch.minRowHeights?.has(this.row))
        this.rowHeight = Number(tag.attribute("ht") ?? Number.NaN);
      if (this.row <= this.lastRow) throw new RowsOutOfOrder();
      this.rowStart = tag.start;
      this.rowTagEnd = tag.end;
      this.cells.count = 0;
    } else if (depth === CELL_DEPTH && tag.local === "c" && this.inSheetData()) {
      const reference = tag.attribute("r");
      const previous = this.cells.count > 0 ? this.cells.column[this.cells.count - 1] : 0;
      const stated = reference === undefined ? 0 : columnOfReference(reference);
      this.cells.add(tag.start, tag.end, stated || previous + 1, stated > 0);
    } else if (depth === FORMULA_DEPTH && tag.local === "f" && this.cells.count > 0)
      this.cells.formula[this.cells.count - 1] = true;
  }

  private close(tag: XmlTag): void {
    const depth = this.depth;
    this.depth -= 1;
    if (!this.inSheetData()) return;
    if (depth === CELL_DEPTH && tag.local === "c") this.cells.end[this.cells.count - 1] = tag.end;
    else if (depth === ROW_DEPTH && tag.local === "row") this.endRow(tag);
    else if (depth === SHEET_DATA_DEPTH && tag.local === "sheetData" && this.sheetData) {
      this.sheetData.end = tag.start;
      this.inData = false;
    }
  }

  private inSheetData(): boolean {
    return this.inData;
  }

  private rowNumber(given: string | undefined): number {
    if (given === undefined) return this.lastRow + 1;
    const number = Number(given);
    if (!Number.isInteger(number) || number < 1)
      throw new WorksheetShapeError(`a row is numbered "${given}", which is not a row number`);
    return number;
  }

  private touches(row: number): boolean {
    if (this.rows.has(row)) return true;
    for (const area of this.patch.clear) if (row >= area.top && row <= area.bottom) return true;
    return false;
  }

  private endRow(close: XmlTag): void {
    const row = this.row;
    this.lastRow = row;
    const ordered = this.cells.ordered();
    if (!ordered) this.refuseDuplicateCells(row);
    if (ordered && !this.touches(row)) {
      if (this.nextNew < this.newRowNumbers.length && this.newRowNumbers[this.nextNew] < row) {
        this.out.push(this.text.slice(this.copied, this.rowStart));
        this.freshRowsBefore(row);
        this.copied = this.rowStart;
      }
      return;
    }
    this.out.push(this.text.slice(this.copied, this.rowStart));
    this.freshRowsBefore(row);
    if (this.newRowNumbers[this.nextNew] === row) this.nextNew += 1;
    this.out.push(this.rebuiltRow(row, close, ordered));
    this.copied = close.end;
  }

  private refuseDuplicateCells(row: number): void {
    const seen = new Set<number>();
    for (let at = 0; at < this.cells.count; at += 1) {
      const column = this.cells.column[at];
      if (seen.has(column))
        throw new WorksheetShapeError(
          `the cell ${cellAddress(row, column)} is written twice, and programs differ in which one they show`
        );
      seen.add(column);
    }
  }

  private freshRowsBefore(limit: number): void {
    const p = this.prefix;
    while (this.nextNew < this.newRowNumbers.length && this.newRowNumbers[this.nextNew] < limit) {
      const row = this.newRowNumbers[this.nextNew];
      const cells = this.rows.cells(row);
      const height = this.patch.minRowHeights?.get(row);
      const tall = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      if (cells.length > 0)
        this.out.push(
          `<${p}row r="${row}"${tall}>${cells.map((cell) => cell.xml).join("")}</${p}row>`
        );
      this.nextNew += 1;
    }
  }

  /** The row's start tag with its number stated and no `spans` (a hint that would be wrong once cells change). */
  private rowTag(row: number): string {
    const written = this.text.slice(this.rowStart, this.rowTagEnd);
    // Most rows carry no `spans`: the tag is scanned for it only when the word is there at all.
    const tag = written.includes("spans") ? withoutAttribute(written, "spans") : written;
    const stated = this.rowStated ? tag : withAttribute(tag, "r", String(row));
    const height = this.patch.minRowHeights?.get(row);
    if (height === undefined || this.rowHeight >= height) return stated;
    return withAttribute(withAttribute(stated, "ht", String(height)), "customHeight", "1");
  }

  private kept(row: number, column: number): boolean {
    for (const area of this.patch.keep ?? [])
      if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right)
        return true;
    return false;
  }

  private rebuiltRow(row: number, close: XmlTag, ordered: boolean): string {
    const added = this.rows.cells(row);
    const spans = clearedSpans(this.patch.clear, row);
    const cells = this.cells;
    const text = this.text;
    const tag = this.rowTag(row);
    const closing = `</${tagPrefix(tag)}row>`;
    const open = tag.endsWith("/>") ? `${tag.slice(0, -2)}>` : tag;
    let firstTouched = added.length > 0 ? added[0].column : Number.POSITIVE_INFINITY;
    for (const [left] of spans) firstTouched = Math.min(firstTouched, left);
    // The common case of a large review: every cell of the row lies left of the block, so the
    // row's inside is kept as it is and the block appended.
    if (ordered && (cells.count === 0 || cells.column[cells.count - 1] < firstTouched)) {
      if (added.length === 0 && cells.count === 0) return selfClosed(tag);
      const inside = close.selfClosing ? "" : text.slice(this.rowTagEnd, close.start);
      return `${open}${inside}${added.map((cell) => cell.xml).join("")}${closing}`;
    }
    const kept: CellWrite[] = [];
    for (let at = 0; at < cells.count; at += 1) {
      const column = cells.column[at];
      if (inSpans(spans, column) && !this.kept(row, column)) {
        if (cells.formula[at]) this.removedFormula = true;
        continue;
      }
      const start = text.slice(cells.start[at], cells.tagEnd[at]);
      // A cell whose place was implied by the one before it states it, as that one may move or go.
      const stated = cells.stated[at] ? start : withAttribute(start, "r", cellAddress(row, column));
      kept.push({ column, xml: stated + text.slice(cells.tagEnd[at], cells.end[at]) });
    }
    if (!ordered) kept.sort((a, b) => a.column - b.column);
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
    if (merged.length === 0) return selfClosed(tag);
    return `${open}${merged.join("")}${closing}`;
  }
}

/**
 * The worksheet `xml` (part `part`, named in messages) with its rows patched. Throws
 * `WorksheetShapeError` when the part is not a worksheet or writes a cell twice, and
 * `XmlPartError` when it is not well-formed.
 */
export function patchWorksheet(xml: string, patch: SheetDataPatch, part: string): PatchedWorksheet {
  try {
    return new SheetPass(xml, patch).run(part);
  } catch (error) {
    if (!(error instanceof RowsOutOfOrder)) throw error;
  }
  return new SheetPass(orderRows(xml, part), patch).run(part);
}
