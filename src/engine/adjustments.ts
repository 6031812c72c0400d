/** Reduce / suspend rules (CREDIT-POLICY.md §6, §11 Adjustments). */
import { edate } from "./dates";
import type { Policy } from "./policy";
import type { ReasonCode, SerialDate, Status } from "./types";

/** What the rules look at for one customer. */
export interface AdjustmentFacts {
  /** Largest days overdue of a positive open amount, 0 if none. */
  maxDaysOverdue: number;
  badPayments3m: number | undefined;
  lastBusinessDate: SerialDate | null;
  manualSuspend: boolean;
  /** Broken promises to pay in the policy's window; undefined without collection data. */
  brokenPromises?: number;
}

/** The inactivity cut-off dates, computed once per review: a last business date on or before them. */
export interface InactivityCutoffs {
  reduce: SerialDate;
  suspend: SerialDate;
}

export function inactivityCutoffs(asOf: SerialDate, policy: Policy): InactivityCutoffs {
  return {
    reduce: edate(asOf, -policy.adjustments.reduceInactiveMonths),
    suspend: edate(asOf, -policy.adjustments.suspendInactiveMonths),
  };
}

export interface Adjustment {
  status: Status;
  /** Adjustment codes only; each rule family gives its most severe code. */
  reasons: ReasonCode[];
}

export function adjustmentFor(
  facts: AdjustmentFacts,
  cutoffs: InactivityCutoffs,
  policy: Policy
): Adjustment {
  const rules = policy.adjustments;
  const reasons: ReasonCode[] = [];
  let suspend = false;
  let reduce = false;

  if (facts.maxDaysOverdue >= rules.suspendOverdueDays) {
    reasons.push("OVERDUE_90");
    suspend = true;
  } else if (facts.maxDaysOverdue >= rules.reduceOverdueDays) {
    reasons.push("OVERDUE_60");
    reduce = true;
  }

  const bad = facts.badPayments3m ?? 0;
  if (bad > rules.suspendBadPayments) {
    reasons.push("BAD_PAYMENTS_SEVERE");
    suspend = true;
  } else if (bad > rules.reduceBadPayments) {
    reasons.push("BAD_PAYMENTS");
    reduce = true;
  }

  // No history at all: the inactivity rules do not apply.
  if (facts.lastBusinessDate !== null) {
    if (facts.lastBusinessDate <= cutoffs.suspend) {
      reasons.push("INACTIVE_6M");
      suspend = true;
    } else if (facts.lastBusinessDate <= cutoffs.reduce) {
      reasons.push("INACTIVE_3M");
      reduce = true;
    }
  }

  const broken = facts.brokenPromises ?? 0;
  const promiseRules = policy.collections;
  if (broken >= promiseRules.suspendBrokenPromises) {
    reasons.push("BROKEN_PROMISES_SEVERE");
    suspend = true;
  } else if (broken >= promiseRules.reduceBrokenPromises) {
    reasons.push("BROKEN_PROMISES");
    reduce = true;
  }

  if (facts.manualSuspend) {
    reasons.push("MANUAL_SUSPEND");
    suspend = true;
  }

  return { status: suspend ? "SUSPEND" : reduce ? "REDUCE" : "OK", reasons };
}
