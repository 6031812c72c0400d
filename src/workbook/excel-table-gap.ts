/**
 * Excel widens a Table over values written into the column right after it (table
 * auto-expansion): output columns written there would become columns of the user's Table, and
 * clearing them later would leave Table headers named "Column1", "Column2". So a block beside
 * an Excel Table starts after one blank column past the Table's last column. Pure.
 */
import { rangeAddress } from "./plan-address";
import type { RawTableRange } from "./raw";

/** Rows of the user's table: from its header row to its last data row. */
export interface RowSpan {
  headerRow: number;
  lastDataRow: number;
}

/**
 * The last column the block must stay clear of: `lastUsed`, or the column after the last Excel
 * Table that shares the table's rows and reaches that far (the blank column Excel will not
 * widen the Table over).
 */
export function lastColumnBesideTables(
  tables: readonly RawTableRange[],
  rows: RowSpan,
  lastUsed: number
): number {
  let last = lastUsed;
  for (const table of tables) {
    const sharesRows = table.headerRow <= rows.lastDataRow && table.lastRow >= rows.headerRow;
    if (sharesRows && table.lastColumn >= last) last = table.lastColumn + 1;
  }
  return last;
}

/** The header row of each Excel Table shown with headers, as A1 ranges. */
export function tableHeaderRanges(tables: readonly RawTableRange[]): string[] {
  return tables.map((table) =>
    rangeAddress(table.headerRow, table.firstColumn, table.headerRow, table.lastColumn)
  );
}
