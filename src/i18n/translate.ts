/**
 * The mechanism behind every visible sentence: a catalog per locale (English complete, the
 * others typed to have exactly its keys), and `t(key, params)` that fills `{name}` placeholders.
 * Plural-free by design: Chinese has no plural, and English uses a separate key where it needs one.
 */
import { interpolate, placeholdersOf, type InterpolationParams } from "./interpolate";
import {
  FALLBACK_LOCALE,
  PSEUDO_LOCALE,
  SUPPORTED_LOCALES,
  type DisplayLocale,
  type SupportedLocale,
} from "./locales";
import { pseudoLocalize } from "./pseudo";

export type Catalog<Key extends string> = Readonly<Record<Key, string>>;

/**
 * English is the reference; the others may lack a key only at run time (a catalog assembled by
 * hand, a key added in a hurry): `t` then falls back to English and `catalogProblems` lists it.
 */
export type Catalogs<Key extends string> = { readonly "en-US": Catalog<Key> } & {
  readonly [Locale in Exclude<SupportedLocale, "en-US">]: Partial<Catalog<Key>>;
};

export type Translator<Key extends string> = (key: Key, params?: InterpolationParams) => string;

/** The template for `key`: the locale's own, else English, else the key itself (visible). */
function templateFor<Key extends string>(
  locale: DisplayLocale,
  catalogs: Catalogs<Key>,
  key: Key
): string {
  const english = catalogs[FALLBACK_LOCALE][key] ?? key;
  if (locale === PSEUDO_LOCALE) return pseudoLocalize(english);
  const own = catalogs[locale][key];
  return own === undefined || own === "" ? english : own;
}

export function createTranslator<Key extends string>(
  locale: DisplayLocale,
  catalogs: Catalogs<Key>
): Translator<Key> {
  return (key, params) => interpolate(templateFor(locale, catalogs, key), params);
}

export type CatalogProblemKind = "missing" | "empty" | "placeholders";

export interface CatalogProblem {
  locale: SupportedLocale;
  key: string;
  kind: CatalogProblemKind;
}

function samePlaceholders(a: string, b: string): boolean {
  const left = placeholdersOf(a).sort();
  const right = placeholdersOf(b).sort();
  return left.length === right.length && left.every((name, i) => name === right[i]);
}

/**
 * Every key a locale lacks, leaves empty, or translates with other placeholders than English
 * (a renamed `{name}` would stay unfilled on screen). English is checked for empty values only.
 */
export function catalogProblems<Key extends string>(catalogs: Catalogs<Key>): CatalogProblem[] {
  const reference: Record<string, string> = catalogs[FALLBACK_LOCALE];
  const problems: CatalogProblem[] = [];
  for (const locale of SUPPORTED_LOCALES) {
    const catalog: Partial<Record<string, string>> = catalogs[locale];
    for (const [key, english] of Object.entries(reference)) {
      const text = catalog[key];
      if (text === undefined) problems.push({ locale, key, kind: "missing" });
      else if (text.trim() === "") problems.push({ locale, key, kind: "empty" });
      else if (!samePlaceholders(text, english))
        problems.push({ locale, key, kind: "placeholders" });
    }
  }
  return problems;
}
