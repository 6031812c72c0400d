/**
 * The `--json` output of the command line: a stable, documented shape for other systems.
 * Money is converted from minor units to currency units rounded to the cent; dates are ISO.
 */
import { isoFromSerial } from "../engine/dates";
import type { HistoryAnalysis } from "../engine/history/history-analysis";
import type { Policy } from "../engine/policy";
import type {
  CustomerCollection,
  Minor,
  Problem,
  ProblemPlace,
  ReviewResult,
  Severity,
} from "../engine/types";
import { problemMessage, type DisplayLocale } from "../i18n";
import type { ScoreChange } from "../engine/history/score-changes";
import type { WhatIf } from "../engine/history/what-if";
import { jsonScoreChange, type JsonScoreChange } from "./json-score-change";
import { jsonWhatIf, type JsonWhatIf } from "./json-what-if";

/** A customer's line of the collection worklist (present when the workbook has collection data). */
export interface JsonCollection {
  /** Overdue amount (disputes left out) × age factor × grade factor, in currency units. */
  priority: number;
  nextAction: string;
  nextActionDue: string | null;
  disputedAmount: number;
  promise: { amount: number; date: string; status: string } | null;
  brokenPromises3m: number;
  lastContact: { date: string; action: string | null; person: string | null } | null;
}

export interface JsonCustomer {
  id: string;
  name: string;
  score: number | null;
  coverage: number;
  grade: string | null;
  limit: number;
  limitOrderBased: number;
  limitWorkingCapital: number | null;
  termsDays: number;
  exposure: number;
  available: number;
  openAmount: number;
  overdueAmount: number;
  maxDaysOverdue: number;
  status: string;
  reasons: string[];
  approvalLevel: number;
  abc: string;
  core: boolean;
  collectionAction: string;
  debtClass: string;
  collection?: JsonCollection;
  /** Since the customer's previous Credit Log record; null when new or unchanged. */
  changes: JsonScoreChange | null;
}

/** What the Aging History says with this review in it (issue 10); reviews oldest first. */
export interface JsonHistory {
  /** As-of dates of every review on file, this one included. */
  reviews: string[];
  /** DSO of each review, as it computed it. */
  dso: (number | null)[];
  /**
   * Positive open amounts per aging bucket of the current edges, one list per review in
   * `agingTotalsReviews`: reviews on other edges are left out (their buckets mean other days).
   */
  agingTotals: number[][];
  agingTotalsReviews: string[];
  /** Grade migration from the previous review to this one; empty on the first review. */
  migration: { from: string; to: string; count: number; amount: number }[];
  /**
   * Per bucket; 0 where `rollRateBasis` is 0 (no amount rolled or was paid from it): a 0 in the
   * chain leaves the buckets up to it at their floors, as the engine does for an unknown rate.
   */
  rollRates: number[];
  /** Per bucket, the amount that rolled or was paid (the roll rate's denominator). */
  rollRateBasis: number[];
  /** The rate each bucket is provided at, 0..1. */
  lossRates: number[];
  allowance: { total: number; byBucket: number[]; byCustomer: Record<string, number> };
}

export interface JsonResult {
  asOf: string;
  policyVersion: string;
  customers: JsonCustomer[];
  aging: {
    buckets: string[];
    /** Positive open amounts per bucket. */
    totals: number[];
    /** Open credit notes and overpayments (≤ 0), kept apart from the buckets: Σ totals + unapplied = net. */
    unapplied: number;
    /** Net open amount, including receivables of ids not on the customer sheet (aged under their id). */
    net: number;
    averageAgeDays: number | null;
    byCustomer: Record<string, number[]>;
  };
  dso: number | null;
  dsoCountback: number | null;
  /** Present when the review was given its history (every review through the command line). */
  history?: JsonHistory;
  /** Present when the workbook has a Collection Log or dispute / promise columns. */
  collections?: {
    customers: number;
    overdueAmount: number;
    disputedAmount: number;
    promisedAmount: number;
  };
  /** Present when `--compare-policy` was given. */
  whatIf?: JsonWhatIf;
  problems: {
    code: string;
    /** error: row left out of the totals; warning: value assumed or not used; info: shown apart. */
    severity: Severity;
    place: ProblemPlace;
    value: string | null;
    params: Record<string, string | number>;
    /** The sentence in the command's language (`--lang`), for people and older scripts. */
    message: string;
  }[];
}

/** Minor units → currency units, exact to the minor unit (no float drift in the printed JSON). */
function toUnits(amount: Minor, policy: Policy): number {
  return Number(
    (amount / policy.minorPerUnit).toFixed(Math.round(Math.log10(policy.minorPerUnit)))
  );
}

function roundTo(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}

function jsonCollection(line: CustomerCollection, policy: Policy): JsonCollection {
  const money = (amount: Minor) => toUnits(amount, policy);
  return {
    priority: Number((line.priority / policy.minorPerUnit).toFixed(2)),
    nextAction: line.nextAction,
    nextActionDue: line.nextActionDue === null ? null : isoFromSerial(line.nextActionDue),
    disputedAmount: money(line.disputedAmount),
    promise:
      line.promise === null
        ? null
        : {
            amount: money(line.promise.amount),
            date: isoFromSerial(line.promise.promisedDate),
            status: line.promise.status,
          },
    brokenPromises3m: line.brokenPromises3m,
    lastContact:
      line.lastContact === null
        ? null
        : {
            date: isoFromSerial(line.lastContact.date),
            action: line.lastContact.action,
            person: line.lastContact.person,
          },
  };
}

/** Rates to six places: a hundredth of a basis point, more than any allowance needs. */
const RATE_DECIMALS = 6;

function jsonHistory(analysis: HistoryAnalysis, policy: Policy): JsonHistory {
  const money = (amount: Minor) => toUnits(amount, policy);
  const { allowance, loss } = analysis;
  const sameBuckets = new Set(analysis.reviewsOnCurrentEdges);
  const onCurrentEdges = analysis.trends.filter((point) => sameBuckets.has(point.asOf));
  return {
    reviews: analysis.reviews.map(isoFromSerial),
    dso: analysis.trends.map((point) => roundTo(point.dso, 2)),
    agingTotals: onCurrentEdges.map((point) => point.agingTotals.map(money)),
    agingTotalsReviews: onCurrentEdges.map((point) => isoFromSerial(point.asOf)),
    migration: analysis.migration.map((cell) => ({
      from: cell.from,
      to: cell.to,
      count: cell.count,
      amount: money(cell.amount),
    })),
    rollRates: loss.rollRates.rates.map((value) => Number((value ?? 0).toFixed(RATE_DECIMALS))),
    rollRateBasis: loss.rollRates.base.map(money),
    lossRates: loss.rates.map((value) => Number(value.toFixed(RATE_DECIMALS))),
    allowance: {
      total: money(allowance.total),
      byBucket: allowance.byBucket.map((part) => money(part.allowance)),
      byCustomer: Object.fromEntries(
        allowance.byCustomer.map((line) => [line.customerId, money(line.allowance)])
      ),
    },
  };
}

/**
 * `problems` is every problem the review found, the policy sheet's and the Credit Log's included
 * (the summary prints the same list): `result.problems` holds only the rows' and the engine's.
 */
export interface JsonExtras {
  /** `ReadyReview.scoreChanges`. */
  scoreChanges?: ReadonlyMap<string, ScoreChange>;
  whatIf?: { whatIf: WhatIf; policyVersion: string };
  /** `ReadyReview.history`: the reviews on file with this one. */
  history?: HistoryAnalysis;
}

export function toJsonResult(
  result: ReviewResult,
  policy: Policy,
  problems: readonly Problem[],
  locale: DisplayLocale,
  extras: JsonExtras = {}
): JsonResult {
  const money = (amount: Minor) => toUnits(amount, policy);
  const jsonChangeOf = (id: string): JsonScoreChange | null => {
    const change = extras.scoreChanges?.get(id);
    return change === undefined ? null : jsonScoreChange(change, money);
  };
  return {
    asOf: isoFromSerial(result.asOf),
    policyVersion: result.policyVersion,
    customers: result.customers.map((customer) => ({
      id: customer.id,
      name: customer.name,
      score: roundTo(customer.score, 4),
      coverage: roundTo(customer.coverage, 4) ?? 0,
      grade: customer.grade,
      limit: money(customer.limit),
      limitOrderBased: money(customer.limitOrderBased),
      limitWorkingCapital:
        customer.limitWorkingCapital === null ? null : money(customer.limitWorkingCapital),
      termsDays: customer.termsDays,
      exposure: money(customer.exposure),
      available: money(customer.available),
      openAmount: money(customer.openAmount),
      overdueAmount: money(customer.overdueAmount),
      maxDaysOverdue: customer.maxDaysOverdue,
      status: customer.status,
      reasons: [...customer.reasons],
      approvalLevel: customer.approvalLevel,
      abc: customer.abc,
      core: customer.core,
      collectionAction: customer.collectionAction,
      debtClass: customer.debtClass,
      ...(customer.collection === undefined
        ? {}
        : { collection: jsonCollection(customer.collection, policy) }),
      changes: jsonChangeOf(customer.id),
    })),
    aging: {
      buckets: [...result.aging.buckets],
      totals: result.aging.totals.map(money),
      unapplied: money(result.aging.unapplied),
      net: money(result.aging.net),
      averageAgeDays: roundTo(result.aging.averageAgeDays, 2),
      byCustomer: Object.fromEntries(
        Object.entries(result.aging.byCustomer).map(([id, row]) => [id, row.amounts.map(money)])
      ),
    },
    dso: roundTo(result.portfolio.dso, 2),
    dsoCountback: roundTo(result.portfolio.dsoCountback, 2),
    ...(extras.history === undefined ? {} : { history: jsonHistory(extras.history, policy) }),
    ...(result.collections === undefined
      ? {}
      : {
          collections: {
            customers: result.collections.customers,
            overdueAmount: money(result.collections.overdueAmount),
            disputedAmount: money(result.collections.disputedAmount),
            promisedAmount: money(result.collections.promisedAmount),
          },
        }),
    ...(extras.whatIf === undefined
      ? {}
      : { whatIf: jsonWhatIf(extras.whatIf.whatIf, extras.whatIf.policyVersion, money) }),
    problems: problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      place: problem.place,
      value: problem.value,
      params: problem.params,
      message: problemMessage(problem, locale),
    })),
  };
}
