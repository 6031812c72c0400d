/**
 * A policy sheet → a Policy. Two columns, key and value (see `policy-rows.ts` for the keys); a
 * header row and a third column of notes are allowed. Keys not in the sheet keep the base
 * policy's value. A list of records named in the sheet is replaced whole by the records the
 * sheet gives, so that deleting a band's rows removes the band. Shares (`score.minCoverage`,
 * `portfolio.abcAShare`, ...) follow the percentage rule: "80%", 80 and 0.8 are the same.
 * The result is checked by the engine's `validatePolicy`; a policy with a wrong value is refused
 * (the base is returned, `accepted` is false) with a message per wrong value.
 */
import type { Policy } from "../engine/policy";
import { validatePolicy } from "../engine/policy-validation";
import type { Problem } from "../engine/types";
import type { JsonObject, JsonValue } from "./policy-rows";
import {
  KEYED_LISTS,
  NULLABLE_PATHS,
  POLICY_SCHEMA,
  SHARE_PATHS,
  isJsonObject,
  recordSchema,
} from "./policy-rows";
import { parseNumberCell, parsePercentCell } from "./parse-number";
import { isBlankCell } from "./parsed";
import type { RawCell, RawSheet } from "./raw";
import { isRawError } from "./raw";
import { READ_CODES, cellProblem, sheetProblem } from "./read-problem";
import type { Grid } from "./sheet-grid";
import { gridOf, headerText } from "./sheet-grid";

export interface PolicySheetResult {
  policy: Policy;
  /** False when the sheet's policy was refused; `policy` is then the base. */
  accepted: boolean;
  problems: Problem[];
}

interface Entry {
  row: number;
  cell: RawCell;
}

interface Reader {
  sheet: string;
  valueColumn: number;
  entries: Map<string, Entry>;
  used: Set<string>;
  problems: Problem[];
}

export const POLICY_MESSAGES = {
  missingValue: "missing value; the default is kept",
  notANumber: "not a number; the default is kept",
  unknownKey: "unknown policy key; the row is ignored",
  duplicateKey: "the key appears twice; the first row is used",
  listKeyNotBlank:
    "a list of records is given by one row per field (e.g. limit.bands.1.minScore); leave this cell empty for an empty list; the default is kept",
  listNotNumbers: "a list of numbers separated by commas is expected; the default is kept",
  incompleteList: (path: string, detail: string) => `${path}: ${detail}; the default list is kept`,
  refused: (sheet: string, error: string) => `${sheet}: the policy is refused: ${error}`,
} as const;

const LIST_SPLIT = /[,，;；]/;

export function readPolicySheet(sheet: RawSheet, base: Policy): PolicySheetResult {
  const parsed = parsePolicySheet(sheet, base);
  const validation = validatePolicy(parsed.policy);
  if (validation.ok)
    return { policy: validation.policy, accepted: true, problems: parsed.problems };
  const refusals = validation.errors.map((error) =>
    sheetProblem(sheet.name, READ_CODES.policyInvalid, { error: sheetPathOf(error, parsed.policy) })
  );
  return { policy: base, accepted: false, problems: [...parsed.problems, ...refusals] };
}

/** The sheet's values over the base, before validation (a policy that may still be wrong). */
export function parsePolicySheet(
  sheet: RawSheet,
  base: Policy
): { policy: Policy; problems: Problem[] } {
  const grid = gridOf(sheet);
  const reader: Reader = {
    sheet: sheet.name,
    valueColumn: grid.firstColumn + 1,
    entries: new Map(),
    used: new Set(),
    problems: [],
  };
  const firstKeyRow = collectEntries(grid, reader);
  const policy = buildObject(
    POLICY_SCHEMA,
    base as unknown as JsonObject,
    "",
    reader
  ) as unknown as Policy;
  for (const [path, entry] of reader.entries) {
    if (reader.used.has(path) || entry.row === firstKeyRow) continue;
    reader.problems.push(
      cellProblem(reader.sheet, entry.row, grid.firstColumn, "", path, READ_CODES.unknownPolicyKey)
    );
  }
  return { policy, problems: reader.problems };
}

/** Reads key → value rows; returns the first key's row (a header there is not reported). */
function collectEntries(grid: Grid, reader: Reader): number | null {
  let firstKeyRow: number | null = null;
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    const key = headerText(grid.raw(row, grid.firstColumn));
    if (key.length === 0) continue;
    firstKeyRow ??= row;
    if (reader.entries.has(key)) {
      reader.problems.push(
        cellProblem(reader.sheet, row, grid.firstColumn, "", key, READ_CODES.policyValue, {
          variant: "duplicateKey",
        })
      );
      continue;
    }
    reader.entries.set(key, { row, cell: grid.raw(row, reader.valueColumn) });
  }
  return firstKeyRow;
}

function buildObject(
  schema: JsonObject,
  base: JsonObject,
  prefix: string,
  reader: Reader
): JsonObject {
  const result: JsonObject = {};
  for (const [key, shape] of Object.entries(schema)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const current = base[key];
    if (Array.isArray(shape)) {
      const record = recordSchema(shape);
      result[key] =
        record === null
          ? readPlainList(path, shape, current, reader)
          : readRecordList(path, record, current, reader);
    } else if (isJsonObject(shape)) {
      result[key] = buildObject(shape, isJsonObject(current) ? current : {}, path, reader);
    } else {
      const entry = reader.entries.get(path);
      if (entry) reader.used.add(path);
      result[key] = entry
        ? readScalar(path, path, shape, entry, current ?? null, reader)
        : clone(current ?? null);
    }
  }
  return result;
}

/** `pattern` has positions as "*" (for the share and nullable lists); `path` is the real key. */
function readScalar(
  path: string,
  pattern: string,
  shape: JsonValue,
  entry: Entry,
  fallback: JsonValue,
  reader: Reader
): JsonValue {
  const nullable = NULLABLE_PATHS.has(pattern) || shape === null;
  const { cell } = entry;
  if (isBlankCell(cell)) {
    if (nullable) return null;
    if (typeof shape === "string") return "";
    reportValue(reader, entry, path, POLICY_MESSAGES.missingValue, "missingValue");
    return fallback;
  }
  if (typeof shape === "number") {
    const parsed = SHARE_PATHS.has(pattern) ? parsePercentCell(cell) : parseNumberCell(cell);
    if (parsed.ok) return parsed.value;
    reportValue(reader, entry, path, POLICY_MESSAGES.notANumber, "notANumber");
    return fallback;
  }
  return textOf(cell);
}

function readPlainList(
  path: string,
  shape: JsonValue[],
  fallback: JsonValue | undefined,
  reader: Reader
): JsonValue {
  const entry = reader.entries.get(path);
  if (!entry) return clone(fallback ?? []);
  reader.used.add(path);
  const text = isBlankCell(entry.cell) ? "" : textOf(entry.cell);
  const items = text
    .split(LIST_SPLIT)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (typeof shape[0] !== "number") return items;
  const numbers = items.map((item) => parseNumberCell(item));
  if (numbers.every((n) => n.ok)) return numbers.map((n) => (n.ok ? n.value : 0));
  reportValue(reader, entry, path, POLICY_MESSAGES.listNotNumbers, "listNotNumbers");
  return clone(fallback ?? []);
}

function readRecordList(
  path: string,
  record: JsonObject,
  fallback: JsonValue | undefined,
  reader: Reader
): JsonValue {
  const keyField = KEYED_LISTS[path];
  const prefix = `${path}.`;
  const groups = new Map<string, Map<string, [string, Entry]>>();
  for (const [key, entry] of reader.entries) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const dot = rest.lastIndexOf(".");
    const name = rest.slice(0, dot);
    const field = rest.slice(dot + 1);
    if (dot <= 0 || !(field in record) || field === keyField) continue;
    if (keyField === undefined && !/^[1-9]\d*$/.test(name)) continue;
    reader.used.add(key);
    const fields = groups.get(name) ?? new Map<string, [string, Entry]>();
    fields.set(field, [key, entry]);
    groups.set(name, fields);
  }
  const whole = reader.entries.get(path);
  if (whole) reader.used.add(path);
  if (groups.size === 0) {
    if (!whole) return clone(fallback ?? []);
    if (isBlankCell(whole.cell)) return [];
    reportValue(reader, whole, path, POLICY_MESSAGES.listKeyNotBlank, "listKeyNotBlank");
    return clone(fallback ?? []);
  }

  const names =
    keyField === undefined
      ? [...groups.keys()].sort((a, b) => Number(a) - Number(b))
      : [...groups.keys()];
  if (keyField === undefined && names.some((name, index) => Number(name) !== index + 1)) {
    return refuseList(
      reader,
      path,
      fallback,
      `positions must run 1, 2, 3… without gaps (found ${names.join(", ")})`,
      { variant: "listGaps", path, found: names.join(", ") }
    );
  }
  const list: JsonValue[] = [];
  for (const name of names) {
    const fields = groups.get(name) as Map<string, [string, Entry]>;
    const item: JsonObject = {};
    for (const [field, shape] of Object.entries(record)) {
      if (field === keyField) {
        item[field] = name;
        continue;
      }
      const found = fields.get(field);
      if (!found) {
        const key = `${path}.${name}.${field}`;
        return refuseList(reader, path, fallback, `${key} is missing`, {
          variant: "listFieldMissing",
          path,
          key,
        });
      }
      const pattern = `${path}.*.${field}`;
      item[field] = readScalar(found[0], pattern, shape, found[1], null, reader);
    }
    list.push(item);
  }
  return list;
}

function refuseList(
  reader: Reader,
  path: string,
  fallback: JsonValue | undefined,
  detail: string,
  params: Problem["params"]
): JsonValue {
  reader.problems.push(sheetProblem(reader.sheet, READ_CODES.policyValue, params));
  return clone(fallback ?? []);
}

function reportValue(
  reader: Reader,
  entry: Entry,
  path: string,
  reason: string,
  variant: string
): void {
  const value = isBlankCell(entry.cell) ? null : textOf(entry.cell);
  reader.problems.push(
    cellProblem(reader.sheet, entry.row, reader.valueColumn, path, value, READ_CODES.policyValue, {
      variant,
    })
  );
}

function textOf(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object" && isRawError(cell)) return cell.error;
  return String(cell).trim();
}

function clone(value: JsonValue): JsonValue {
  return value === null || typeof value !== "object"
    ? value
    : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

/** "limit.bands[0].minScore" → "limit.bands.1.minScore", "score.factors[2].weight" → "score.factors.profitability.weight". */
function sheetPathOf(error: string, policy: Policy): string {
  return error.replace(/([A-Za-z.]+)\[(\d+)\]/g, (_whole, path: string, index: string) => {
    const keyField = KEYED_LISTS[path];
    if (keyField === undefined) return `${path}.${Number(index) + 1}`;
    const list = (policy as unknown as JsonObject)[path.split(".")[0]];
    const item = walk(list, path.split(".").slice(1))?.[Number(index)];
    return isJsonObject(item)
      ? `${path}.${String(item[keyField])}`
      : `${path}.${Number(index) + 1}`;
  });
}

function walk(value: JsonValue | undefined, keys: string[]): JsonValue[] | null {
  let current = value;
  for (const key of keys) current = isJsonObject(current) ? current[key] : undefined;
  return Array.isArray(current) ? current : null;
}
