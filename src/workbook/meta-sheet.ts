/**
 * The hidden metadata sheet: a map of what the add-in wrote where. A later review — in any
 * language — reads it to find its own column blocks and sheets again and update them in place,
 * instead of adding a second copy next to the first.
 *
 * Layout (every row is a record; the first cell names its kind, unknown kinds are skipped so an
 * older version can read a newer map):
 *   A1: META_MARKER, B1: META_FORMAT_VERSION
 *   A2: column titles (for a person who unhides the sheet)
 *   "block" | role | sheet name | header row | first column | keys joined by "," | last row
 *           | each column's digest of the values written, joined by "," (`column-digest.ts`)
 *   "sheet" | key  | current sheet name
 *
 * The map is a hint, never proof: a sheet is the map only when it is hidden (see below), carries the
 * marker in A1 and is the sheet the host records as the map (`RawWorkbook.outputMapName`: the
 * document settings in Excel, a hidden defined name in a file). A workbook whose host records
 * no map (written before the record existed) falls back to the fixed name, still very hidden and
 * marked: a person cannot make a very hidden sheet from Excel's tabs, so a copied or typed
 * marker on an ordinary sheet is never taken for the map. A recorded map may be only hidden
 * (see `findOutputMap`).
 */
import type { OwnedBlock } from "./layout";
import type { PlanValue, SheetPlan } from "./plan";
import type { RawCell, RawSheet, RawWorkbook } from "./raw";
import { isRawError } from "./raw";

/** Language-independent name of the metadata sheet (≤ 31 characters, no forbidden characters). */
export const META_SHEET_NAME = "CreditDesk_Meta";
/** First cell of the metadata sheet: tells our map apart from a user's sheet of the same name. */
export const META_MARKER = "CreditDesk output map";
export const META_FORMAT_VERSION = 1;

const BLOCK_RECORD = "block";
const SHEET_RECORD = "sheet";
const KEY_SEPARATOR = ",";
const META_TITLES = [
  "record",
  "role / key",
  "sheet",
  "header row",
  "first column",
  "keys",
  "last row",
  "contents",
];

export type BlockRole = "customers" | "receivables";
export type OwnedSheetKey = SheetPlan["key"];

export interface MetaBlock extends OwnedBlock {
  sheet: string;
  headerRow: number;
}

export interface MetaContent {
  blocks: Partial<Record<BlockRole, MetaBlock>>;
  sheets: Partial<Record<OwnedSheetKey, string>>;
  /** Rows that could not be read (row, record kind), so a damaged map is never used silently;
   * the reader reports each as a problem the language layer words. */
  unreadableRows: { row: number; record: string }[];
}

const BLOCK_ROLES: readonly BlockRole[] = ["customers", "receivables"];
const SHEET_KEYS: readonly OwnedSheetKey[] = [
  "aging",
  "creditLog",
  "creditChanges",
  "policy",
  "meta",
  "agingHistory",
  "collections",
  "letters",
  "trends",
  "lossAllowance",
];

/** The records of one review, as rows for the metadata sheet. */
export function metaSheetRows(content: Pick<MetaContent, "blocks" | "sheets">): PlanValue[][] {
  const rows: PlanValue[][] = [[META_MARKER, META_FORMAT_VERSION], [...META_TITLES]];
  for (const role of BLOCK_ROLES) {
    const block = content.blocks[role];
    if (!block) continue;
    rows.push([
      BLOCK_RECORD,
      role,
      block.sheet,
      block.headerRow,
      block.firstColumn,
      block.keys.join(KEY_SEPARATOR),
      block.lastRow,
      ...(block.digests ? [block.digests.join(KEY_SEPARATOR)] : []),
    ]);
  }
  for (const key of SHEET_KEYS) {
    const name = content.sheets[key];
    if (name !== undefined) rows.push([SHEET_RECORD, key, name]);
  }
  return rows;
}

/**
 * The metadata sheet as a plan: very hidden, rewritten whole on every review. `name` is the
 * proven map's name, or a name no sheet carries yet; `knownNames` holds the proven map's name
 * only, so a user's sheet that merely carries the map's name is never rewritten.
 */
export function buildMetaSheet(
  content: Pick<MetaContent, "blocks" | "sheets">,
  name: string,
  knownNames: string[]
): SheetPlan {
  const cells = metaSheetRows(content);
  return {
    key: "meta",
    name,
    knownNames,
    visibility: "veryHidden",
    mode: "replace",
    startRow: 1,
    cells,
    // Sheet names and keys are text even when they look like numbers ("2026").
    numberFormats: [{ range: `B3:C${Math.max(3, cells.length)}`, format: "@" }],
    conditionalFormats: [],
    boldRows: [2],
    columnWidths: [10, 14, 24, 12, 12, 60, 10, 40],
    freezeRows: 2,
    charts: [],
  };
}

/**
 * The output map, or null when no sheet passes every test above. A map the host records may be
 * merely hidden: LibreOffice has no "very hidden" and saves our map as hidden (keeping the
 * defined name), and the next review makes it very hidden again. A visible sheet is never the
 * map, nor is a hidden one found only by the fixed name, since anyone can hide a sheet.
 */
export function findOutputMap(raw: RawWorkbook): RawSheet | null {
  const recorded = raw.outputMapName;
  const sheet = raw.sheets.find((candidate) => candidate.name === (recorded ?? META_SHEET_NAME));
  if (!sheet || !isMetaSheet(sheet)) return null;
  if (sheet.visibility === "veryHidden") return sheet;
  return sheet.visibility === "hidden" && recorded !== undefined ? sheet : null;
}

/** True when the sheet carries our marker in its first cell (A1). */
export function isMetaSheet(sheet: RawSheet): boolean {
  return cellAt(sheet, 1, 1) === META_MARKER;
}

/**
 * Reads the map back. Rows of an unknown kind are skipped; a known row that cannot be read is
 * left out and named in `unreadableRows` (the caller reports it: its output will then be written afresh).
 */
export function parseMetaSheet(sheet: RawSheet): MetaContent {
  const content: MetaContent = { blocks: {}, sheets: {}, unreadableRows: [] };
  const lastRow = sheet.firstRow + sheet.cells.length - 1;
  for (let row = sheet.firstRow; row <= lastRow; row++) {
    const kind = cellAt(sheet, row, 1);
    if (kind === BLOCK_RECORD) readBlockRecord(sheet, row, content);
    else if (kind === SHEET_RECORD) readSheetRecord(sheet, row, content);
  }
  return content;
}

function readBlockRecord(sheet: RawSheet, row: number, content: MetaContent): void {
  const role = cellAt(sheet, row, 2);
  const sheetName = textOf(cellAt(sheet, row, 3));
  const headerRow = positiveInteger(cellAt(sheet, row, 4));
  const firstColumn = positiveInteger(cellAt(sheet, row, 5));
  const keys = textOf(cellAt(sheet, row, 6));
  const lastRow = positiveInteger(cellAt(sheet, row, 7));
  if (
    !isBlockRole(role) ||
    !sheetName ||
    headerRow === null ||
    firstColumn === null ||
    !keys ||
    lastRow === null
  ) {
    noteUnreadable(content, row, "block");
    return;
  }
  const keyList = splitList(keys);
  const digests = splitList(textOf(cellAt(sheet, row, 8)) ?? "");
  content.blocks[role] = {
    sheet: sheetName,
    headerRow,
    firstColumn,
    keys: keyList,
    lastRow,
    // A digest list that does not pair with the keys proves nothing: taken as absent.
    ...(digests.length === keyList.length ? { digests } : {}),
  };
}

function splitList(text: string): string[] {
  return text
    .split(KEY_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function readSheetRecord(sheet: RawSheet, row: number, content: MetaContent): void {
  const key = cellAt(sheet, row, 2);
  const name = textOf(cellAt(sheet, row, 3));
  if (!isSheetKey(key) || !name) {
    noteUnreadable(content, row, "sheet");
    return;
  }
  content.sheets[key] = name;
}

function noteUnreadable(content: MetaContent, row: number, kind: string): void {
  content.unreadableRows.push({ row, record: kind });
}

/** The cell at a 1-based worksheet position, whatever the used range's origin. */
function cellAt(sheet: RawSheet, row: number, column: number): RawCell {
  const line = sheet.cells[row - sheet.firstRow];
  if (!line) return null;
  const cell = line[column - sheet.firstColumn];
  return cell === undefined ? null : cell;
}

function textOf(cell: RawCell): string | null {
  if (cell === null || isRawError(cell) || typeof cell === "boolean") return null;
  const text = String(cell).trim();
  return text.length > 0 ? text : null;
}

/** A row or column number, written as a number or (after a round trip through text) as digits. */
function positiveInteger(cell: RawCell): number | null {
  const text = textOf(cell);
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 ? value : null;
}

function isBlockRole(value: RawCell): value is BlockRole {
  return typeof value === "string" && (BLOCK_ROLES as readonly string[]).includes(value);
}

function isSheetKey(value: RawCell): value is OwnedSheetKey {
  return typeof value === "string" && (SHEET_KEYS as readonly string[]).includes(value);
}
