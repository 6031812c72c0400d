/**
 * The add-in's own earlier output, found so that it is never read as user data and so that a
 * review writes only cells it can prove it wrote. Ownership is proven, never trusted:
 * - the map (`meta-sheet.ts`) is only the very hidden, marked sheet the host records;
 * - an owned sheet is ours only when the map names it AND its A1 still holds the text a review
 *   writes there (a person's copy is not named by the map; a person's sheet that took the name
 *   does not carry the text); a sheet is never claimed by its name alone;
 * - a column is ours only when the map lists its key AND its header cell, on the header row the
 *   map records, holds exactly a header a review writes for that key (in any language), AND no
 *   merge of the user's covers any of its recorded cells (a merged-over column is the user's:
 *   never unmerged, never written into).
 * Proven columns that still stand side by side in the recorded order are a block to update in
 * place; proven columns of a block the user broke up are only cleared.
 */
import type { Problem } from "../engine/types";
import type { OwnedBlock, WorkbookLayout } from "./layout";
import { gridColumnDigest } from "./column-digest";
import type { BlockRole, MetaBlock, MetaContent, OwnedSheetKey } from "./meta-sheet";
import { findOutputMap, parseMetaSheet } from "./meta-sheet";
import type { OutputHeaders, OwnedSignatures } from "./owned-signatures";
import { overlapsMerge } from "./merged-areas";
import { isBlankCell } from "./parsed";
import { columnRange } from "./plan-address";
import type { RawWorkbook } from "./raw";
import { READ_CODES, cellProblem, sheetProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";

/** What is proven ours of one block the map records. */
export interface ProvenBlock {
  /** Header row the map records (the proof was made there). */
  headerRow: number;
  /** Last row the map records (below the header row, moved with it). */
  lastRow: number;
  /** Every recorded column still ours, side by side in the recorded order; else null. */
  intact: OwnedBlock | null;
  /** Proven columns that are not an intact block, as A1 ranges from the header row to the recorded last row. */
  strayRanges: string[];
  /** Columns of a broken-up block whose cells changed since they were written: the user's now. */
  handedOver: HandedOverColumn[];
}

/** An earlier output column left to the user, named by its position and header. */
export interface HandedOverColumn {
  column: number;
  header: string;
}

export interface OwnedOutput {
  /** The map, or null when the workbook has none (a first review) or none proven. */
  meta: MetaContent | null;
  /** Names of sheets that are ours (never user data). */
  ownedSheetNames: Set<string>;
  ownedSheets: WorkbookLayout["ownedSheets"];
  /** Per sheet: is this column proven part of one of our blocks? */
  ownedColumns: (sheet: string) => (column: number) => boolean;
  /** What is proven ours of the block the map records for a role on this sheet, if any. */
  blockOn: (role: BlockRole, sheet: string) => ProvenBlock | null;
}

const NONE = (): boolean => false;

export function findOwnedOutput(
  raw: RawWorkbook,
  grids: readonly Grid[],
  signatures: OwnedSignatures,
  problems: Problem[]
): OwnedOutput {
  const metaSheet = findOutputMap(raw);
  const meta = metaSheet ? parseMetaSheet(metaSheet) : null;
  for (const unreadable of meta?.unreadableRows ?? []) {
    const params = { mapRow: unreadable.row, record: unreadable.record };
    problems.push(sheetProblem(metaSheet?.name ?? "", READ_CODES.ownedMapUnreadable, params));
  }

  const ownedSheets: WorkbookLayout["ownedSheets"] = {};
  const ownedSheetNames = new Set<string>();
  const byName = new Map(grids.map((grid) => [grid.sheet.name, grid]));
  const claim = (key: OwnedSheetKey, grid: Grid): void => {
    ownedSheets[key] = {
      name: grid.sheet.name,
      usedRows: lastFilledRow(grid),
      filledHeaderColumns: filledColumnsOfFirstRow(grid),
    };
    ownedSheetNames.add(grid.sheet.name);
  };
  const metaGrid = metaSheet ? byName.get(metaSheet.name) : undefined;
  if (metaGrid) claim("meta", metaGrid);
  for (const [key, name] of Object.entries(meta?.sheets ?? {}) as [OwnedSheetKey, string][]) {
    const grid = byName.get(name);
    if (!grid || key === "meta" || ownedSheets[key] !== undefined) continue;
    if (ownedSheetNames.has(name) || !firstCellIsOurs(grid, signatures.firstCells[key])) continue;
    claim(key, grid);
  }

  const userGrids = grids.filter((grid) => !ownedSheetNames.has(grid.sheet.name));
  const proven = new Map<BlockRole, { sheet: string; block: ProvenBlock; columns: number[] }>();
  for (const [role, record] of Object.entries(meta?.blocks ?? {}) as [BlockRole, MetaBlock][]) {
    const found = proveBlock(userGrids, record, signatures.headers[role]);
    if (!found) continue;
    proven.set(role, found);
    for (const { column, header } of found.block.handedOver)
      problems.push(
        cellProblem(
          found.sheet,
          found.block.headerRow,
          column,
          header,
          null,
          READ_CODES.outputColumnLeft
        )
      );
  }

  const ownedColumns = (sheet: string): ((column: number) => boolean) => {
    const columns = new Set<number>();
    for (const found of proven.values())
      if (found.sheet === sheet) for (const column of found.columns) columns.add(column);
    if (columns.size === 0) return NONE;
    return (column) => columns.has(column);
  };
  const blockOn = (role: BlockRole, sheet: string): ProvenBlock | null => {
    const found = proven.get(role);
    return found && found.sheet === sheet ? found.block : null;
  };
  return { meta, ownedSheetNames, ownedSheets, ownedColumns, blockOn };
}

/** A recorded block's proof on one sheet: what is proven, and every proven column. */
type Proof = { sheet: string; block: ProvenBlock; columns: number[] };

/** True when A1 holds exactly one of the texts a review writes there. */
function firstCellIsOurs(grid: Grid, texts: ReadonlySet<string>): boolean {
  const cell = grid.raw(1, 1);
  return typeof cell === "string" && texts.has(cell);
}

/**
 * The columns of a recorded block still proven ours. On the sheet the map names; when that
 * sheet is gone (renamed), on the one other sheet where the whole block still stands where the
 * map says, header by header.
 */
function proveBlock(
  grids: readonly Grid[],
  record: MetaBlock,
  headers: OutputHeaders
): Proof | null {
  const named = grids.find((grid) => grid.sheet.name === record.sheet);
  if (named) return provenOn(named, record, headers);
  const moved = grids
    .map((grid) => provenOn(grid, record, headers))
    .filter((found) => found.block.intact?.firstColumn === record.firstColumn);
  return moved.length === 1 ? moved[0] : null;
}

/**
 * On the recorded header row; when nothing is proven there (rows were inserted or deleted above
 * the table), on the one other row where the whole block stands, the recorded rows moved with it.
 */
function provenOn(grid: Grid, record: MetaBlock, headers: OutputHeaders): Proof {
  const atRecorded = provenAt(grid, record, headers);
  if (atRecorded.columns.length > 0) return atRecorded;
  const moved = rowsHoldingHeader(grid, headers.get(record.keys[0]), record.headerRow)
    .map((row) => {
      const shift = row - record.headerRow;
      return provenAt(
        grid,
        { ...record, headerRow: row, lastRow: record.lastRow + shift },
        headers
      );
    })
    .filter((found) => found.block.intact !== null);
  return moved.length === 1 ? moved[0] : atRecorded;
}

/** Rows other than `skip` where some cell holds one of `texts`. */
function rowsHoldingHeader(
  grid: Grid,
  texts: ReadonlySet<string> | undefined,
  skip: number
): number[] {
  if (texts === undefined) return [];
  const rows: number[] = [];
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    if (row === skip) continue;
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      const cell = grid.raw(row, column);
      if (typeof cell === "string" && texts.has(cell)) {
        rows.push(row);
        break;
      }
    }
  }
  return rows;
}

function provenAt(grid: Grid, record: MetaBlock, headers: OutputHeaders): Proof {
  const columnOfKey = provenColumns(grid, record, headers);
  for (const [key, column] of columnOfKey)
    if (mergedOver(grid, column, record.headerRow, record.lastRow)) columnOfKey.delete(key);
  const first = columnOfKey.get(record.keys[0]);
  const intact =
    first !== undefined &&
    columnOfKey.size === record.keys.length &&
    record.keys.every((key, index) => columnOfKey.get(key) === first + index);
  if (intact) {
    const block: OwnedBlock = {
      firstColumn: first,
      keys: [...record.keys],
      lastRow: record.lastRow,
      ...(record.digests ? { digests: [...record.digests] } : {}),
    };
    const columns = [...columnOfKey.values()].sort((a, b) => a - b);
    return {
      sheet: grid.sheet.name,
      block: {
        headerRow: record.headerRow,
        lastRow: record.lastRow,
        intact: block,
        strayRanges: [],
        handedOver: [],
      },
      columns,
    };
  }
  // A broken-up block is only cleared, and only where a column still holds exactly what was
  // written: one whose cells changed since (a value typed into a blank, a row deleted) is left
  // whole and becomes the user's.
  const handedOver: HandedOverColumn[] = [];
  for (const [key, column] of columnOfKey) {
    if (columnUnchanged(grid, record, key, column)) continue;
    columnOfKey.delete(key);
    handedOver.push({ column, header: String(grid.raw(record.headerRow, column)) });
  }
  const columns = [...columnOfKey.values()].sort((a, b) => a - b);
  const block: ProvenBlock = {
    headerRow: record.headerRow,
    lastRow: record.lastRow,
    intact: null,
    strayRanges: columns.map((column) => columnRange(column, record.headerRow, record.lastRow)),
    handedOver: handedOver.sort((a, b) => a.column - b.column),
  };
  return { sheet: grid.sheet.name, block, columns };
}

/** True when the column's cells below the header hold the values the map's digest records. */
function columnUnchanged(grid: Grid, record: MetaBlock, key: string, column: number): boolean {
  const recorded = record.digests?.[record.keys.indexOf(key)];
  return (
    recorded === undefined ||
    gridColumnDigest(grid, column, record.headerRow + 1, record.lastRow) === recorded
  );
}

/**
 * Output key → its column, for each recorded key whose header is found exactly once on the
 * recorded header row (or, found more than once, at the recorded position). A header found twice
 * elsewhere (a person copied our column) proves neither copy.
 */
function provenColumns(grid: Grid, record: MetaBlock, headers: OutputHeaders): Map<string, number> {
  const candidates = new Map<string, number[]>();
  const claimedBy = new Map<number, number>();
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
    const cell = grid.raw(record.headerRow, column);
    if (typeof cell !== "string") continue;
    for (const key of record.keys) {
      if (!headers.get(key)?.has(cell)) continue;
      candidates.set(key, [...(candidates.get(key) ?? []), column]);
      claimedBy.set(column, (claimedBy.get(column) ?? 0) + 1);
    }
  }
  const result = new Map<string, number>();
  record.keys.forEach((key, index) => {
    const found = candidates.get(key) ?? [];
    const recorded = record.firstColumn + index;
    const column = found.length === 1 ? found[0] : found.includes(recorded) ? recorded : null;
    // A header two keys share proves neither.
    if (column !== null && claimedBy.get(column) === 1) result.set(key, column);
  });
  return result;
}

function mergedOver(grid: Grid, column: number, top: number, bottom: number): boolean {
  const span = { top, bottom: Math.max(top, bottom), left: column, right: column };
  return overlapsMerge(grid.sheet.merges ?? [], span);
}

/** The last row holding anything (0 for an empty sheet). */
function filledColumnsOfFirstRow(grid: Grid): number[] {
  const filled: number[] = [];
  if (grid.firstRow !== 1) return filled;
  for (let column = grid.firstColumn; column <= grid.lastColumn; column++)
    if (!isBlankCell(grid.raw(1, column))) filled.push(column);
  return filled;
}

function lastFilledRow(grid: Grid): number {
  for (let row = grid.lastRow; row >= grid.firstRow; row--) {
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      if (!isBlankCell(grid.raw(row, column))) return row;
    }
  }
  return 0;
}
