/**
 * The words a review writes into cells, per locale, without the policy sheet's words: what the
 * custom functions need (collection actions, debt classes, "Not due"). Kept apart from
 * `output-labels.ts` so the functions' bundle, which the pane's page loads first, does not carry
 * the pane's message catalogs and the policy sheet's words in three languages.
 */
import { EN_US_LABELS } from "./labels/en-US";
import { ZH_CN_LABELS } from "./labels/zh-CN";
import { ZH_TW_LABELS } from "./labels/zh-TW";
import { PSEUDO_LOCALE, type DisplayLocale, type SupportedLocale } from "./locales";
import type { OutputLabelTexts } from "./output-labels-shape";
import { pseudoLocalize, pseudoSheetName } from "./pseudo";

const TEXTS: Record<SupportedLocale, OutputLabelTexts> = {
  "en-US": EN_US_LABELS,
  "zh-CN": ZH_CN_LABELS,
  "zh-TW": ZH_TW_LABELS,
};

/** Applies `transform` to every string of a section of labels, keeping its keys. */
export function mapSection<T extends Record<string, string>>(
  section: T,
  transform: (text: string) => string
): T {
  const mapped: Record<string, string> = {};
  for (const [key, text] of Object.entries(section)) mapped[key] = transform(text);
  return mapped as T; // same keys as `section`, every value still a string
}

/** English texts marked by the pseudo-locale; sheet names stay valid sheet names. */
function pseudoTexts(): OutputLabelTexts {
  const en = EN_US_LABELS;
  const p = pseudoLocalize;
  return {
    customerColumns: mapSection(en.customerColumns, p),
    receivableColumns: mapSection(en.receivableColumns, p),
    status: mapSection(en.status, p),
    reasons: mapSection(en.reasons, p),
    actions: mapSection(en.actions, p),
    debtClasses: mapSection(en.debtClasses, p),
    notDue: p(en.notDue),
    yes: p(en.yes),
    no: p(en.no),
    sheets: mapSection(en.sheets, pseudoSheetName),
    ...(en.trends ? { trends: mapSection(en.trends, p) } : {}),
    ...(en.lossAllowance ? { lossAllowance: mapSection(en.lossAllowance, p) } : {}),
    ...(en.history ? { history: mapSection(en.history, p) } : {}),
    aging: mapSection(en.aging, p),
    log: mapSection(en.log, p),
    changes: mapSection(en.changes, p),
    ...(en.why ? { why: mapSection(en.why, p) } : {}),
    ...(en.collections ? { collections: mapSection(en.collections, p) } : {}),
    ...(en.contactActions ? { contactActions: mapSection(en.contactActions, p) } : {}),
    ...(en.letters ? { letters: mapSection(en.letters, p) } : {}),
  };
}

/** The texts a review writes in `locale` (reasons as templates, before the policy's numbers). */
export function outputTexts(locale: DisplayLocale): OutputLabelTexts {
  return locale === PSEUDO_LOCALE ? pseudoTexts() : TEXTS[locale];
}
