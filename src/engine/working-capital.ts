/** The working-capital limit model (CREDIT-POLICY.md §3 alternative method, §11 Limit). */
import { CURRENT_LIABILITIES_NOT_POSITIVE, EngineError, NOT_A_NUMBER } from "./errors";
import { ZERO_MINOR } from "./money";
import { floorToRoundingUnit } from "./limit";
import type { Policy } from "./policy";
import type { Minor } from "./types";

/** Balance-sheet figures in currency units. */
export interface BalanceSheet {
  currentAssets: number;
  inventory: number;
  currentLiabilities: number;
  totalLiabilities: number;
  equity: number;
}

export interface WorkingCapitalLimit {
  limit: Minor;
  /** Evaluation value E; null when equity ≤ 0 (E would divide by it). */
  evaluation: number | null;
  /** p(E); null when equity ≤ 0. */
  rate: number | null;
  /** (working capital + equity) / 2 in currency units. */
  workingAssets: number | null;
  negativeEquity: boolean;
}

/** Working assets = (working capital + owners' equity) / 2, working capital = CA − CL. */
export function workingAssetsOf(b: BalanceSheet): number {
  return (b.currentAssets - b.currentLiabilities + b.equity) / 2;
}

/** E = CA/CL + quick assets/CL − CL/equity − total liabilities/equity (equity > 0). */
export function evaluationValue(b: BalanceSheet): number {
  const quickAssets = b.currentAssets - b.inventory;
  return (
    b.currentAssets / b.currentLiabilities +
    quickAssets / b.currentLiabilities -
    b.currentLiabilities / b.equity -
    b.totalLiabilities / b.equity
  );
}

/** p(E): the rate of the first step whose upper bound (inclusive) E does not exceed. */
export function workingCapitalRate(evaluation: number, policy: Policy): number {
  const steps = policy.workingCapital.steps;
  for (let i = 0; i < steps.length; i++) {
    if (evaluation <= steps[i].maxE) return steps[i].rate;
  }
  return policy.workingCapital.rateAbove;
}

/**
 * Limit = working assets × p(E), in minor units floored to the rounding unit. Equity ≤ 0
 * gives 0 with the negative-equity flag; working assets below 0 give 0.
 */
export function workingCapitalLimit(b: BalanceSheet, policy: Policy): WorkingCapitalLimit {
  if (
    !Number.isFinite(b.currentAssets) ||
    !Number.isFinite(b.inventory) ||
    !Number.isFinite(b.currentLiabilities) ||
    !Number.isFinite(b.totalLiabilities) ||
    !Number.isFinite(b.equity)
  ) {
    throw new EngineError(NOT_A_NUMBER);
  }
  if (b.currentLiabilities <= 0) throw new EngineError(CURRENT_LIABILITIES_NOT_POSITIVE);
  const workingAssets = workingAssetsOf(b);
  if (b.equity <= 0) {
    return { limit: ZERO_MINOR, evaluation: null, rate: null, workingAssets, negativeEquity: true };
  }
  const evaluation = evaluationValue(b);
  const rate = workingCapitalRate(evaluation, policy);
  const limit =
    workingAssets > 0
      ? floorToRoundingUnit(workingAssets * rate * policy.minorPerUnit, policy)
      : ZERO_MINOR;
  return { limit, evaluation, rate, workingAssets, negativeEquity: false };
}
