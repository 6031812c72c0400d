/**
 * Header recognition: each header text is compared, after `headerKey` (case, width, spaces and
 * light punctuation ignored), with every synonym of every field of a role. A header with a
 * trailing note in brackets ("Amount (USD)", "金额（元）") is tried again without the note.
 */
import { hasCjk, headerKey, headerKeyWithoutNote } from "./text-normalise";

export type FieldIndex = ReadonlyMap<string, readonly string[]>;

const indexCache = new WeakMap<Record<string, string[]>, FieldIndex>();

/** Synonym key → the fields it names (usually one; two means the header is ambiguous). */
export function fieldIndex(synonyms: Record<string, string[]>): FieldIndex {
  const cached = indexCache.get(synonyms);
  if (cached) return cached;
  const index = new Map<string, string[]>();
  for (const [field, words] of Object.entries(synonyms)) {
    for (const word of words) {
      const key = headerKey(word);
      if (key.length === 0) continue;
      const fields = index.get(key) ?? [];
      if (!fields.includes(field)) fields.push(field);
      index.set(key, fields);
    }
  }
  indexCache.set(synonyms, index);
  return index;
}

const NO_FIELDS: readonly string[] = [];

/** The fields a header names (empty when it names none). */
export function fieldsForHeader(index: FieldIndex, header: string): readonly string[] {
  if (header.length === 0) return NO_FIELDS;
  const exact = index.get(headerKey(header));
  if (exact) return exact;
  const withoutNote = headerKeyWithoutNote(header);
  return (withoutNote !== null && index.get(withoutNote)) || NO_FIELDS;
}

/** True when a sheet name is one of the synonyms (same comparison as headers). */
export function nameMatches(name: string, synonyms: readonly string[]): boolean {
  const key = headerKey(name);
  return synonyms.some((word) => headerKey(word) === key);
}

/** The headers to show a person: the first English one and the first Chinese ones (simplified, traditional). */
export function expectedHeaders(words: readonly string[]): string[] {
  const english = words.find((word) => !hasCjk(word));
  const chinese = words.filter((word) => hasCjk(word));
  const shown = english ? [english] : [];
  for (const word of chinese) {
    if (shown.length >= 3) break;
    if (!shown.includes(word)) shown.push(word);
  }
  return shown;
}

/** A field's name for messages: its first English synonym, else its key. */
export function fieldLabel(words: readonly string[] | undefined, field: string): string {
  return words?.find((word) => !hasCjk(word)) ?? field;
}
