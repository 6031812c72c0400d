/**
 * Output columns next to a user's table: where they go, and one row per worksheet row so that
 * each result sits on the row it came from. Shared by the customer and receivable blocks.
 */
import type { ColumnBlockPlan, ConditionalFormatPlan, PlanValue } from "./plan";
import type { TableLayout } from "./layout";
import { MAX_COLUMN, columnLetter, columnRange } from "./plan-address";
import { ColumnWidthTally, fitColumn, type FittedColumn } from "./column-fit";

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
  /** Names the item in a note ("customer C001"). */
  describe: string;
}

export interface BlockPlacement {
  firstColumn: number;
  /** Last worksheet row the block covers (its header row when the table has no data rows). */
  lastRow: number;
  clearRowsBelow: number;
  clearColumnsRight: number;
}

/** Finds the cells of one output column in the data rows (null when there are none). */
export type ColumnRangeOf = (key: string) => string | null;

export const blockCannotGrow = (sheet: string, oldColumns: string, userColumn: string): string =>
  `Sheet "${sheet}": the output columns ${oldColumns} of an earlier review need more columns now, ` +
  `but column ${userColumn} right of them holds your data. Move that column further right (or ` +
  `delete the old output columns), then run the review again.`;

export const blockBeyondLastColumn = (sheet: string, lastColumn: number): string =>
  `Sheet "${sheet}": the output columns would end at column ${lastColumn}, past Excel's last ` +
  `column (${MAX_COLUMN}). Remove empty columns on the right of the table, then run again.`;

/**
 * Where the block goes. An earlier block is updated in place (whatever language it was written
 * in: keys, not headers, identify it). It never grows into columns the user added right of it:
 * if it must grow and the user's table extends past it, the review stops with a message rather
 * than overwrite a user's cell.
 */
export function placeBlock(table: TableLayout, width: number): BlockPlacement {
  const lastRow = Math.max(table.headerRow, table.lastDataRow);
  const owned = table.ownedBlock;
  const firstColumn = owned ? owned.firstColumn : table.lastUserColumn + 1;
  if (owned) {
    const oldWidth = owned.keys.length;
    const oldLastColumn = owned.firstColumn + oldWidth - 1;
    const userColumnsRight = table.lastUserColumn > oldLastColumn;
    if (width > oldWidth && userColumnsRight) {
      const oldColumns = `${columnLetter(owned.firstColumn)}:${columnLetter(oldLastColumn)}`;
      throw new RangeError(
        blockCannotGrow(table.sheet, oldColumns, columnLetter(oldLastColumn + 1))
      );
    }
  }
  const lastColumn = firstColumn + width - 1;
  if (lastColumn > MAX_COLUMN) throw new RangeError(blockBeyondLastColumn(table.sheet, lastColumn));
  return {
    firstColumn,
    lastRow,
    clearRowsBelow: owned ? Math.max(0, owned.lastRow - lastRow) : 0,
    clearColumnsRight: owned ? Math.max(0, owned.keys.length - width) : 0,
  };
}

/** One row per worksheet row below the header; rows without a result are all null. */
export function blockRows<Item>(
  table: TableLayout,
  columns: readonly BlockColumn<Item>[],
  placed: readonly PlacedItem<Item>[],
  notes: string[]
): PlanValue[][] {
  const firstRow = table.headerRow + 1;
  const rowCount = Math.max(0, table.lastDataRow - table.headerRow);
  const rows: PlanValue[][] = Array.from({ length: rowCount }, () => columns.map(() => null));
  const filled = new Set<number>();
  for (const { row, item, describe } of placed) {
    if (row < firstRow || row > table.lastDataRow) {
      notes.push(
        `Sheet "${table.sheet}", row ${row}: ${describe} is outside the table's data rows ` +
          `${firstRow}-${table.lastDataRow}; its results were not written there.`
      );
      continue;
    }
    if (filled.has(row)) {
      notes.push(
        `Sheet "${table.sheet}", row ${row}: ${describe} shares the row with another result; only the first was written.`
      );
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
  notes: string[];
}

export function buildColumnBlock<Item>(spec: ColumnBlockSpec<Item>): ColumnBlockPlan {
  const { table, columns } = spec;
  const placement = placeBlock(table, columns.length);
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
    conditionalFormats: spec.conditionalFormats(rangeOf),
    columnWidths: fitted.map((column) => column.width),
    headerLines: fitted.reduce((lines, column) => Math.max(lines, column.headerLines), 1),
    freezeRowsIfUnfrozen: table.headerRow,
  };
}
