/**
 * The editor's own checks, each tied to the field it concerns and worded through message keys,
 * so a wrong value is pointed out where it is typed. The engine's `validatePolicy` stays the
 * authority: the pane runs it as well and shows whatever it refuses beyond these.
 */
import type { Policy } from "../../engine/policy";
import type { MessageKey } from "../i18n/messages";
import type { MessageParams } from "../i18n/translate";
import type { PolicyPath } from "./set-policy-value";

export interface PolicyIssue {
  path: PolicyPath;
  key: MessageKey;
  params?: MessageParams;
}

/** Σ weights must be this (CREDIT-POLICY §1). */
export const WEIGHT_TOTAL = 100;

export function checkPolicy(policy: Policy): PolicyIssue[] {
  return [
    ...checkWeights(policy),
    ...checkGrades(policy),
    ...checkLimitBands(policy),
    ...checkLimitSettings(policy),
    ...checkAdjustments(policy),
    ...checkEdges(policy.aging.edges),
    ...checkShares(policy),
  ];
}

function checkWeights(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  policy.score.factors.forEach((factor, index) => {
    if (factor.weight < 0)
      issues.push({ path: `score.factors.${index}.weight`, key: "policy.error.negative" });
  });
  const sum = roundForDisplay(
    policy.score.factors.reduce((total, factor) => total + factor.weight, 0)
  );
  if (sum !== WEIGHT_TOTAL)
    issues.push({ path: "score.factors", key: "policy.error.weightSum", params: { sum } });
  return issues;
}

function checkGrades(policy: Policy): PolicyIssue[] {
  return descendingScores(
    policy.grades.map((band) => band.minScore),
    (index) => `grades.${index}.minScore`
  );
}

function checkLimitBands(policy: Policy): PolicyIssue[] {
  const { bands } = policy.limit;
  const issues = descendingScores(
    bands.map((band) => band.minScore),
    (index) => `limit.bands.${index}.minScore`
  );
  bands.forEach((band, index) => {
    if (band.multiplier < 0)
      issues.push({ path: `limit.bands.${index}.multiplier`, key: "policy.error.negative" });
    if (band.termsDays < 0 || !Number.isInteger(band.termsDays)) {
      issues.push({ path: `limit.bands.${index}.termsDays`, key: "policy.error.wholeDays" });
    }
  });
  const last = bands.length - 1;
  if (last >= 0 && bands[last].minScore !== 0) {
    issues.push({ path: `limit.bands.${last}.minScore`, key: "policy.error.lastBandZero" });
  }
  return issues;
}

/** Band thresholds run from the highest to the lowest, each within 0..100. */
function descendingScores(scores: number[], pathOf: (index: number) => PolicyPath): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  scores.forEach((score, index) => {
    if (score < 0 || score > WEIGHT_TOTAL)
      issues.push({ path: pathOf(index), key: "policy.error.scoreRange" });
    else if (index > 0 && score >= scores[index - 1]) {
      issues.push({
        path: pathOf(index),
        key: "policy.error.bandOrder",
        params: { above: scores[index - 1] },
      });
    }
  });
  return issues;
}

function checkLimitSettings(policy: Policy): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (policy.limit.newCustomerBase < 0)
    issues.push({ path: "limit.newCustomerBase", key: "policy.error.negative" });
  if (policy.limit.roundingUnit <= 0)
    issues.push({ path: "limit.roundingUnit", key: "policy.error.positive" });
  return issues;
}

function checkAdjustments(policy: Policy): PolicyIssue[] {
  const a = policy.adjustments;
  const pairs: [keyof Policy["adjustments"], keyof Policy["adjustments"]][] = [
    ["reduceOverdueDays", "suspendOverdueDays"],
    ["reduceBadPayments", "suspendBadPayments"],
    ["reduceInactiveMonths", "suspendInactiveMonths"],
  ];
  const issues: PolicyIssue[] = [];
  for (const [reduce, suspend] of pairs) {
    if (a[reduce] < 0) issues.push({ path: `adjustments.${reduce}`, key: "policy.error.negative" });
    if (a[suspend] < a[reduce]) {
      issues.push({
        path: `adjustments.${suspend}`,
        key: "policy.error.suspendBelowReduce",
        params: { reduce: a[reduce] },
      });
    }
  }
  if (a.reduceBandSteps < 0 || !Number.isInteger(a.reduceBandSteps)) {
    issues.push({ path: "adjustments.reduceBandSteps", key: "policy.error.wholeNumber" });
  }
  return issues;
}

/** Aging edges: whole days, first ≥ 0, strictly rising (no overlapping buckets). */
export function checkEdges(edges: number[]): PolicyIssue[] {
  if (edges.length === 0) return [{ path: "aging.edges", key: "policy.error.edgesEmpty" }];
  for (let index = 0; index < edges.length; index += 1) {
    const edge = edges[index];
    if (!Number.isInteger(edge) || edge < 0) {
      return [{ path: "aging.edges", key: "policy.error.edgeWhole", params: { edge } }];
    }
    if (index > 0 && edge <= edges[index - 1]) {
      return [
        {
          path: "aging.edges",
          key: "policy.error.edgesOrder",
          params: { edge, previous: edges[index - 1] },
        },
      ];
    }
  }
  return [];
}

function checkShares(policy: Policy): PolicyIssue[] {
  const { abcAShare, abcBShare, coreShare } = policy.portfolio;
  const issues: PolicyIssue[] = [];
  const shares: [string, number][] = [
    ["portfolio.abcAShare", abcAShare],
    ["portfolio.abcBShare", abcBShare],
    ["portfolio.coreShare", coreShare],
  ];
  for (const [path, share] of shares) {
    if (!(share > 0 && share <= 1)) issues.push({ path, key: "policy.error.share" });
  }
  if (abcAShare >= abcBShare)
    issues.push({ path: "portfolio.abcBShare", key: "policy.error.abcOrder" });
  return issues;
}

/** Weights may be decimals; a sum like 99.99999 from floating point is shown as 100. */
function roundForDisplay(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
