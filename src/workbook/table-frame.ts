/**
 * The extent of a user's table and a walk over its data rows: blank rows are skipped (the used
 * range is not the data range, BAD-INPUTS #16), a totals row at the bottom is skipped and said
 * once, hidden or filtered rows are read like any other and counted (BAD-INPUTS #15), and merged
 * ranges in the data are reported once per sheet (BAD-INPUTS #14).
 */
import type { Problem } from "../engine/types";
import type { HeaderCandidate } from "./detect-table";
import { isBlankCell } from "./parsed";
import { rangeAddress } from "./plan-address";
import { READ_CODES, sheetProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { headerKey } from "./text-normalise";

export interface TableExtent {
  headerRow: number;
  firstColumn: number;
  lastUserColumn: number;
  lastDataRow: number;
}

/** First-column words of a totals line: never a customer or an invoice. */
const TOTAL_WORDS = new Set(
  [
    "total",
    "totals",
    "grand total",
    "sum",
    "subtotal",
    "合计",
    "合計",
    "总计",
    "總計",
    "小计",
    "小計",
    "总额",
    "總額",
  ].map(headerKey)
);

export const FRAME_MESSAGES = {
  hiddenRows: (sheet: string, count: number) =>
    `${sheet}: ${count} hidden or filtered row${count === 1 ? " was" : "s were"} included (they are data).`,
  totalRows: (sheet: string, rows: number[]) =>
    `${sheet}: row${rows.length === 1 ? "" : "s"} ${rows.join(", ")} look${rows.length === 1 ? "s" : ""} like a totals line and ${rows.length === 1 ? "was" : "were"} skipped.`,
  merges: (sheet: string, count: number, first: string) =>
    `${sheet}: ${count} merged range${count === 1 ? "" : "s"} in the data (first ${first}); each of ${count === 1 ? "its" : "their"} cells reads the top-left value.`,
} as const;

/** A sentence about one thing reads differently in English: its params name the "one" variant. */
function pluralParams(
  count: number,
  params: Record<string, string | number>
): Record<string, string | number> {
  return count === 1 ? { ...params, variant: "one" } : params;
}

export function tableExtent(
  grid: Grid,
  candidate: HeaderCandidate,
  columns: Record<string, number>,
  isOwnedColumn: (column: number) => boolean
): TableExtent {
  const headerRow = candidate.headerRow;
  const used = [...candidate.headers.keys(), ...Object.values(columns)];
  const firstColumn = used.length > 0 ? Math.min(...used) : candidate.firstColumn;
  const lastRowBound = Math.min(candidate.lastRow, grid.lastRow);
  let lastUserColumn = used.length > 0 ? Math.max(...used) : firstColumn;
  let lastDataRow = headerRow;
  for (let row = headerRow + 1; row <= lastRowBound; row++) {
    // From the right: the first filled cell gives both the row's last column and "not blank".
    for (let column = candidate.lastColumn; column >= firstColumn; column--) {
      if (isOwnedColumn(column) || isBlankCell(grid.raw(row, column))) continue;
      if (column > lastUserColumn) lastUserColumn = column;
      lastDataRow = row;
      break;
    }
  }
  if (candidate.tableName !== null) {
    for (let column = candidate.lastColumn; column > lastUserColumn; column--) {
      if (!isOwnedColumn(column)) {
        lastUserColumn = column;
        break;
      }
    }
  }
  return { headerRow, firstColumn, lastUserColumn, lastDataRow };
}

export interface RowWalk {
  sheet: string;
  grid: Grid;
  extent: TableExtent;
  /** The columns read: a row is blank when all of them are. */
  columns: readonly number[];
  /** The id column, where a totals label would sit. */
  labelColumn: number | undefined;
  problems: Problem[];
}

export function walkDataRows(walk: RowWalk, visit: (row: number) => void): void {
  const { grid, extent, columns } = walk;
  const hidden = new Set(grid.sheet.hiddenRows ?? []);
  let hiddenCount = 0;
  const totalRows: number[] = [];
  for (let row = extent.headerRow + 1; row <= extent.lastDataRow; row++) {
    let blank = true;
    for (const column of columns) {
      if (!isBlankCell(grid.value(row, column))) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    if (walk.labelColumn !== undefined && isTotalLabel(grid.value(row, walk.labelColumn))) {
      totalRows.push(row);
      continue;
    }
    if (hidden.has(row)) hiddenCount++;
    visit(row);
  }
  if (hiddenCount > 0) {
    walk.problems.push(
      sheetProblem(
        walk.sheet,
        READ_CODES.hiddenRows,
        FRAME_MESSAGES.hiddenRows(walk.sheet, hiddenCount),
        pluralParams(hiddenCount, { count: hiddenCount })
      )
    );
  }
  if (totalRows.length > 0) {
    walk.problems.push(
      sheetProblem(
        walk.sheet,
        READ_CODES.totalRowSkipped,
        FRAME_MESSAGES.totalRows(walk.sheet, totalRows),
        pluralParams(totalRows.length, { rows: totalRows.join(", ") })
      )
    );
  }
  reportMerges(walk);
}

/** The longest totals word, so that longer text (every real id and name) is rejected at once. */
const LONGEST_TOTAL_WORD = 16;
const HAS_DIGIT = /\d/;

function isTotalLabel(cell: unknown): boolean {
  return (
    typeof cell === "string" &&
    cell.length <= LONGEST_TOTAL_WORD &&
    !HAS_DIGIT.test(cell) &&
    TOTAL_WORDS.has(headerKey(cell))
  );
}

function reportMerges(walk: RowWalk): void {
  const { extent } = walk;
  const inData = (walk.grid.sheet.merges ?? []).filter(
    (merge) =>
      merge.bottom > extent.headerRow &&
      merge.top <= extent.lastDataRow &&
      merge.right >= extent.firstColumn &&
      merge.left <= extent.lastUserColumn
  );
  if (inData.length === 0) return;
  const first = inData[0];
  const firstRange = rangeAddress(first.top, first.left, first.bottom, first.right);
  walk.problems.push(
    sheetProblem(
      walk.sheet,
      READ_CODES.mergedCells,
      FRAME_MESSAGES.merges(walk.sheet, inData.length, firstRange),
      pluralParams(inData.length, { count: inData.length, first: firstRange })
    )
  );
}
