/** One customer's result from its ledger: score, grade, limits, adjustments, exposure (§1–§6, §9). */
import { adjustmentFor } from "./adjustments";
import { approvalLevel } from "./approval";
import { collectionActionFor } from "./collection";
import { debtClassFor } from "./debt-class";
import { deriveRatings, type PaymentHistory } from "./derived-ratings";
import { gradeForScore, needsGmSignOff } from "./grade";
import type { CustomerLedger } from "./ledger";
import { limitBandIndex, limitBase, limitFromBand } from "./limit";
import type { AbcClass } from "./portfolio";
import type { ReviewContext } from "./review-context";
import { scoreCustomer } from "./score";
import type { Customer, CustomerResult, Financials, Minor, PaymentBehaviour, ReasonCode } from "./types";
import { warningsFor } from "./warnings";
import { workingCapitalLimit, type BalanceSheet, type WorkingCapitalLimit } from "./working-capital";

/** Values the review has already checked (bad ones reported and replaced by "absent"). */
export interface CheckedCustomerValues {
  unshippedOrders: Minor | undefined;
  badPayments3m: number | undefined;
}

export function paymentHistoryOf(ledger: CustomerLedger): PaymentHistory {
  const paid = ledger.paidInvoices;
  return {
    paidInvoices: paid,
    onTimeShare: paid > 0 ? ledger.onTimeInvoices / paid : null,
    meanDaysBeyondTerms: paid > 0 ? ledger.daysBeyondTermsSum / paid : null,
  };
}

function isFiniteNumber(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

/** The balance sheet of the working-capital model, when every figure it needs is present. */
export function balanceSheetOf(f: Financials): BalanceSheet | null {
  const { currentAssets, inventory, currentLiabilities, totalLiabilities, equity } = f;
  if (
    !isFiniteNumber(currentAssets) ||
    !isFiniteNumber(inventory) ||
    !isFiniteNumber(currentLiabilities) ||
    currentLiabilities <= 0 ||
    !isFiniteNumber(totalLiabilities) ||
    !isFiniteNumber(equity)
  ) {
    return null;
  }
  return { currentAssets, inventory, currentLiabilities, totalLiabilities, equity };
}

export function customerResultFor(
  ledger: CustomerLedger,
  customer: Customer,
  checked: CheckedCustomerValues,
  abc: AbcClass,
  core: boolean,
  ctx: ReviewContext
): CustomerResult {
  const { policy } = ctx;
  const bands = policy.limit.bands;
  const lowestBand = bands.length - 1;

  const history = paymentHistoryOf(ledger);
  const scored = scoreCustomer(customer, deriveRatings(customer.financials, history, policy), policy);
  const sufficient = scored.score !== null && scored.coverage >= policy.score.minCoverage;
  const bandScore = sufficient ? scored.score : null;
  const grade = bandScore === null ? null : gradeForScore(bandScore, policy);
  const bandIndex = limitBandIndex(bandScore, policy);
  const band = bands[bandIndex];

  // No orders sheet = no order history: every customer is new (§3).
  const isNew =
    customer.isNewCustomer === true || !ctx.hasOrdersSheet || ledger.orderCount < policy.limit.newCustomerMinOrders;
  const base = limitBase(ctx.hasOrdersSheet ? ledger.windowOrderAmount : null, isNew, policy);
  const limitOrderBased = limitFromBand(base, band, policy);

  const mode = policy.workingCapital.mode;
  const sheet = mode === "off" ? null : balanceSheetOf(customer.financials);
  const wc: WorkingCapitalLimit | null = sheet === null ? null : workingCapitalLimit(sheet, policy);
  const capByWorkingCapital = (limit: Minor): Minor => (wc !== null && mode === "lower" ? Math.min(limit, wc.limit) : limit);
  const limitBeforeAdjustment = capByWorkingCapital(limitOrderBased);

  const signedMaxDays = ledger.maxSignedDaysOverdue;
  const maxDaysOverdue = ledger.hasPositiveOpen ? Math.max(0, signedMaxDays) : 0;
  const adjustment = adjustmentFor(
    {
      maxDaysOverdue,
      badPayments3m: checked.badPayments3m,
      lastBusinessDate: ledger.lastBusinessDate,
      manualSuspend: customer.manualSuspend === true,
    },
    ctx.inactivity,
    policy
  );

  let limit = limitBeforeAdjustment;
  let termsDays = band.termsDays;
  if (adjustment.status === "SUSPEND") {
    limit = 0;
    termsDays = 0;
  } else if (adjustment.status === "REDUCE") {
    const reduced = bands[Math.min(bandIndex + policy.adjustments.reduceBandSteps, lowestBand)];
    limit = capByWorkingCapital(limitFromBand(base, reduced, policy));
    termsDays = reduced.termsDays;
  }

  const reasons: ReasonCode[] = adjustment.reasons.slice();
  if (sufficient && bandIndex === lowestBand) reasons.push("LOW_SCORE");
  if (!sufficient) reasons.push("INSUFFICIENT_DATA");
  if (wc !== null && wc.negativeEquity) reasons.push("NEGATIVE_EQUITY");

  const unshipped = ctx.hasOrdersSheet ? ledger.unshippedOrders : (checked.unshippedOrders ?? 0);
  const exposure = ledger.net + unshipped;
  const paymentBehaviour: PaymentBehaviour = {
    paidInvoices: history.paidInvoices,
    onTimeShare: history.onTimeShare,
    meanDaysBeyondTerms: history.meanDaysBeyondTerms,
    limitUtilisation: limit > 0 ? exposure / limit : null,
    overLimit: exposure > limit,
    overdueInvoices: ledger.overdueInvoices,
  };

  return {
    id: customer.id,
    name: customer.name,
    score: scored.score,
    coverage: scored.coverage,
    grade,
    needsGmSignOff: needsGmSignOff(grade, policy),
    factors: scored.lines,
    limitOrderBased,
    limitWorkingCapital: wc === null ? null : wc.limit,
    limit,
    termsDays,
    approvalLevel: approvalLevel(limit, policy),
    explanation: {
      base,
      baseSource: isNew ? "newCustomer" : "orders",
      ordersInWindow: ledger.windowOrderCount,
      multiplier: band.multiplier,
      bandMinScore: bandScore === null ? null : band.minScore,
      limitOrderBased,
      limitWorkingCapital: wc === null ? null : wc.limit,
      workingCapitalE: wc === null ? null : wc.evaluation,
      workingCapitalRate: wc === null ? null : wc.rate,
      workingAssets: wc === null ? null : wc.workingAssets,
      limitBeforeAdjustment,
      termsBeforeAdjustment: band.termsDays,
    },
    exposure,
    available: limit - exposure,
    openAmount: ledger.net,
    overdueAmount: ledger.overdueAmount,
    maxDaysOverdue,
    status: adjustment.status,
    reasons,
    abc,
    core,
    collectionAction: ledger.hasPositiveOpen ? collectionActionFor(signedMaxDays, policy) : "NONE",
    debtClass: ledger.hasPositiveOpen ? debtClassFor(signedMaxDays, policy) : "CURRENT",
    sales: ledger.sales,
    lastBusinessDate: ledger.lastBusinessDate,
    paymentBehaviour,
    warnings: warningsFor(customer, policy),
    source: customer.source,
  };
}
