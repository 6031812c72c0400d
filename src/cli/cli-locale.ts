/**
 * The language of the command: `--lang` when it names one the add-in speaks (any English tag is
 * English, any Chinese tag is Simplified or Traditional by its script or region), else English
 * with a warning, so that a typo in a month-end script never stops the review.
 */
import { PSEUDO_LOCALE, resolveLocale } from "../i18n";
import type { DisplayLocale } from "../i18n";

const SPOKEN_LANGUAGES = new Set(["en", "zh"]);

export interface CliLocale {
  locale: DisplayLocale;
  /** False when `--lang` named a language the add-in does not speak. */
  known: boolean;
}

export function chooseLocale(tag: string | null): CliLocale {
  if (tag === null) return { locale: "en-US", known: true };
  const locale = resolveLocale(tag);
  const language = tag.trim().replace(/_/g, "-").toLowerCase().split("-")[0];
  return { locale, known: locale === PSEUDO_LOCALE || SPOKEN_LANGUAGES.has(language) };
}
