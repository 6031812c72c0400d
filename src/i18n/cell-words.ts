/**
 * The words a review writes into cells, in one locale, with the reasons quoting the policy's
 * numbers — everything of `outputLabels` but the policy sheet's words. The pane shows these from
 * its first load; the policy sheet's words (three languages of setting names) are needed only
 * when a review writes its plan, so they stay with `output-labels.ts` in the review's own chunk.
 */
import type { LimitBand, Policy } from "../engine/policy";
import { interpolate } from "./interpolate";
import type { DisplayLocale } from "./locales";
import type { OutputLabelsShape, ReasonKey } from "./output-labels-shape";
import { outputTexts } from "./output-texts";

/**
 * The parts of the engine's `Policy` that the reasons quote: a caller passes the policy its
 * review ran with, and the sentences state its numbers.
 */
export interface ReasonRules {
  score: Pick<Policy["score"], "minCoverage">;
  limit: { bands: ReadonlyArray<Pick<LimitBand, "minScore" | "multiplier">> };
  adjustments: Omit<Policy["adjustments"], "reduceBandSteps">;
  collections: Pick<
    Policy["collections"],
    "brokenPromisesWindowMonths" | "reduceBrokenPromises" | "suspendBrokenPromises"
  >;
}

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
  const promises = rules.collections;
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

/** The cell words of `locale`; reasons quote the numbers of `rules`. */
export function cellWords(locale: DisplayLocale, rules: ReasonRules): OutputLabelsShape {
  const texts = outputTexts(locale);
  return { locale, ...texts, reasons: fillReasons(texts.reasons, rules) };
}
