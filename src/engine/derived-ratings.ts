/** Ratings derived from figures where a rating cell is empty (CREDIT-POLICY.md §1, §11 Score). */
import { interpolate } from "./curve";
import type { Policy } from "./policy";
import type { Financials } from "./types";

/** The paid-invoice history of a customer, as the payment-record rating needs it. */
export interface PaymentHistory {
  /** Invoices fully paid on or before the as-of date. */
  paidInvoices: number;
  onTimeShare: number | null;
  meanDaysBeyondTerms: number | null;
}

function isKnown(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

/** numerator / denominator, or null when either is missing or the denominator is 0. */
export function ratioOf(
  numerator: number | undefined,
  denominator: number | undefined
): number | null {
  if (!isKnown(numerator) || !isKnown(denominator) || denominator === 0) return null;
  return numerator / denominator;
}

function meanOfPresent(a: number | null, b: number | null): number | null {
  if (a !== null && b !== null) return (a + b) / 2;
  return a ?? b;
}

/** Payment record = mean of the on-time and days-beyond-terms ratings; needs ≥ 1 paid invoice. */
export function paymentRecordRating(history: PaymentHistory, policy: Policy): number | null {
  if (
    history.paidInvoices < 1 ||
    history.onTimeShare === null ||
    history.meanDaysBeyondTerms === null
  )
    return null;
  const curves = policy.derivation;
  return (
    (interpolate(curves.onTimeShare, history.onTimeShare) +
      interpolate(curves.daysBeyondTerms, history.meanDaysBeyondTerms)) /
    2
  );
}

/** Solvency = mean of the quick-ratio and debt-ratio ratings, either alone when only one exists. */
export function solvencyRating(f: Financials, policy: Policy): number | null {
  const quickAssets =
    isKnown(f.currentAssets) && isKnown(f.inventory) ? f.currentAssets - f.inventory : undefined;
  const quick = ratioOf(quickAssets, f.currentLiabilities);
  const debt = ratioOf(f.totalLiabilities, f.totalAssets);
  return meanOfPresent(
    quick === null ? null : interpolate(policy.derivation.quickRatio, quick),
    debt === null ? null : interpolate(policy.derivation.debtRatio, debt)
  );
}

/** Operating capacity = the rating of total asset turnover (sales / total assets). */
export function operatingCapacityRating(f: Financials, policy: Policy): number | null {
  const turnover = ratioOf(f.sales, f.totalAssets);
  return turnover === null ? null : interpolate(policy.derivation.assetTurnover, turnover);
}

/** Profitability = the rating of net margin (net profit / sales). */
export function profitabilityRating(f: Financials, policy: Policy): number | null {
  const margin = ratioOf(f.netProfit, f.sales);
  return margin === null ? null : interpolate(policy.derivation.netMargin, margin);
}

/** The four derivable ratings; undefined where the inputs are missing. One shape for every customer. */
export interface DerivedRatings {
  paymentRecord: number | undefined;
  solvency: number | undefined;
  operatingCapacity: number | undefined;
  profitability: number | undefined;
}

export function deriveRatings(
  f: Financials,
  history: PaymentHistory,
  policy: Policy
): DerivedRatings {
  return {
    paymentRecord: paymentRecordRating(history, policy) ?? undefined,
    solvency: solvencyRating(f, policy) ?? undefined,
    operatingCapacity: operatingCapacityRating(f, policy) ?? undefined,
    profitability: profitabilityRating(f, policy) ?? undefined,
  };
}
