/**
 * `whatIf` in the `--json` output of `--compare-policy`: the portfolio under the other policy
 * beside the current one (engine/history/what-if.ts), money in currency units.
 */
import type { WhatIf } from "../engine/history/what-if";
import type { Minor } from "../engine/types";
import { jsonScoreChange, type JsonChangeOf, type JsonScoreChange } from "./json-score-change";

export interface JsonWhatIf {
  /** The version of the compared policy. */
  policyVersion: string;
  migration: { from: string; to: string; count: number; amount: number }[];
  totalLimit: JsonChangeOf<number>;
  terms: { raised: number; lowered: number; mean: JsonChangeOf<number | null> };
  newlyOverLimit: string[];
  suspensionsAdded: string[];
  suspensionsLifted: string[];
  allowance: JsonChangeOf<number> | null;
  /** Each customer whose score, grade, limit or terms would change. */
  changes: ({ id: string } & JsonScoreChange)[];
}

const MEAN_DECIMALS = 2;

export function jsonWhatIf(
  whatIf: WhatIf,
  policyVersion: string,
  money: (amount: Minor) => number
): JsonWhatIf {
  const mean = (days: number | null) =>
    days === null ? null : Number(days.toFixed(MEAN_DECIMALS));
  return {
    policyVersion,
    migration: whatIf.migration.map((cell) => ({ ...cell, amount: money(cell.amount) })),
    totalLimit: { from: money(whatIf.totalLimit.from), to: money(whatIf.totalLimit.to) },
    terms: {
      raised: whatIf.terms.raised,
      lowered: whatIf.terms.lowered,
      mean: { from: mean(whatIf.terms.mean.from), to: mean(whatIf.terms.mean.to) },
    },
    newlyOverLimit: [...whatIf.newlyOverLimit],
    suspensionsAdded: [...whatIf.suspensionsAdded],
    suspensionsLifted: [...whatIf.suspensionsLifted],
    allowance:
      whatIf.allowance === null
        ? null
        : { from: money(whatIf.allowance.from), to: money(whatIf.allowance.to) },
    changes: whatIf.changes.map(({ customerId, change }) => ({
      id: customerId,
      ...jsonScoreChange(change, money),
    })),
  };
}
