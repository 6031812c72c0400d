/**
 * A three-way merge of document settings, so a pane that loaded them a while ago saves only what
 * its user changed and never puts back a co-author's older value. Pure.
 *
 * Settings are compared setting by setting: every leaf of the nested objects (a policy number,
 * one column choice, the language) is one setting; an array (grade bands, bucket edges) is one
 * setting as a whole, because its items only mean something together.
 *
 * - `loaded`: what the pane loaded, the basis of its user's edits;
 * - `mine`: what the pane wants saved now;
 * - `current`: what the document holds now, re-read right before the save.
 *
 * A setting the user changed (mine ≠ loaded) is saved over the current one, unless someone else
 * changed it too (current ≠ loaded) to something else (current ≠ mine): then nothing is saved and
 * that setting is named. Settings the user did not change keep the document's current value.
 */
import type { DocumentSettings } from "./settings-codec";

export type SettingsMerge =
  | {
      ok: true;
      merged: DocumentSettings;
      /**
       * The basis of the pane's next save: `loaded` with the settings this save wrote. A value
       * the pane only passed through (it equals the document's) does not move the basis, so an
       * older draft of the pane elsewhere is still seen as older, not as the user's change.
       */
      basis: DocumentSettings;
    }
  | { ok: false; conflicts: string[] };

type Json = unknown;
type JsonRecord = Record<string, Json>;

function isRecord(value: Json): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values (key order does not matter). */
export function sameSetting(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameSetting(item, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameSetting(a[key], b[key])) return false;
  return true;
}

/** Every setting as its path of keys, with its value (undefined where it is absent). */
function leaves(value: Json, path: string[], into: Map<string, string[]>): void {
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], into);
  } else if (value !== undefined && path.length > 0) {
    into.set(JSON.stringify(path), path);
  }
}

function valueAt(root: Json, path: readonly string[]): Json {
  let value = root;
  for (const key of path) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  return value;
}

/** A copy of `root` with the setting at `path` replaced (or removed when `value` is undefined). */
function withValueAt(root: JsonRecord, path: readonly string[], value: Json): JsonRecord {
  const [key, ...rest] = path;
  const copy: JsonRecord = { ...root };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = isRecord(root[key]) ? (root[key] as JsonRecord) : {};
  copy[key] = withValueAt(child, rest, value);
  return copy;
}

/** The name of a setting as people read it: "policy.grades.A". */
function settingName(path: readonly string[]): string {
  return path.join(".");
}

export function mergeSettings(
  loaded: DocumentSettings,
  mine: DocumentSettings,
  current: DocumentSettings
): SettingsMerge {
  const paths = new Map<string, string[]>();
  leaves(loaded, [], paths);
  leaves(mine, [], paths);
  let merged = current as unknown as JsonRecord;
  let basis = loaded as unknown as JsonRecord;
  const conflicts: string[] = [];
  for (const path of paths.values()) {
    const mineValue = valueAt(mine, path);
    const loadedValue = valueAt(loaded, path);
    if (sameSetting(mineValue, loadedValue)) continue;
    const currentValue = valueAt(current, path);
    if (sameSetting(currentValue, mineValue)) continue;
    if (!sameSetting(currentValue, loadedValue)) {
      conflicts.push(settingName(path));
      continue;
    }
    merged = withValueAt(merged, path, mineValue);
    basis = withValueAt(basis, path, mineValue);
  }
  if (conflicts.length > 0) return { ok: false, conflicts: conflicts.sort() };
  // The codec reads the result back and drops any part that is not a setting.
  return { ok: true, merged: merged as DocumentSettings, basis: basis as DocumentSettings };
}
