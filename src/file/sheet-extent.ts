/**
 * The rectangle a sheet's cells span, measured while they are read and checked against a budget
 * before any grid is allocated: a cell at A1 and one at XFD1048576 make 17 billion cells, which
 * must be a refusal naming the sheet, not an out-of-memory crash.
 */
import { formatRange, type CellRange } from "../workbook/plan-address";

/** Thrown when a sheet spans more cells than the budget allows. */
export class SheetExtentError extends Error {
  override name = "SheetExtentError";

  constructor(
    readonly range: CellRange,
    readonly maxCells: number,
    /** Where the extent was found: the sheet's own `<dimension>` or its cells. */
    readonly source: "dimension" | "cells"
  ) {
    super(`the sheet spans ${formatRange(range)}, more than ${maxCells} cells`);
  }
}

export function cellCount(range: CellRange): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}

export class SheetExtent {
  top = Infinity;
  left = Infinity;
  bottom = -Infinity;
  right = -Infinity;

  constructor(private readonly maxCells: number) {}

  get isEmpty(): boolean {
    return this.bottom < this.top;
  }

  get range(): CellRange {
    return { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
  }

  /** Widens the rectangle to hold the cell; throws `SheetExtentError` when it no longer fits. */
  include(row: number, column: number): void {
    let widened = false;
    if (row < this.top) ((this.top = row), (widened = true));
    if (row > this.bottom) ((this.bottom = row), (widened = true));
    if (column < this.left) ((this.left = column), (widened = true));
    if (column > this.right) ((this.right = column), (widened = true));
    if (widened && cellCount(this.range) > this.maxCells)
      throw new SheetExtentError(this.range, this.maxCells, "cells");
  }

  /** Refuses a declared range (a sheet's `<dimension>`) past the budget, before any cell is read. */
  check(declared: CellRange): void {
    if (cellCount(declared) > this.maxCells)
      throw new SheetExtentError(declared, this.maxCells, "dimension");
  }
}
