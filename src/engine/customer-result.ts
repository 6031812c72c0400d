/** One customer's result from its totals: score, grade, limits, adjustments, exposure (§1–§6, §9). */
import { addMinor, minMinor, subMinor, ZERO_MINOR } from "./money";
import { adjustmentFor } from "./adjustments";
import type { CustomerCollectionFacts } from "./collection-pass";
import { approvalLevel } from "./approval";
import { deriveRatings, type DerivedRatings, type PaymentHistory } from "./derived-ratings";
import { gradeForScore, needsGmSignOff } from "./grade";
import type { CustomerTotals } from "./customer-totals";
import { limitBandIndex, limitBase, limitFromBand } from "./limit";
import type { AbcClass } from "./portfolio";
import type { ReviewContext } from "./review-context";
import { scoreRatings } from "./score";
import type {
  CollectionAction,
  Customer,
  CustomerResult,
  FactorKey,
  Financials,
  Minor,
  PaymentBehaviour,
  ReasonCode,
} from "./types";
import { warningsFor } from "./warnings";
import {
  workingCapitalLimit,
  type BalanceSheet,
  type WorkingCapitalLimit,
} from "./working-capital";

// Read once: a CommonJS build (the command line, the benchmarks) turns each read of an imported
// binding into a property getter call, and these run for every customer.
const sumOf = addMinor;
const differenceOf = subMinor;
const smallerOf = minMinor;
const NO_MONEY = ZERO_MINOR;

/** Values the review has already checked (bad ones reported and replaced by "absent"). */
export interface CheckedCustomerValues {
  unshippedOrders: Minor | undefined;
  badPayments3m: number | undefined;
}

export function paymentHistoryOf(totals: CustomerTotals, slot: number): PaymentHistory {
  const paid = totals.count(slot, "paidInvoices");
  return {
    paidInvoices: paid,
    onTimeShare: paid > 0 ? totals.count(slot, "onTimeInvoices") / paid : null,
    meanDaysBeyondTerms: paid > 0 ? totals.count(slot, "daysBeyondTerms") / paid : null,
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

function place(
  out: (number | undefined)[],
  positions: Map<string, number>,
  key: FactorKey,
  rating: number | undefined
): void {
  const position = positions.get(key);
  if (position !== undefined) out[position] = rating;
}

/** The four derived ratings laid out in the policy's factor order (undefined elsewhere), in `out`. */
function derivedByPosition(derived: DerivedRatings, ctx: ReviewContext): (number | undefined)[] {
  const out = ctx.scratch.derived;
  out.length = ctx.policy.score.factors.length;
  out.fill(undefined);
  place(out, ctx.factorPositions, "paymentRecord", derived.paymentRecord);
  place(out, ctx.factorPositions, "solvency", derived.solvency);
  place(out, ctx.factorPositions, "operatingCapacity", derived.operatingCapacity);
  place(out, ctx.factorPositions, "profitability", derived.profitability);
  return out;
}

/** The ladder step of the largest signed days overdue of the invoices on the ladder. */
function ladderActionOf(days: number | null, ctx: ReviewContext): CollectionAction {
  return days === null ? "NONE" : ctx.actionByDays.at(days);
}

function lowerOf(limit: Minor, cap: Minor | null): Minor {
  return cap === null ? limit : smallerOf(limit, cap);
}

export function customerResultFor(
  totals: CustomerTotals,
  slot: number,
  customer: Customer,
  /** The customer's typed ratings in the policy's factor order (see ratingsByPosition). */
  typedRatings: (number | undefined)[],
  checked: CheckedCustomerValues,
  abc: AbcClass,
  core: boolean,
  ctx: ReviewContext,
  /** Present when the review has collection data: disputes and promises change the ladder and rules. */
  collection?: CustomerCollectionFacts
): CustomerResult {
  const { policy } = ctx;
  const bands = policy.limit.bands;
  const lowestBand = bands.length - 1;

  const history = paymentHistoryOf(totals, slot);
  const derived = derivedByPosition(deriveRatings(customer.financials, history, policy), ctx);
  const scored = scoreRatings(typedRatings, derived, policy);
  const sufficient = scored.score !== null && scored.coverage >= policy.score.minCoverage;
  const bandScore = sufficient ? scored.score : null;
  const grade = bandScore === null ? null : gradeForScore(bandScore, policy);
  const bandIndex = limitBandIndex(bandScore, policy);
  const band = bands[bandIndex];

  // No orders sheet = no order history: every customer is new (§3).
  const isNew =
    customer.isNewCustomer === true ||
    !ctx.hasOrdersSheet ||
    totals.count(slot, "orderCount") < policy.limit.newCustomerMinOrders;
  const base = limitBase(
    ctx.hasOrdersSheet ? totals.money(slot, "windowOrderAmount") : null,
    isNew,
    policy
  );
  const limitOrderBased = limitFromBand(base, band, policy);

  const mode = policy.workingCapital.mode;
  const sheet = mode === "off" ? null : balanceSheetOf(customer.financials);
  const wc: WorkingCapitalLimit | null = sheet === null ? null : workingCapitalLimit(sheet, policy);
  const capByWorkingCapital = wc !== null && mode === "lower" ? wc.limit : null;
  const limitBeforeAdjustment = lowerOf(limitOrderBased, capByWorkingCapital);

  const signedMaxDays = totals.maxSignedDaysOverdue(slot);
  const maxDaysOverdue = signedMaxDays === null ? 0 : Math.max(0, signedMaxDays);
  const lastBusinessDate = totals.lastBusinessDate(slot);
  const adjustment = adjustmentFor(
    {
      // Disputed invoices are left out of the overdue rules.
      maxDaysOverdue: collection === undefined ? maxDaysOverdue : collection.ruleDays,
      brokenPromises: collection?.brokenPromises,
      badPayments3m: checked.badPayments3m,
      lastBusinessDate,
      manualSuspend: customer.manualSuspend === true,
    },
    ctx.inactivity,
    policy
  );

  let limit = limitBeforeAdjustment;
  let termsDays = band.termsDays;
  if (adjustment.status === "SUSPEND") {
    limit = NO_MONEY;
    termsDays = 0;
  } else if (adjustment.status === "REDUCE") {
    const reduced = bands[Math.min(bandIndex + policy.adjustments.reduceBandSteps, lowestBand)];
    limit = lowerOf(limitFromBand(base, reduced, policy), capByWorkingCapital);
    termsDays = reduced.termsDays;
  }

  const reasons: ReasonCode[] = adjustment.reasons;
  if (sufficient && bandIndex === lowestBand) reasons.push("LOW_SCORE");
  if (!sufficient) reasons.push("INSUFFICIENT_DATA");
  if (wc !== null && wc.negativeEquity) reasons.push("NEGATIVE_EQUITY");

  const openAmount = totals.money(slot, "net");
  const unshipped = ctx.hasOrdersSheet
    ? totals.money(slot, "unshippedOrders")
    : (checked.unshippedOrders ?? NO_MONEY);
  const exposure = sumOf(openAmount, unshipped);
  const meanDaysToPay =
    history.paidInvoices > 0 ? totals.count(slot, "daysToPay") / history.paidInvoices : null;
  const paymentBehaviour: PaymentBehaviour = {
    paidInvoices: history.paidInvoices,
    onTimeShare: history.onTimeShare,
    meanDaysBeyondTerms: history.meanDaysBeyondTerms,
    limitUtilisation: limit > 0 ? exposure / limit : null,
    overLimit: exposure > limit,
    overdueInvoices: totals.count(slot, "overdueInvoices"),
    meanDaysToPay,
    termsUtilisation: meanDaysToPay !== null && termsDays > 0 ? meanDaysToPay / termsDays : null,
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
      ordersInWindow: totals.count(slot, "windowOrderCount"),
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
    available: differenceOf(limit, exposure),
    openAmount,
    overdueAmount: totals.money(slot, "overdueAmount"),
    maxDaysOverdue,
    status: adjustment.status,
    reasons,
    abc,
    core,
    collectionAction: ladderActionOf(
      collection === undefined ? signedMaxDays : collection.ladderDays,
      ctx
    ),
    debtClass: signedMaxDays === null ? "CURRENT" : ctx.debtClassByDays.at(signedMaxDays),
    sales: totals.money(slot, "sales"),
    lastBusinessDate,
    paymentBehaviour,
    warnings: warningsFor(customer, policy),
    source: customer.source,
  };
}
