/**
 * Every word the add-in writes into a workbook, for one locale: the cell words of
 * `cell-words.ts` (output column headers, status labels, reasons in words, collection actions,
 * debt classes, sheet names, the headers of the aging, credit-log and credit-changes sheets) and
 * the policy sheet's words for its settings.
 */
import { cellWords, type ReasonRules } from "./cell-words";
import { catalogs } from "./messages";
import { EN_US_POLICY_KEYS } from "./policy-key-labels/en-US";
import { ZH_CN_POLICY_KEYS } from "./policy-key-labels/zh-CN";
import { ZH_TW_POLICY_KEYS } from "./policy-key-labels/zh-TW";
import {
  PSEUDO_LOCALE,
  SUPPORTED_LOCALES,
  type DisplayLocale,
  type SupportedLocale,
} from "./locales";
import { mapSection, outputTexts } from "./output-texts";
import type { OutputLabelsShape, PolicyKeyTexts, PolicyKeyWords } from "./output-labels-shape";
import { pseudoLocalize } from "./pseudo";

export type { ReasonRules };

const POLICY_KEYS: Record<SupportedLocale, PolicyKeyTexts> = {
  "en-US": EN_US_POLICY_KEYS,
  "zh-CN": ZH_CN_POLICY_KEYS,
  "zh-TW": ZH_TW_POLICY_KEYS,
};

const FACTOR_PREFIX = "factor.";

/** The policy sheet's words in `locale`, with the factor names the pane shows in it. */
function policyKeyWords(locale: DisplayLocale): PolicyKeyWords {
  const base: SupportedLocale = locale === PSEUDO_LOCALE ? "en-US" : locale;
  const factors: Record<string, string> = {};
  for (const [key, text] of Object.entries(catalogs[base]))
    if (key.startsWith(FACTOR_PREFIX)) factors[key.slice(FACTOR_PREFIX.length)] = text;
  const words = { ...POLICY_KEYS[base], factors };
  if (locale !== PSEUDO_LOCALE) return words;
  return {
    header: pseudoLocalize(words.header),
    templates: mapSection(words.templates, pseudoLocalize),
    factors: mapSection(factors, pseudoLocalize),
  };
}

/** The words a review writes, in `locale`. Reasons quote the numbers of `rules` (the policy the review ran with). */
export function outputLabels(locale: DisplayLocale, rules: ReasonRules): OutputLabelsShape {
  return { ...cellWords(locale, rules), policyKeys: policyKeyWords(locale) };
}

/** Every locale whose output a later review must recognise, the pseudo-locale included. */
const RECOGNISED_LOCALES: readonly DisplayLocale[] = [...SUPPORTED_LOCALES, PSEUDO_LOCALE];

/**
 * Each output column key → its header in every locale (customer and receivable columns merged;
 * `collectionAction` carries the same header on both sheets). Lets a review find the columns an
 * earlier review wrote, whatever language wrote them.
 */
export function allOutputHeaders(): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  const add = (key: string, header: string): void => {
    const list = (headers[key] ??= []);
    if (!list.includes(header)) list.push(header);
  };
  for (const locale of RECOGNISED_LOCALES) {
    const texts = outputTexts(locale);
    for (const [key, header] of Object.entries(texts.customerColumns)) add(key, header);
    for (const [key, header] of Object.entries(texts.receivableColumns)) add(key, header);
  }
  return headers;
}

/** The output words of every locale a later review must recognise, to prove earlier output ours. */
export function allOutputLabels(rules: ReasonRules): OutputLabelsShape[] {
  return RECOGNISED_LOCALES.map((locale) => outputLabels(locale, rules));
}
