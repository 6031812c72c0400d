/**
 * The words a review writes into cells, in one locale, with the reasons quoting the policy's
 * numbers — everything of `outputLabels` but the policy sheet's words. The pane shows these from
 * its first load; the policy sheet's words (three languages of setting names) are needed only
 * when a review writes its plan, so they stay with `output-labels.ts` in the review's own chunk.
 */
import { interpolate } from "./interpolate";
import type { DisplayLocale } from "./locales";
import type { OutputLabelsShape, ReasonKey } from "./output-labels-shape";
import { outputTexts } from "./output-texts";

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

/** The cell words of `locale`; reasons quote `rules` (the default policy's numbers without it). */
export function cellWords(
  locale: DisplayLocale,
  rules: ReasonRules = DEFAULT_REASON_RULES
): OutputLabelsShape {
  const texts = outputTexts(locale);
  return { locale, ...texts, reasons: fillReasons(texts.reasons, rules) };
}
