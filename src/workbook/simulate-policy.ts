/**
 * "Simulate": the portfolio of a ready review run again under another policy, beside the current
 * one, with nothing written. The pane's Policy tab and the command line's `--compare-policy`
 * both call this, so they report the same migration, limits, terms, suspensions and allowance.
 *
 * The edited review reads the same ledger: the rows were read in the current policy's money unit
 * and currency, so those two are kept from the current policy (a what-if compares credit rules,
 * not ledgers); `keptMoneyUnit` says when the other policy named different ones.
 * The allowances are the loss allowance of each policy over the same history (floors alone
 * while the history is shorter than the policy's minimum).
 */
import { analyseHistory } from "../engine/history/history-analysis";
import type { Snapshot } from "../engine/history/snapshot";
import { snapshotOf } from "../engine/history/snapshot";
import { whatIf, type WhatIf } from "../engine/history/what-if";
import type { Policy } from "../engine/policy";
import { review } from "../engine/review";
import type { Minor, ReviewResult } from "../engine/types";
import type { ReadyReview } from "./prepare-review";

export interface PolicySimulation {
  /** The policy the edited review ran under (money unit and currency of the current one). */
  policy: Policy;
  /** The whole portfolio reviewed under `policy`. */
  result: ReviewResult;
  /** The comparison, current → edited. */
  whatIf: WhatIf;
  /** True when the other policy's money unit or currency differed and the current one's was kept. */
  keptMoneyUnit: boolean;
}

function allowanceTotal(result: ReviewResult, policy: Policy, history: readonly Snapshot[]): Minor {
  return analyseHistory(history, snapshotOf(result, policy), policy).allowance.total;
}

/**
 * `history`: earlier snapshots (the Aging History) when the caller has them; without them each
 * allowance uses the policy's floors alone.
 */
export function simulatePolicy(
  ready: Pick<ReadyReview, "input" | "policy" | "asOf" | "result">,
  otherPolicy: Policy,
  history: readonly Snapshot[] = []
): PolicySimulation {
  const keptMoneyUnit =
    otherPolicy.minorPerUnit !== ready.policy.minorPerUnit ||
    otherPolicy.currency !== ready.policy.currency;
  const policy: Policy = keptMoneyUnit
    ? { ...otherPolicy, minorPerUnit: ready.policy.minorPerUnit, currency: ready.policy.currency }
    : otherPolicy;
  const result = review(ready.input, policy, ready.asOf);
  const allowances = {
    from: allowanceTotal(ready.result, ready.policy, history),
    to: allowanceTotal(result, policy, history),
  };
  return { policy, result, whatIf: whatIf(ready.result, result, allowances), keptMoneyUnit };
}
