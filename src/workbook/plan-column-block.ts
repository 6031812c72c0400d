/**
 * Output columns next to a user's table: where they go, and one row per worksheet row so that
 * each result sits on the row it came from. Shared by the customer and receivable blocks.
 */
import type { ColumnBlockPlan, ConditionalFormatPlan, PlanValue } from "./plan";
import type { TableLayout } from "./layout";
import { MAX_COLUMN, columnRange, rangeAddress } from "./plan-address";
import { ColumnWidthTally, fitColumn, type FittedColumn } from "./column-fit";
import { firstColumnPastMerges, overlapsMerge } from "./merged-areas";
import { planNoteOf, type PlanNote, type PlanNoteItem } from "./plan-note";
import { PlanRefused } from "./plan-refused";
import { refusalOf } from "./review-refusal";

export interface BlockColumn<Item> {
  key: string;
  header: string;
  numberFormat: string;
  value: (item: Item) => PlanValue;
}

/** A result and the worksheet row it belongs on. */
export interface PlacedItem<Item> {
  row: number;
  item: Item;
  /** Names the item in a note (customer "C001"). */
  noteItem: PlanNoteItem;
}

export interface BlockPlacement {
  firstColumn: number;
  /** Last worksheet row the block covers (its header row when the table has no data rows). */
  lastRow: number;
  clearRowsBelow: number;
  clearColumnsRight: number;
  /** Cells proven ours that the block no longer covers (A1 ranges). */
  clearRanges: string[];
}

/** Finds the cells of one output column in the data rows (null when there are none). */
export type ColumnRangeOf = (key: string) => string | null;

/**
 * Where the block goes. An earlier block proven ours and whole, with the same keys, is updated
 * in place (whatever language it was written in: keys, not headers, identify it). Otherwise the
 * block is placed afresh right of every cell used in the table's rows and of every merge there,
 * and whatever is proven ours of the earlier one is cleared: a review never writes a cell it
 * cannot prove it wrote. An earlier block that would now reach into a merge (the table grew
 * down into one) is placed afresh too.
 */
export function placeBlock(table: TableLayout, keys: readonly string[]): BlockPlacement {
  const lastRow = Math.max(table.headerRow, table.lastDataRow);
  const owned = table.ownedBlock;
  const stray = table.strayOwnedRanges ?? [];
  const merges = table.merges ?? [];
  const sameKeys =
    owned !== null &&
    owned.keys.length === keys.length &&
    owned.keys.every((key, index) => key === keys[index]);
  const inPlaceMeetsMerge =
    owned !== null &&
    overlapsMerge(merges, {
      top: table.headerRow,
      bottom: Math.max(lastRow, owned.lastRow),
      left: owned.firstColumn,
      right: owned.firstColumn + keys.length - 1,
    });
  if (owned && sameKeys && !inPlaceMeetsMerge) {
    const rowsBelow = Math.max(0, owned.lastRow - lastRow);
    const held = owned.heldAsWritten ?? [];
    if (rowsBelow === 0 || held.every(Boolean))
      return {
        firstColumn: owned.firstColumn,
        lastRow,
        clearRowsBelow: rowsBelow,
        clearColumnsRight: 0,
        clearRanges: stray,
      };
    // A column that changed may hold a user's cell moved up from below (a row deleted): the
    // rows the block left are cleared only in the columns that still hold what was written.
    const belowHeld = keys.flatMap((_key, index) =>
      held[index] === false
        ? []
        : [columnRange(owned.firstColumn + index, lastRow + 1, owned.lastRow)]
    );
    return {
      firstColumn: owned.firstColumn,
      lastRow,
      clearRowsBelow: 0,
      clearColumnsRight: 0,
      clearRanges: [...belowHeld, ...stray],
    };
  }
  const firstColumn = firstColumnPastMerges(
    merges,
    { top: table.headerRow, bottom: lastRow },
    table.lastUserColumn,
    Math.max(table.lastUserColumn, table.lastUsedColumn ?? 0) + 1
  );
  const lastColumn = firstColumn + keys.length - 1;
  if (lastColumn > MAX_COLUMN)
    throw new PlanRefused(
      refusalOf(
        "OUTPUT_PAST_LAST_COLUMN",
        { sheet: table.sheet, lastColumn, maxColumn: MAX_COLUMN },
        { sheet: table.sheet }
      )
    );
  const earlier = owned
    ? [
        rangeAddress(
          table.headerRow,
          owned.firstColumn,
          Math.max(owned.lastRow, table.headerRow),
          owned.firstColumn + owned.keys.length - 1
        ),
      ]
    : [];
  return {
    firstColumn,
    lastRow,
    clearRowsBelow: 0,
    clearColumnsRight: 0,
    clearRanges: [...earlier, ...stray],
  };
}

/** One row per worksheet row below the header; rows without a result are all null. */
export function blockRows<Item>(
  table: TableLayout,
  columns: readonly BlockColumn<Item>[],
  placed: readonly PlacedItem<Item>[],
  notes: PlanNote[]
): PlanValue[][] {
  const firstRow = table.headerRow + 1;
  const rowCount = Math.max(0, table.lastDataRow - table.headerRow);
  const rows: PlanValue[][] = Array.from({ length: rowCount }, () => columns.map(() => null));
  const filled = new Set<number>();
  const { sheet, lastDataRow } = table;
  for (const { row, item, noteItem } of placed) {
    if (row < firstRow || row > lastDataRow) {
      const params = { sheet, row, firstRow, lastDataRow, item: noteItem };
      notes.push(planNoteOf("ROW_OUTSIDE_TABLE", params, { sheet, row }));
      continue;
    }
    if (filled.has(row)) {
      notes.push(planNoteOf("ROW_SHARED", { sheet, row, item: noteItem }, { sheet, row }));
      continue;
    }
    filled.add(row);
    rows[row - firstRow] = columns.map((column) => column.value(item));
  }
  return rows;
}

/** Each column fitted to its header and to its values in its number format. */
export function fitBlockColumns<Item>(
  columns: readonly BlockColumn<Item>[],
  rows: readonly PlanValue[][]
): FittedColumn[] {
  const tallies = columns.map(() => new ColumnWidthTally());
  for (const row of rows)
    for (let index = 0; index < columns.length; index++)
      tallies[index].add(row[index] ?? null, columns[index].numberFormat);
  return columns.map((column, index) => fitColumn(column.header, tallies[index].widths()));
}

export interface ColumnBlockSpec<Item> {
  table: TableLayout;
  role: ColumnBlockPlan["role"];
  columns: readonly BlockColumn<Item>[];
  placed: readonly PlacedItem<Item>[];
  conditionalFormats: (rangeOf: ColumnRangeOf) => ConditionalFormatPlan[];
  notes: PlanNote[];
}

export function buildColumnBlock<Item>(spec: ColumnBlockSpec<Item>): ColumnBlockPlan {
  const { table, columns } = spec;
  const placement = placeBlock(
    table,
    columns.map((column) => column.key)
  );
  const rows = blockRows(table, columns, spec.placed, spec.notes);
  const rangeOf: ColumnRangeOf = (key) => {
    const index = columns.findIndex((column) => column.key === key);
    if (index < 0 || rows.length === 0) return null;
    return columnRange(
      placement.firstColumn + index,
      table.headerRow + 1,
      table.headerRow + rows.length
    );
  };
  const fitted = fitBlockColumns(columns, rows);
  return {
    sheet: table.sheet,
    role: spec.role,
    headerRow: table.headerRow,
    firstColumn: placement.firstColumn,
    keys: columns.map((column) => column.key),
    headers: columns.map((column) => column.header),
    rows,
    numberFormats: columns.map((column) => column.numberFormat),
    clearRowsBelow: placement.clearRowsBelow,
    clearColumnsRight: placement.clearColumnsRight,
    ...(placement.clearRanges.length > 0 ? { clearRanges: placement.clearRanges } : {}),
    conditionalFormats: spec.conditionalFormats(rangeOf),
    columnWidths: fitted.map((column) => column.width),
    headerLines: fitted.reduce((lines, column) => Math.max(lines, column.headerLines), 1),
    freezeRowsIfUnfrozen: table.headerRow,
    ...(table.rowGuard ? { rowGuard: table.rowGuard } : {}),
    ...(table.excelTableHeaders ? { excelTableHeaders: table.excelTableHeaders } : {}),
  };
}
