/**
 * The add-in's own earlier output, found so that it is never read as user data: its hidden map
 * sheet (`meta-sheet.ts`) names the column blocks it added to the user's tables and the sheets it
 * owns (Aging, Credit Log, Credit Changes). Sheets may also be recognised by their known names in
 * every language, for a workbook whose map was lost.
 */
import type { Problem } from "../engine/types";
import type { OwnedBlock, WorkbookLayout } from "./layout";
import type { MetaContent, OwnedSheetKey } from "./meta-sheet";
import { isMetaSheet, parseMetaSheet } from "./meta-sheet";
import { isBlankCell } from "./parsed";
import type { RawWorkbook } from "./raw";
import { READ_CODES, sheetProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { headerKey } from "./text-normalise";

export interface OwnedOutput {
  /** The map, or null when the workbook has none (a first review). */
  meta: MetaContent | null;
  /** Names of sheets that are ours (never user data). */
  ownedSheetNames: Set<string>;
  ownedSheets: WorkbookLayout["ownedSheets"];
  /** Per sheet: is this column part of one of our blocks? */
  ownedColumns: (sheet: string) => (column: number) => boolean;
  /** Our block on a given sheet, if the map names one there. */
  blockOn: (role: "customers" | "receivables", sheet: string) => OwnedBlock | null;
}

const NONE = (): boolean => false;

export function findOwnedOutput(
  raw: RawWorkbook,
  grids: readonly Grid[],
  knownNames: Partial<Record<OwnedSheetKey, string[]>>,
  problems: Problem[]
): OwnedOutput {
  const metaSheet = raw.sheets.find(isMetaSheet) ?? null;
  const meta = metaSheet ? parseMetaSheet(metaSheet) : null;
  (meta?.notes ?? []).forEach((note, index) => {
    const unreadable = meta?.unreadableRows?.[index];
    const params = unreadable && { mapRow: unreadable.row, record: unreadable.record };
    problems.push(sheetProblem(metaSheet?.name ?? "", READ_CODES.ownedMapUnreadable, note, params));
  });

  const ownedSheets: WorkbookLayout["ownedSheets"] = {};
  const ownedSheetNames = new Set<string>();
  const byName = new Map(grids.map((grid) => [grid.sheet.name, grid]));
  const claim = (key: OwnedSheetKey, grid: Grid): void => {
    ownedSheets[key] = { name: grid.sheet.name, usedRows: lastFilledRow(grid) };
    ownedSheetNames.add(grid.sheet.name);
  };
  if (metaSheet) claim("meta", byName.get(metaSheet.name) as Grid);
  for (const [key, name] of Object.entries(meta?.sheets ?? {}) as [OwnedSheetKey, string][]) {
    const grid = byName.get(name);
    if (grid && ownedSheets[key] === undefined) claim(key, grid);
  }
  for (const [key, names] of Object.entries(knownNames) as [OwnedSheetKey, string[]][]) {
    if (ownedSheets[key] !== undefined) continue;
    const keys = new Set(names.map(headerKey));
    const grid = grids.find(
      (g) => !ownedSheetNames.has(g.sheet.name) && keys.has(headerKey(g.sheet.name))
    );
    if (grid) claim(key, grid);
  }

  const blocks = Object.values(meta?.blocks ?? {});
  const ownedColumns = (sheet: string): ((column: number) => boolean) => {
    const ranges = blocks
      .filter((block) => block.sheet === sheet)
      .map((block) => [block.firstColumn, block.firstColumn + block.keys.length - 1] as const);
    if (ranges.length === 0) return NONE;
    return (column) => ranges.some(([first, last]) => column >= first && column <= last);
  };
  const blockOn = (role: "customers" | "receivables", sheet: string): OwnedBlock | null => {
    const block = meta?.blocks[role];
    if (!block || block.sheet !== sheet) return null;
    return { firstColumn: block.firstColumn, keys: [...block.keys], lastRow: block.lastRow };
  };
  return { meta, ownedSheetNames, ownedSheets, ownedColumns, blockOn };
}

/** The last row holding anything (0 for an empty sheet). */
function lastFilledRow(grid: Grid): number {
  for (let row = grid.lastRow; row >= grid.firstRow; row--) {
    for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
      if (!isBlankCell(grid.raw(row, column))) return row;
    }
  }
  return 0;
}
