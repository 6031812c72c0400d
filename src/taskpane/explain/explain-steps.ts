/**
 * A customer's result as lines of arithmetic a credit officer can redo by hand: the score from
 * its factor points, then the limit step by step, then exposure and available credit. Each line
 * is a message key with the numbers already formatted, so the words follow the pane's language.
 */
import "../i18n/late-words";
import { roundMinor, scaleMinor, subMinor } from "../../engine/money";
import type { Policy } from "../../engine/policy";
import type { CustomerResult } from "../../engine/types";
import type { Formatters } from "../format/formatters";
import type { MessageKey } from "../i18n/messages";
import type { MessageParams } from "../i18n/translate";

export interface ExplainLine {
  key: MessageKey;
  params: MessageParams;
}

export interface ScoreArithmetic {
  pointsTotal: number;
  ratedWeight: number;
  totalWeight: number;
}

/** Σ points and Σ weights as the score uses them (rated factors only count towards coverage). */
export function scoreArithmetic(customer: CustomerResult): ScoreArithmetic {
  let pointsTotal = 0;
  let ratedWeight = 0;
  let totalWeight = 0;
  for (const line of customer.factors) {
    totalWeight += line.weight;
    if (line.rating !== null) {
      ratedWeight += line.weight;
      pointsTotal += line.points;
    }
  }
  return { pointsTotal, ratedWeight, totalWeight };
}

export function scoreLines(
  customer: CustomerResult,
  policy: Policy,
  format: Formatters
): ExplainLine[] {
  const { pointsTotal, ratedWeight, totalWeight } = scoreArithmetic(customer);
  const lines: ExplainLine[] = [
    {
      key: "explain.coverage",
      params: {
        rated: format.number(ratedWeight, 0),
        total: format.number(totalWeight, 0),
        coverage: format.percent(customer.coverage),
      },
    },
  ];
  if (customer.score === null || customer.coverage < policy.score.minCoverage) {
    lines.push({
      key: "explain.insufficient",
      params: { minimum: format.percent(policy.score.minCoverage) },
    });
    if (customer.score === null) return lines;
  }
  lines.push({
    key: "explain.score",
    params: {
      points: format.number(pointsTotal, 2),
      rated: format.number(ratedWeight, 0),
      total: format.number(totalWeight, 0),
      score: format.number(customer.score, 1),
    },
  });
  if (customer.grade !== null) {
    lines.push({
      key: "explain.grade",
      params: { score: format.number(customer.score, 1), grade: customer.grade },
    });
  }
  return lines;
}

export function limitLines(
  customer: CustomerResult,
  policy: Policy,
  format: Formatters
): ExplainLine[] {
  const e = customer.explanation;
  const roundingMinor = roundMinor(policy.limit.roundingUnit * policy.minorPerUnit);
  const lines: ExplainLine[] = [];

  if (e.baseSource === "newCustomer") {
    lines.push({
      key: "explain.baseNew",
      params: { base: format.money(e.base), orders: format.integer(e.ordersInWindow) },
    });
  } else {
    lines.push({
      key: "explain.baseOrders",
      params: {
        base: format.money(e.base),
        orders: format.integer(e.ordersInWindow),
        months: policy.limit.baseWindowMonths,
      },
    });
  }

  lines.push(
    e.bandMinScore === null
      ? { key: "explain.noBand", params: {} }
      : {
          key: "explain.band",
          params: {
            score: customer.score === null ? "–" : format.number(customer.score, 1),
            min: format.integer(e.bandMinScore),
            multiplier: format.percent(e.multiplier, 1),
            terms: format.days(e.termsBeforeAdjustment),
          },
        }
  );

  lines.push({
    key: "explain.orderBased",
    params: {
      base: format.money(e.base),
      multiplier: format.percent(e.multiplier, 1),
      product: format.money(scaleMinor(e.base, e.multiplier)),
      unit: format.money(roundingMinor),
      limit: format.money(e.limitOrderBased),
    },
  });

  lines.push(...workingCapitalLines(customer, policy, format));
  lines.push(...adjustmentLines(customer, format));
  lines.push({
    key: "explain.final",
    params: {
      limit: format.money(customer.limit),
      terms: format.days(customer.termsDays),
      level: customer.approvalLevel,
    },
  });
  return lines;
}

function workingCapitalLines(
  customer: CustomerResult,
  policy: Policy,
  format: Formatters
): ExplainLine[] {
  const e = customer.explanation;
  if (e.limitWorkingCapital === null) {
    return [
      {
        key: policy.workingCapital.mode === "off" ? "explain.wcOff" : "explain.wcMissing",
        params: {},
      },
    ];
  }
  const lines: ExplainLine[] = [];
  if (customer.reasons.includes("NEGATIVE_EQUITY")) {
    lines.push({
      key: "explain.wcNegativeEquity",
      params: { limit: format.money(e.limitWorkingCapital) },
    });
  } else {
    lines.push({
      key: "explain.wc",
      params: {
        assets:
          e.workingAssets === null
            ? "–"
            : format.money(roundMinor(e.workingAssets * policy.minorPerUnit)),
        e: e.workingCapitalE === null ? "–" : format.number(e.workingCapitalE, 2),
        rate: e.workingCapitalRate === null ? "–" : format.percent(e.workingCapitalRate, 1),
        limit: format.money(e.limitWorkingCapital),
      },
    });
  }
  if (policy.workingCapital.mode === "lower") {
    lines.push({
      key: "explain.lowerOfTwo",
      params: {
        orderBased: format.money(e.limitOrderBased),
        workingCapital: format.money(e.limitWorkingCapital),
        limit: format.money(e.limitBeforeAdjustment),
      },
    });
  } else {
    lines.push({
      key: "explain.wcReportOnly",
      params: { limit: format.money(e.limitBeforeAdjustment) },
    });
  }
  return lines;
}

function adjustmentLines(customer: CustomerResult, format: Formatters): ExplainLine[] {
  const e = customer.explanation;
  const params = {
    before: format.money(e.limitBeforeAdjustment),
    after: format.money(customer.limit),
    termsBefore: format.days(e.termsBeforeAdjustment),
    termsAfter: format.days(customer.termsDays),
  };
  if (customer.status === "SUSPEND") return [{ key: "explain.suspended", params }];
  if (customer.status === "REDUCE") return [{ key: "explain.reduced", params }];
  return [{ key: "explain.noAdjustment", params }];
}

export function exposureLines(customer: CustomerResult, format: Formatters): ExplainLine[] {
  const unshipped = subMinor(customer.exposure, customer.openAmount);
  return [
    {
      key: "explain.exposure",
      params: {
        open: format.money(customer.openAmount),
        unshipped: format.money(unshipped),
        exposure: format.money(customer.exposure),
      },
    },
    {
      key: customer.available < 0 ? "explain.overLimit" : "explain.available",
      params: {
        limit: format.money(customer.limit),
        exposure: format.money(customer.exposure),
        available: format.money(customer.available),
      },
    },
  ];
}
