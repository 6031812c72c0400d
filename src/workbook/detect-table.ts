/**
 * Where a role's table sits in a sheet (BAD-INPUTS #18, #19): an Excel Table is read by its range;
 * otherwise the header row is the row, among the first `HEADER_SCAN_ROWS`, whose headers name the
 * most fields of the role (required fields count ten times more; the first such row wins a tie).
 * A title or notes above the table are skipped that way.
 */
import type { FieldIndex } from "./header-index";
import { fieldsForHeader } from "./header-index";
import type { Grid } from "./sheet-grid";
import { headerText } from "./sheet-grid";

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
    if (best === null || candidate.score > best.score) best = candidate;
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
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (args.isOwnedColumn(column)) continue;
    const text = headerText(args.grid.raw(headerRow, column));
    if (text.length === 0) continue;
    headers.set(column, text);
    const fields = fieldsForHeader(args.index, text);
    if (fields.length === 0) continue;
    matches.set(column, fields);
    for (const field of fields) found.add(field);
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
    score: requiredFound * REQUIRED_WEIGHT + fieldsFound,
  };
}
