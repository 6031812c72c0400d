/**
 * Names of the sheets the add-in owns: valid for Excel, never the name of a user's sheet, and
 * the same sheet found again under the name an earlier review gave it (in any language).
 */
import type { WorkbookLayout } from "./layout";
import type { SheetPlan } from "./plan";
import { cutText } from "./literal-text";

export const SHEET_NAME_MAX = 31;
/** Characters Excel refuses in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/** Excel keeps this name for itself (the change-tracking history sheet). */
const RESERVED_SHEET_NAME = "history";

/** A valid sheet name: forbidden characters become "_", no apostrophe or space at either end,
 * ≤ 31 characters, not Excel's reserved name; the fallback when nothing is left. */
export function safeSheetName(name: string, fallback: string): string {
  const trimEnds = (text: string) => text.replace(/^['\s]+|['\s]+$/g, "");
  const fitted = trimEnds(
    cutText(trimEnds(name.replace(FORBIDDEN_IN_SHEET_NAME, "_")), SHEET_NAME_MAX)
  );
  const usable = fitted.length > 0 ? fitted : cutText(fallback, SHEET_NAME_MAX);
  return usable.toLowerCase() === RESERVED_SHEET_NAME ? `${usable}_` : usable;
}

/** `name`, or "name (2)", "name (3)"… (cut to fit 31 characters) when a sheet already has it.
 * Excel compares sheet names without regard to case. */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const takenLower = new Set(taken.map((existing) => existing.toLowerCase()));
  if (!takenLower.has(name.toLowerCase())) return name;
  for (let copy = 2; ; copy++) {
    const suffix = ` (${copy})`;
    const candidate = cutText(name, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!takenLower.has(candidate.toLowerCase())) return candidate;
  }
}

export interface OwnedSheetName {
  name: string;
  knownNames: string[];
}

/** The owned sheets a person sees; the hidden map has a fixed name of its own. */
export type VisibleSheetKey = Exclude<SheetPlan["key"], "meta">;
const VISIBLE_SHEET_ORDER: readonly VisibleSheetKey[] = [
  "aging",
  "creditLog",
  "creditChanges",
  "policy",
  "agingHistory",
  "collections",
  "letters",
  "trends",
  "lossAllowance",
];

/**
 * Names for the visible owned sheets. `knownNames` holds only the name the output
 * map confirms is ours: a user's own sheet that happens to be called "Aging" must never be taken
 * for ours and replaced. Each new name avoids every other sheet of the workbook (when the caller
 * lists them), the user's tables, the reserved names and the names given to the other owned sheets.
 */
export function nameOwnedSheets(
  layout: WorkbookLayout,
  existingSheetNames: readonly string[],
  wanted: Record<VisibleSheetKey, string>,
  reservedNames: readonly string[]
): Record<VisibleSheetKey, OwnedSheetName> {
  const userTables = [layout.customers.sheet, layout.receivables.sheet, layout.orders?.sheet];
  const assigned: string[] = [...reservedNames];
  const names: Partial<Record<VisibleSheetKey, OwnedSheetName>> = {};
  for (const key of VISIBLE_SHEET_ORDER) {
    const wantedName = wanted[key];
    const owned = layout.ownedSheets[key];
    const ownName = owned?.name.toLowerCase();
    const taken = [...existingSheetNames, ...userTables, ...assigned].filter(
      (existing): existing is string => existing !== undefined && existing.toLowerCase() !== ownName
    );
    const name = uniqueSheetName(safeSheetName(wantedName, key), taken);
    assigned.push(name);
    names[key] = { name, knownNames: owned ? [owned.name] : [] };
  }
  return names as Record<VisibleSheetKey, OwnedSheetName>; // every key of VISIBLE_SHEET_ORDER was set
}
