/** Helpers shared by the language tests: walk nested texts, compare headers as a matcher would. */

/** Every string leaf of a nested object, with its dotted path ("reasons.OVERDUE_60"). */
export function textEntries(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) =>
      textEntries(child, path ? `${path}.${key}` : key)
    );
  }
  return [];
}

/**
 * Header matching ignores case and spaces; full-width forms (（）, Ａ) are folded too, so two
 * texts that any reasonable matcher would confuse compare equal here.
 */
export function normaliseHeader(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** Characters Excel refuses in a sheet name. */
export const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= 31 &&
    !SHEET_NAME_FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
