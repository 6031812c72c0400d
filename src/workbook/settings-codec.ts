/**
 * What the add-in remembers in the document, and its text form. Pure, and in the workbook layer
 * because two adapters read it: `src/excel/settings.ts` moves the text in and out of
 * `Office.context.document.settings`, and `src/file/document-settings.ts` finds it in a saved
 * .xlsx (where Office keeps it in a web-extension part).
 *
 * Reading is forgiving: a part that is not what it should be (a hand-edited or older document)
 * is left out and named, and the rest is kept — a damaged setting never stops a review.
 */
import type { Policy } from "../engine/policy";
import { serialDate } from "../engine/serial-date";
import type { SerialDate } from "../engine/types";
import type { SheetRole } from "./fields";
import { MAX_COLUMN } from "./plan-address";

/** The as-of date the user chose last: today (the pane's clock) or a fixed date. */
export type AsOfChoice = { kind: "today" } | { kind: "fixed"; date: SerialDate };

/** Role → field key → 1-based worksheet column the user chose for it. */
export type ColumnMapping = Partial<Record<SheetRole, Record<string, number>>>;

/**
 * Role → field key → the header the chosen column had when it was chosen. Kept beside the
 * column numbers (not inside them) so settings saved before it existed read as they did: a
 * column inserted later moves the header, and the reader finds it again by this text.
 */
export type ColumnHeaders = Partial<Record<SheetRole, Record<string, string>>>;

/** Longer than any header a person writes; a longer saved text is damage, not a header. */
export const MAX_SAVED_HEADER_LENGTH = 255;

export interface DocumentSettings {
  /** The UI language (e.g. "zh-CN"). */
  locale?: string;
  columnMapping?: ColumnMapping;
  columnHeaders?: ColumnHeaders;
  /** The policy as edited in the pane (plain JSON); the pane validates it before use. */
  policy?: Policy;
  asOf?: AsOfChoice;
  /** The name of the sheet the last review wrote as its output map (see `output-map-setting.ts`). */
  outputMap?: string;
}

export interface DecodedSettings {
  settings: DocumentSettings;
  /** Parts that were left out, each saying which and why. */
  dropped: string[];
}

/** The document-settings key everything is stored under. */
export const SETTINGS_KEY = "creditDesk.settings";
export const SETTINGS_FORMAT_VERSION = 1;

const ROLES: readonly SheetRole[] = ["customers", "receivables", "orders"];

export const settingsUnreadable = "the saved settings are not readable JSON; defaults are used";
export const settingDropped = (part: string, why: string): string =>
  `the saved ${part} was ignored: ${why}`;

export function encodeSettings(settings: DocumentSettings): string {
  return JSON.stringify({ version: SETTINGS_FORMAT_VERSION, ...settings });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How one role → field → value table of the settings is named, and which values it keeps. */
interface RoleTableSpec<Value> {
  /** The table in a message: "column mapping". */
  table: string;
  /** What its fields map to, plural, and one such value: "columns", "column". */
  values: string;
  value: string;
  accepts: (value: unknown) => value is Value;
  /** What an accepted value is, for the message when one is not. */
  expected: string;
}

/** Keeps the known roles and the accepted values of a role table; names each part left out. */
function decodeRoleTable<Value>(
  stored: unknown,
  spec: RoleTableSpec<Value>,
  dropped: string[]
): Partial<Record<SheetRole, Record<string, Value>>> | undefined {
  if (!isRecord(stored)) {
    dropped.push(settingDropped(spec.table, `not a mapping of roles to ${spec.values}`));
    return undefined;
  }
  const table: Partial<Record<SheetRole, Record<string, Value>>> = {};
  for (const [role, fields] of Object.entries(stored)) {
    if (!(ROLES as readonly string[]).includes(role) || !isRecord(fields)) {
      dropped.push(settingDropped(`${spec.table} for "${role}"`, "unknown role or not a mapping"));
      continue;
    }
    const kept: Record<string, Value> = {};
    for (const [field, value] of Object.entries(fields)) {
      if (spec.accepts(value)) kept[field] = value;
      else dropped.push(settingDropped(`${spec.value} for "${role}.${field}"`, spec.expected));
    }
    table[role as SheetRole] = kept;
  }
  return table;
}

const COLUMN_MAPPING: RoleTableSpec<number> = {
  table: "column mapping",
  values: "columns",
  value: "column",
  accepts: (value): value is number =>
    typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_COLUMN,
  expected: `not a column number 1..${MAX_COLUMN}`,
};

const COLUMN_HEADERS: RoleTableSpec<string> = {
  table: "column headers",
  values: "headers",
  value: "header",
  accepts: (value): value is string =>
    typeof value === "string" && value.trim() !== "" && value.length <= MAX_SAVED_HEADER_LENGTH,
  expected: `not a text of 1..${MAX_SAVED_HEADER_LENGTH} characters`,
};

/** Excel's sheet names are 1 to 31 characters long. */
function isSheetName(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 31;
}

function decodeAsOf(value: unknown, dropped: string[]): AsOfChoice | undefined {
  if (isRecord(value) && value.kind === "today") return { kind: "today" };
  if (
    isRecord(value) &&
    value.kind === "fixed" &&
    typeof value.date === "number" &&
    Number.isInteger(value.date) &&
    value.date > 0
  ) {
    return { kind: "fixed", date: serialDate(value.date) };
  }
  dropped.push(settingDropped("as-of date", "neither today nor a date"));
  return undefined;
}

/** Accepts the stored text, or an object (settings written by hand through the Office API). */
export function decodeSettings(stored: unknown): DecodedSettings {
  const dropped: string[] = [];
  if (stored === null || stored === undefined) return { settings: {}, dropped };
  let raw: unknown = stored;
  if (typeof stored === "string") {
    try {
      raw = JSON.parse(stored);
    } catch {
      // Unreadable text is reported through `dropped`, not thrown: defaults keep the pane usable.
      return { settings: {}, dropped: [settingsUnreadable] };
    }
  }
  if (!isRecord(raw)) return { settings: {}, dropped: [settingsUnreadable] };
  const settings: DocumentSettings = {};
  if (raw.locale !== undefined) {
    if (typeof raw.locale === "string" && raw.locale.length > 0) settings.locale = raw.locale;
    else dropped.push(settingDropped("language", "not a language tag"));
  }
  if (raw.columnMapping !== undefined) {
    const mapping = decodeRoleTable(raw.columnMapping, COLUMN_MAPPING, dropped);
    if (mapping) settings.columnMapping = mapping;
  }
  if (raw.columnHeaders !== undefined) {
    const headers = decodeRoleTable(raw.columnHeaders, COLUMN_HEADERS, dropped);
    if (headers) settings.columnHeaders = headers;
  }
  if (raw.policy !== undefined) {
    // Only the shape is checked here; the policy's numbers are validated by the engine.
    if (isRecord(raw.policy)) settings.policy = raw.policy as unknown as Policy;
    else dropped.push(settingDropped("policy", "not an object"));
  }
  if (raw.asOf !== undefined) {
    const asOf = decodeAsOf(raw.asOf, dropped);
    if (asOf) settings.asOf = asOf;
  }
  if (raw.outputMap !== undefined) {
    if (isSheetName(raw.outputMap)) settings.outputMap = raw.outputMap;
    else dropped.push(settingDropped("output map", "not a sheet name"));
  }
  return { settings, dropped };
}
