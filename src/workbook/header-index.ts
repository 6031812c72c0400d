/**
 * Header recognition: a header names a field when, after `headerKey` (case, width, spaces and
 * light punctuation ignored), it equals a synonym, or equals one without its trailing note in
 * brackets ("Amount (USD)", "金额（元）"), or has the same meaningful tokens as a synonym
 * (`header-tokens.ts`: "Bad Payments Last 3 Months" = "Bad Payments (3 months)"). A header that
 * names no field but comes close to one (`resembledFields`) is worth a warning, never a guess.
 */
import { distance } from "fastest-levenshtein";
import { headerTokens, MAX_HEADER_CHARS, tokenSetKey } from "./header-tokens";
import { hasCjk, headerKey, headerKeyWithoutNote } from "./text-normalise";

interface IndexedSynonym {
  field: string;
  key: string;
  tokens: ReadonlySet<string>;
}

export interface FieldIndex {
  /** Synonym key → the fields it names (usually one; two means the header is ambiguous). */
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** Token-set key → the fields it names. */
  readonly byTokens: ReadonlyMap<string, readonly string[]>;
  readonly synonyms: readonly IndexedSynonym[];
}

const indexCache = new WeakMap<Record<string, string[]>, FieldIndex>();

function addTo(index: Map<string, string[]>, key: string, field: string): void {
  if (key.length === 0) return;
  const fields = index.get(key) ?? [];
  if (!fields.includes(field)) fields.push(field);
  index.set(key, fields);
}

export function fieldIndex(synonyms: Record<string, string[]>): FieldIndex {
  const cached = indexCache.get(synonyms);
  if (cached) return cached;
  const byKey = new Map<string, string[]>();
  const byTokens = new Map<string, string[]>();
  const indexed: IndexedSynonym[] = [];
  for (const [field, words] of Object.entries(synonyms)) {
    for (const word of words) {
      const key = headerKey(word);
      addTo(byKey, key, field);
      addTo(byTokens, tokenSetKey(word), field);
      if (key.length > 0) indexed.push({ field, key, tokens: new Set(headerTokens(word)) });
    }
  }
  const index = { byKey, byTokens, synonyms: indexed };
  indexCache.set(synonyms, index);
  return index;
}

const NO_FIELDS: readonly string[] = [];

/** The fields a header names (empty when it names none). */
export function fieldsForHeader(index: FieldIndex, header: string): readonly string[] {
  if (header.length === 0) return NO_FIELDS;
  const bounded = header.slice(0, MAX_HEADER_CHARS);
  const exact = index.byKey.get(headerKey(bounded));
  if (exact) return exact;
  const withoutNote = headerKeyWithoutNote(bounded);
  const noted = withoutNote === null ? undefined : index.byKey.get(withoutNote);
  if (noted) return noted;
  return index.byTokens.get(tokenSetKey(bounded)) ?? NO_FIELDS;
}

/** Tokens two texts must share before they resemble (one shared word is chance: "Sales rep"). */
const MIN_SHARED_TOKENS = 2;
/** Keys shorter than this are too short for a typo to be told from another word. */
const MIN_TYPO_KEY_LENGTH = 6;

/** Edits a key of this length may carry and still be a typo of a synonym. */
function typoBudget(length: number): number {
  return length >= 10 ? 2 : 1;
}

interface HeaderForm {
  key: string;
  tokens: ReadonlySet<string>;
}

function resembles(header: HeaderForm, synonym: IndexedSynonym): boolean {
  let shared = 0;
  for (const token of header.tokens) if (synonym.tokens.has(token)) shared++;
  // The shorter of the two lies wholly in the other ("Bad Payments Last 6 Months" ⊇ "Bad Payments").
  if (shared >= MIN_SHARED_TOKENS && shared >= Math.min(header.tokens.size, synonym.tokens.size))
    return true;
  const { key } = header;
  if (key.length < MIN_TYPO_KEY_LENGTH || synonym.key.length < MIN_TYPO_KEY_LENGTH) return false;
  const budget = typoBudget(Math.min(key.length, synonym.key.length));
  if (Math.abs(key.length - synonym.key.length) > budget) return false;
  return distance(key, synonym.key) <= budget;
}

/**
 * The fields a header comes close to without naming them: it shares all the words of the
 * shorter of the two (at least two), or it is a typo away from a synonym. Empty when the header
 * names a field or resembles none.
 */
export function resembledFields(index: FieldIndex, header: string): string[] {
  const bounded = header.slice(0, MAX_HEADER_CHARS);
  if (fieldsForHeader(index, bounded).length > 0) return [];
  const form = { key: headerKey(bounded), tokens: new Set(headerTokens(bounded)) };
  const fields: string[] = [];
  for (const synonym of index.synonyms) {
    if (fields.includes(synonym.field)) continue;
    if (resembles(form, synonym)) fields.push(synonym.field);
  }
  return fields;
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
