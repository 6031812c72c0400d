/**
 * A policy as key/value rows, so that it can be written into a sheet, edited by a person and
 * read back identically (`read-policy-sheet.ts` is the inverse).
 *
 * Keys are dotted paths of the Policy object:
 * - scalars: `limit.newCustomerBase` → 300000; null is an empty cell (`currency`, the last
 *   approval level's `maxLimit`, the last debt class's `maxDays`);
 * - lists of plain values, comma-separated: `aging.edges` → "0,30,60,90,180", `gmSignOffGrades` → "C,D";
 * - factors by their key: `score.factors.paymentRecord.weight` → 12, `score.factors.paymentRecord.group`;
 * - other lists of records by 1-based position: `limit.bands.1.multiplier` → 3, `derivation.quickRatio.2.x` → 0.5;
 *   an empty list of records is the list's own key with an empty value (`workingCapital.steps` → "").
 */
import type { Policy } from "../engine/policy";
import { DEFAULT_POLICY } from "../engine/policy";

export type PolicyRow = [string, string | number];

/** Lists of records addressed by a field of the record instead of a position. */
export const KEYED_LISTS: Readonly<Record<string, string>> = { "score.factors": "key" };

/** Separator of plain-value lists. */
export const LIST_SEPARATOR = ",";

/** Paths (positions as "*") whose value is a share 0..1, read by the percentage rule. */
export const SHARE_PATHS: ReadonlySet<string> = new Set([
  "score.minCoverage",
  "workingCapital.steps.*.rate",
  "workingCapital.rateAbove",
  "extensionPaidShare",
  "portfolio.abcAShare",
  "portfolio.abcBShare",
  "portfolio.coreShare",
  "warnings.financeChargesToSales",
  "warnings.receivablesToAssets",
  "warnings.inventoryToAssets",
  "warnings.fixedAssetsToAssets",
  "warnings.minEquityToAssets",
  "lossAllowance.buckets.*.floor",
  "lossAllowance.buckets.*.adjustment",
]);

/** Paths (positions as "*") that may be null: an empty cell. */
export const NULLABLE_PATHS: ReadonlySet<string> = new Set([
  "currency",
  "approvalLevels.*.maxLimit",
  "debtClasses.*.maxDays",
]);

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The shape every policy shares: the defaults, whose types and record fields are the schema. */
export const POLICY_SCHEMA = DEFAULT_POLICY as unknown as JsonObject;

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The schema's record type of a list of records, or null for a list of plain values. */
export function recordSchema(list: JsonValue[]): JsonObject | null {
  const first = list[0];
  return isJsonObject(first) ? first : null;
}

export function policyToRows(policy: Policy): PolicyRow[] {
  const rows: PolicyRow[] = [];
  flatten(policy as unknown as JsonObject, POLICY_SCHEMA, "", rows);
  return rows;
}

function flatten(value: JsonObject, schema: JsonObject, prefix: string, rows: PolicyRow[]): void {
  for (const [key, shape] of Object.entries(schema)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const current = value[key];
    if (Array.isArray(shape)) {
      const list = Array.isArray(current) ? current : [];
      const record = recordSchema(shape);
      if (record === null) rows.push([path, list.map((item) => String(item)).join(LIST_SEPARATOR)]);
      else flattenRecords(list, record, path, rows);
    } else if (isJsonObject(shape)) {
      flatten(isJsonObject(current) ? current : {}, shape, path, rows);
    } else {
      rows.push([path, cellOf(current)]);
    }
  }
}

function flattenRecords(
  list: JsonValue[],
  record: JsonObject,
  path: string,
  rows: PolicyRow[]
): void {
  const keyField = KEYED_LISTS[path];
  // An empty list still gets a row (blank value), or reading it back would keep the base's list.
  if (list.length === 0) rows.push([path, ""]);
  list.forEach((item, index) => {
    const entry = isJsonObject(item) ? item : {};
    const name = keyField === undefined ? String(index + 1) : String(entry[keyField]);
    for (const field of Object.keys(record)) {
      if (field === keyField) continue;
      rows.push([`${path}.${name}.${field}`, cellOf(entry[field])]);
    }
  });
}

function cellOf(value: JsonValue | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}
