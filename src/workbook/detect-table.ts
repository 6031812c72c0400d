/**
 * Where a role's table sits in a sheet (BAD-INPUTS #18, #19): an Excel Table is read by its range;
 * otherwise the header row is the row, among the first `HEADER_SCAN_ROWS`, whose headers name the
 * most fields of the role (required fields count ten times more; the first such row wins a tie).
 * A title or notes above the table are skipped that way, and so is a row of group titles over
 * two-row headers: each header is read with its group title (group-headers.ts), so the real
 * header row holds more known headers than the titles do; of two rows that score the same, the
 * one with more known headers wins.
 */
import { headerMerges, readHeaderCell } from "./group-headers";
import type { FieldIndex } from "./header-index";
import type { Grid } from "./sheet-grid";

export const HEADER_SCAN_ROWS = 20;
/** Weight of a required field in the score, against 1 for an optional one. */
const REQUIRED_WEIGHT = 10;

export interface HeaderCandidate {
  headerRow: number;
  /** Columns the table may use (a Table's range, or the whole used range). */
  firstColumn: number;
  lastColumn: number;
  /** Last row the table may use (a Table's last row, or the sheet's last row). */
  lastRow: number;
  tableName: string | null;
  /** Non-empty header texts by column (owned output columns left out). */
  headers: Map<number, string>;
  /** Column → the fields its header names. */
  matches: Map<number, readonly string[]>;
  requiredFound: number;
  fieldsFound: number;
  /** Columns whose header names a field. */
  knownHeaders: number;
  /** Group titles of the row above that the headers were read with ("Invoice" over "No."). */
  groupTitles: string[];
  score: number;
}

export interface DetectArgs {
  grid: Grid;
  index: FieldIndex;
  required: readonly string[];
  /** Columns that belong to the add-in's own output on this sheet. */
  isOwnedColumn: (column: number) => boolean;
}

/** A candidate worth reading: it names a required field and at least one more field. */
export function isPlausible(candidate: HeaderCandidate): boolean {
  return candidate.requiredFound >= 1 && candidate.fieldsFound >= 2;
}

/** The best header row of a sheet for a role, or null when no row names any field. */
export function bestCandidate(args: DetectArgs): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  for (const candidate of candidates(args)) {
    if (candidate.fieldsFound === 0) continue;
    if (
      best === null ||
      candidate.score > best.score ||
      (candidate.score === best.score && candidate.knownHeaders > best.knownHeaders)
    )
      best = candidate;
  }
  return best;
}

/** The candidate at a given header row (a user's choice), within the table that holds it if any. */
export function candidateAt(args: DetectArgs, headerRow: number): HeaderCandidate {
  const { grid } = args;
  const table = (grid.sheet.tables ?? []).find((t) => t.headerRow === headerRow);
  return table
    ? scoreRow(args, headerRow, table.firstColumn, table.lastColumn, table.lastRow, table.name)
    : scoreRow(args, headerRow, grid.firstColumn, grid.lastColumn, grid.lastRow, null);
}

function* candidates(args: DetectArgs): Generator<HeaderCandidate> {
  const { grid } = args;
  for (const table of grid.sheet.tables ?? []) {
    const candidate = scoreRow(
      args,
      table.headerRow,
      table.firstColumn,
      table.lastColumn,
      table.lastRow,
      table.name
    );
    // An explicit Table wins a tie against the same headers found by scanning.
    candidate.score += 0.5;
    yield candidate;
  }
  const lastScanRow = Math.min(grid.lastRow, grid.firstRow + HEADER_SCAN_ROWS - 1);
  for (let row = grid.firstRow; row <= lastScanRow; row++) {
    yield scoreRow(args, row, grid.firstColumn, grid.lastColumn, grid.lastRow, null);
  }
}

function scoreRow(
  args: DetectArgs,
  headerRow: number,
  firstColumn: number,
  lastColumn: number,
  lastRow: number,
  tableName: string | null
): HeaderCandidate {
  const headers = new Map<number, string>();
  const matches = new Map<number, readonly string[]>();
  const found = new Set<string>();
  const groupTitles: string[] = [];
  const merges = headerMerges(args.grid, headerRow);
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (args.isOwnedColumn(column)) continue;
    const cell = readHeaderCell(args.grid, merges, args.index, headerRow, column);
    if (cell.text.length === 0) continue;
    headers.set(column, cell.text);
    if (cell.groupTitle !== null && !groupTitles.includes(cell.groupTitle))
      groupTitles.push(cell.groupTitle);
    if (cell.fields.length === 0) continue;
    matches.set(column, cell.fields);
    for (const field of cell.fields) found.add(field);
  }
  let requiredFound = 0;
  for (const field of args.required) if (found.has(field)) requiredFound++;
  const fieldsFound = found.size;
  return {
    headerRow,
    firstColumn,
    lastColumn,
    lastRow,
    tableName,
    headers,
    matches,
    requiredFound,
    fieldsFound,
    knownHeaders: matches.size,
    groupTitles,
    score: requiredFound * REQUIRED_WEIGHT + fieldsFound,
  };
}
