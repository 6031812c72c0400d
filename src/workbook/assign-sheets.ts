/**
 * Which sheet plays which role. A sheet is a candidate for a role when its name is one of the
 * role's sheet-name synonyms ("Customers", "客户", "客戶") or when one of its rows reads as the
 * role's header row. The strongest claims are served first — a sheet the user chose, then a
 * sheet named for the role, then the best headers — and a sheet serves one role only, so that a
 * receivables sheet with a customer-name column is never taken for the customer list.
 */
import type { Problem } from "../engine/types";
import type { ColumnMapping } from "./column-mapping";
import type { HeaderCandidate } from "./detect-table";
import { bestCandidate, candidateAt, isPlausible } from "./detect-table";
import type { HeaderSynonyms, SheetRole } from "./fields";
import { fieldIndex, nameMatches } from "./header-index";
import { looksLikeOrders } from "./orders-shape";
import { READ_CODES, sheetProblem } from "./read-problem";
import { REQUIRED_FIELDS, SHEET_ROLES, roleSynonyms } from "./role-fields";
import type { Grid } from "./sheet-grid";

export interface SheetChoice {
  grid: Grid;
  /** The header row found (or chosen); null when the sheet was taken by its name only. */
  candidate: HeaderCandidate | null;
}

const CHOSEN_BONUS = 1_000_000;
const NAME_BONUS = 1_000;

export interface AssignOptions {
  /** The user said there is no orders sheet: no sheet plays that role. */
  noOrders?: boolean;
}

export function assignSheets(
  grids: readonly Grid[],
  synonyms: HeaderSynonyms,
  mapping: ColumnMapping,
  ownedColumns: (sheet: string) => (column: number) => boolean,
  problems: Problem[],
  options: AssignOptions = {}
): Partial<Record<SheetRole, SheetChoice>> {
  const claims: {
    role: SheetRole;
    grid: Grid;
    candidate: HeaderCandidate | null;
    strength: number;
  }[] = [];
  // Sheets that would have been taken for orders by name or headers but do not look like orders.
  const notOrders: string[] = [];
  for (const role of SHEET_ROLES) {
    if (role === "orders" && options.noOrders === true) continue;
    const chosen = mapping[role];
    if (chosen?.sheet !== undefined && !grids.some((grid) => grid.sheet.name === chosen.sheet)) {
      problems.push(
        sheetProblem("", READ_CODES.mappingInvalid, {
          variant: "chosenSheetMissing",
          roleRows: role,
          chosenSheet: chosen.sheet,
        })
      );
    }
    const args = {
      index: fieldIndex(roleSynonyms(synonyms, role)),
      required: REQUIRED_FIELDS[role],
    };
    for (const grid of grids) {
      const detect = { ...args, grid, isOwnedColumn: ownedColumns(grid.sheet.name) };
      const isChosen = chosen?.sheet === grid.sheet.name;
      const byName = nameMatches(grid.sheet.name, synonyms.sheetNames[role]);
      let candidate =
        isChosen && chosen?.headerRow !== undefined
          ? candidateAt(detect, chosen.headerRow)
          : bestCandidate(detect);
      const plausible = candidate !== null && isPlausible(candidate);
      if (!plausible && !byName && !isChosen) continue;
      if (role === "orders" && !isChosen && !looksLikeOrders(candidate)) {
        notOrders.push(grid.sheet.name);
        continue;
      }
      if (
        candidate === null &&
        isChosen &&
        chosen?.columns !== undefined &&
        grid.lastRow >= grid.firstRow
      ) {
        candidate = candidateAt(detect, grid.firstRow);
      }
      const strength =
        (isChosen ? CHOSEN_BONUS : 0) + (byName ? NAME_BONUS : 0) + (candidate?.score ?? 0);
      claims.push({ role, grid, candidate, strength });
    }
  }
  claims.sort((a, b) => b.strength - a.strength);
  const choices: Partial<Record<SheetRole, SheetChoice>> = {};
  const usedSheets = new Set<string>();
  for (const claim of claims) {
    if (choices[claim.role] || usedSheets.has(claim.grid.sheet.name)) continue;
    choices[claim.role] = { grid: claim.grid, candidate: claim.candidate };
    usedSheets.add(claim.grid.sheet.name);
  }
  if (!choices.orders) {
    for (const sheet of notOrders) {
      if (usedSheets.has(sheet)) continue;
      problems.push(sheetProblem(sheet, READ_CODES.ordersSheetNotUsed));
    }
  }
  return choices;
}
