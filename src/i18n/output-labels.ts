/**
 * Every word the add-in writes into a workbook, for one locale: output column headers, status
 * labels, reasons in words, collection actions, debt classes, sheet names and the headers of
 * the aging, credit-log and credit-changes sheets.
 */
import { EN_US_LABELS } from "./labels/en-US";
import { ZH_CN_LABELS } from "./labels/zh-CN";
import { ZH_TW_LABELS } from "./labels/zh-TW";
import { interpolate } from "./interpolate";
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
import type {
  OutputLabelsShape,
  OutputLabelTexts,
  PolicyKeyTexts,
  PolicyKeyWords,
  ReasonKey,
} from "./output-labels-shape";
import { pseudoLocalize, pseudoSheetName } from "./pseudo";

const TEXTS: Record<SupportedLocale, OutputLabelTexts> = {
  "en-US": EN_US_LABELS,
  "zh-CN": ZH_CN_LABELS,
  "zh-TW": ZH_TW_LABELS,
};

/**
 * The parts of the policy that the reasons quote. `Policy` of `src/engine/policy.ts` fits this
 * shape, so a caller passes its policy as it is and the sentences state the numbers it ran with.
 */
export interface ReasonRules {
  score: { minCoverage: number };
  limit: { bands: ReadonlyArray<{ minScore: number; multiplier: number }> };
  adjustments: {
    reduceOverdueDays: number;
    suspendOverdueDays: number;
    reduceBadPayments: number;
    suspendBadPayments: number;
    reduceInactiveMonths: number;
    suspendInactiveMonths: number;
  };
  /** Absent: the default policy's broken-promise rule. */
  collections?: {
    brokenPromisesWindowMonths: number;
    reduceBrokenPromises: number;
    suspendBrokenPromises: number;
  };
}

/** The default policy's broken-promise rule (collections block). */
const DEFAULT_BROKEN_PROMISE_RULE = {
  brokenPromisesWindowMonths: 3,
  reduceBrokenPromises: 2,
  suspendBrokenPromises: 3,
};

/**
 * The default policy's values of those parts, for callers without a policy at hand. They mirror
 * `DEFAULT_POLICY` (this folder may not import it); a test compares the two.
 */
export const DEFAULT_REASON_RULES: ReasonRules = {
  score: { minCoverage: 0.6 },
  limit: {
    bands: [
      { minScore: 90, multiplier: 3 },
      { minScore: 80, multiplier: 2 },
      { minScore: 60, multiplier: 1.5 },
      { minScore: 0, multiplier: 0 },
    ],
  },
  adjustments: {
    reduceOverdueDays: 60,
    suspendOverdueDays: 90,
    reduceBadPayments: 2,
    suspendBadPayments: 3,
    reduceInactiveMonths: 3,
    suspendInactiveMonths: 6,
  },
  collections: DEFAULT_BROKEN_PROMISE_RULE,
};

/** The lowest score that still earns credit: below it LOW_SCORE applies. */
function lowestCreditScore(rules: ReasonRules): number {
  const creditBands = rules.limit.bands.filter((band) => band.multiplier > 0);
  return creditBands.length === 0 ? 0 : Math.min(...creditBands.map((band) => band.minScore));
}

/** 0.6 → "60%", 0.625 → "62.5%": the same in all three languages. */
function percentText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function reasonParams(rules: ReasonRules): Record<ReasonKey, Record<string, number | string>> {
  const a = rules.adjustments;
  const promises = rules.collections ?? DEFAULT_BROKEN_PROMISE_RULE;
  return {
    OVERDUE_60: { days: a.reduceOverdueDays },
    OVERDUE_90: { days: a.suspendOverdueDays },
    BAD_PAYMENTS: { count: a.reduceBadPayments },
    BAD_PAYMENTS_SEVERE: { count: a.suspendBadPayments },
    INACTIVE_3M: { months: a.reduceInactiveMonths },
    INACTIVE_6M: { months: a.suspendInactiveMonths },
    MANUAL_SUSPEND: {},
    LOW_SCORE: { score: lowestCreditScore(rules) },
    INSUFFICIENT_DATA: { percent: percentText(rules.score.minCoverage) },
    NEGATIVE_EQUITY: {},
    BROKEN_PROMISES: {
      count: promises.reduceBrokenPromises,
      months: promises.brokenPromisesWindowMonths,
    },
    BROKEN_PROMISES_SEVERE: {
      count: promises.suspendBrokenPromises,
      months: promises.brokenPromisesWindowMonths,
    },
  };
}

function fillReasons(
  templates: Record<ReasonKey, string>,
  rules: ReasonRules
): Record<ReasonKey, string> {
  const params = reasonParams(rules);
  const filled = {} as Record<ReasonKey, string>;
  for (const key of Object.keys(templates) as ReasonKey[])
    filled[key] = interpolate(templates[key], params[key]);
  return filled;
}

/** Applies `transform` to every string of a section of labels, keeping its keys. */
function mapSection<T extends Record<string, string>>(
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
    aging: mapSection(en.aging, p),
    log: mapSection(en.log, p),
    changes: mapSection(en.changes, p),
  };
}

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

function textsFor(locale: DisplayLocale): OutputLabelTexts {
  return locale === PSEUDO_LOCALE ? pseudoTexts() : TEXTS[locale];
}

/**
 * The words a review writes, in `locale`. Reasons quote the numbers of `rules` (pass the policy
 * the review ran with); without it they quote the default policy.
 */
export function outputLabels(
  locale: DisplayLocale,
  rules: ReasonRules = DEFAULT_REASON_RULES
): OutputLabelsShape {
  const texts = textsFor(locale);
  return {
    locale,
    ...texts,
    reasons: fillReasons(texts.reasons, rules),
    policyKeys: policyKeyWords(locale),
  };
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
    const texts = textsFor(locale);
    for (const [key, header] of Object.entries(texts.customerColumns)) add(key, header);
    for (const [key, header] of Object.entries(texts.receivableColumns)) add(key, header);
  }
  return headers;
}

/** The output words of every locale a later review must recognise, to prove earlier output ours. */
export function allOutputLabels(): OutputLabelsShape[] {
  return RECOGNISED_LOCALES.map((locale) => outputLabels(locale));
}
