/**
 * Which sheets a review needs in full, decided from each sheet's header band (its first
 * `HEADER_SCAN_ROWS` rows, the rows header recognition looks at) before any sheet is read in
 * full. Pure: the Office.js reader loads the bands, asks here, then loads only what is named.
 *
 * Needed in full: every sheet the review may read a role from (named for a role or a Collection
 * Log, chosen in the saved column mapping, holding an Excel Table, or with a header row any role
 * or the Collection Log would recognise), and every sheet proven ours except the Credit Log.
 * The Credit Log grows by one block of rows per review and the review compares with the last
 * one only, so of it only the last review's rows are needed. Anything in doubt is read in full:
 * a sheet left out here is one no role could be found on.
 */
import type { ColumnMapping } from "./column-mapping";
import { bestCandidate, isPlausible } from "./detect-table";
import type { HeaderSynonyms } from "./fields";
import { fieldIndex, nameMatches } from "./header-index";
import { findOwnedOutput } from "./owned-output";
import type { OwnedSignatures } from "./owned-signatures";
import { CREDIT_LOG_COLUMNS } from "./plan-credit-log";
import type { RawWorkbook } from "./raw";
import { REQUIRED_FIELDS, SHEET_ROLES, roleSynonyms } from "./role-fields";
import { type Grid, gridOf } from "./sheet-grid";

export interface SheetSelection {
  /** Sheets to read in full. */
  full: string[];
  /** The Credit Log, of which only the rows of its last review date are read; null if none. */
  creditLog: { sheet: string; dateColumn: number } | null;
}

export interface SelectionInputs {
  synonyms: HeaderSynonyms;
  mapping: ColumnMapping;
  signatures: OwnedSignatures;
}

/** The log's review date is written in this worksheet column by every review. */
export const LOG_DATE_COLUMN = CREDIT_LOG_COLUMNS.indexOf("reviewDate") + 1;

/** Any field of the Collection Log (date and customer are the ones every log has). */
const LOG_REQUIRED = ["date", "customerId"] as const;

export function sheetsToRead(bands: RawWorkbook, inputs: SelectionInputs): SheetSelection {
  const grids = bands.sheets.map(gridOf);
  const owned = findOwnedOutput(bands, grids, inputs.signatures, []);
  const logName = owned.ownedSheets.creditLog?.name ?? null;
  const full: string[] = [];
  for (const grid of grids) {
    const name = grid.sheet.name;
    if (name === logName) continue;
    if (owned.ownedSheetNames.has(name) || mayHoldData(grid, inputs, owned.ownedColumns(name)))
      full.push(name);
  }
  return {
    full,
    creditLog: logName === null ? null : { sheet: logName, dateColumn: LOG_DATE_COLUMN },
  };
}

function mayHoldData(
  grid: Grid,
  { synonyms, mapping }: SelectionInputs,
  isOwnedColumn: (column: number) => boolean
): boolean {
  const name = grid.sheet.name;
  if ((grid.sheet.tables ?? []).length > 0) return true;
  if (nameMatches(name, synonyms.collectionLogSheetNames)) return true;
  for (const role of SHEET_ROLES) {
    if (mapping[role]?.sheet === name || nameMatches(name, synonyms.sheetNames[role])) return true;
    const candidate = bestCandidate({
      grid,
      index: fieldIndex(roleSynonyms(synonyms, role)),
      required: REQUIRED_FIELDS[role],
      isOwnedColumn,
    });
    if (candidate !== null && isPlausible(candidate)) return true;
  }
  const log = bestCandidate({
    grid,
    index: fieldIndex(synonyms.collectionLog),
    required: LOG_REQUIRED,
    isOwnedColumn,
  });
  return log !== null && isPlausible(log);
}
