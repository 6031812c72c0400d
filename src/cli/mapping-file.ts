/**
 * The `--mapping file.json` format: the shape the task pane saves as its column mapping — sheet
 * role → field key → 1-based column number — where a field may also be given by its header text:
 *
 *     { "customers": { "id": "Cust No", "badPayments3m": 7 },
 *       "receivables": { "amount": "Invoice total" } }
 *
 * Checked entry by entry; the first bad entry is named in the error (`customers.badPayments3m`),
 * never skipped, because a mapping the user wrote and the review quietly ignored would give
 * numbers read from other columns than the user meant.
 */
import { MAX_COLUMN } from "../workbook/plan-address";
import { ROLE_FIELDS, SHEET_ROLES } from "../workbook/role-fields";
import type { SheetRole } from "../workbook/fields";
import type { ColumnChoiceLayer, ColumnPick } from "./column-choice";

/** Longer than any header a person types; a longer text is a mistake, not a header. */
export const MAX_HEADER_LENGTH = 255;

export type MappingFileErrorKey =
  | "mapping.notObject"
  | "mapping.roleNotObject"
  | "mapping.unknownRole"
  | "mapping.unknownField"
  | "mapping.badValue"
  | "mapping.notColumnNumber";

export interface MappingFileError {
  key: MappingFileErrorKey;
  /** `entry` names the bad entry (`customers` or `customers.id`); `fields` the role's field keys. */
  params: { entry: string; fields: string; value: string };
}

export type MappingFileResult =
  { ok: true; choices: ColumnChoiceLayer } | ({ ok: false } & MappingFileError);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRole(text: string): text is SheetRole {
  return (SHEET_ROLES as readonly string[]).includes(text);
}

/** A value as the sentence quotes it: JSON, cut short so a huge value cannot flood the terminal. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function pickOf(value: unknown): ColumnPick | null {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 1 && value <= MAX_COLUMN ? { column: value } : null;
  if (typeof value !== "string") return null;
  const header = value.trim();
  return header.length > 0 && header.length <= MAX_HEADER_LENGTH ? { header } : null;
}

export function parseMappingFile(json: unknown): MappingFileResult {
  const error = (
    key: MappingFileErrorKey,
    entry = "",
    fields = "",
    value = ""
  ): MappingFileResult => ({
    ok: false,
    key,
    params: { entry, fields, value },
  });
  if (!isRecord(json)) return error("mapping.notObject");
  const choices: ColumnChoiceLayer = {};
  for (const [role, fields] of Object.entries(json)) {
    if (!isRole(role)) return error("mapping.unknownRole", role);
    if (!isRecord(fields)) return error("mapping.roleNotObject", role);
    const known: readonly string[] = ROLE_FIELDS[role];
    const picks: Record<string, ColumnPick> = {};
    for (const [field, value] of Object.entries(fields)) {
      const entry = `${role}.${field}`;
      if (!known.includes(field)) return error("mapping.unknownField", entry, known.join(", "));
      const pick = pickOf(value);
      // A number too large for JSON's doubles (1e400) parses as Infinity, which `shown` would
      // print as "null": the sentence says what is wrong without quoting it.
      if (pick === null && typeof value === "number" && !Number.isFinite(value))
        return error("mapping.notColumnNumber", entry);
      if (pick === null) return error("mapping.badValue", entry, "", shown(value));
      picks[field] = pick;
    }
    choices[role] = picks;
  }
  return { ok: true, choices };
}
