/**
 * The languages the add-in speaks, and how a host's language tag (Office `displayLanguage`,
 * the command line's `--lang`, a browser's `navigator.language`) maps onto one of them.
 */

export const SUPPORTED_LOCALES = ["en-US", "zh-CN", "zh-TW"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Accented, bracketed English that makes an untranslated or hard-coded string stand out. */
export const PSEUDO_LOCALE = "qps-ploc";
export type PseudoLocale = typeof PSEUDO_LOCALE;

/** Every locale a caller may ask for: the real ones plus the pseudo-locale. */
export type DisplayLocale = SupportedLocale | PseudoLocale;

export const FALLBACK_LOCALE = "en-US" satisfies SupportedLocale;

/** Chinese regions written in Traditional characters when the tag names no script. */
const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);

/**
 * Maps a BCP 47 tag to the locale the add-in will use. The script subtag wins over the region
 * (`zh-Hant-SG` is Traditional); without a script, Taiwan, Hong Kong and Macao read Traditional
 * and every other Chinese region Simplified. Anything unknown, empty or malformed is English.
 */
export function resolveLocale(tag: string | null | undefined): DisplayLocale {
  if (!tag) return FALLBACK_LOCALE;
  const parts = tag.trim().replace(/_/g, "-").toLowerCase().split("-");
  if (parts.join("-") === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const [language, ...rest] = parts;
  if (language !== "zh") return FALLBACK_LOCALE;
  if (rest.includes("hant")) return "zh-TW";
  if (rest.includes("hans")) return "zh-CN";
  return rest.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? "zh-TW" : "zh-CN";
}

export function isSupportedLocale(value: string): value is SupportedLocale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The real locale whose words a display locale is built from (the pseudo-locale is English). */
export function baseLocale(locale: DisplayLocale): SupportedLocale {
  return locale === PSEUDO_LOCALE ? FALLBACK_LOCALE : locale;
}
