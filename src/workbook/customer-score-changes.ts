/**
 * Score changes explained (issue 10): for each customer whose score, grade, limit or terms
 * changed since its previous Credit Log record, the factors that moved with their points and the
 * rules that moved the limit (engine/history/score-changes.ts). The review computes them once;
 * the Credit Changes sheet, the pane's "why it changed" and the JSON all read these.
 *
 * Scores are compared as the log keeps them, to one decimal cut down (`displayScore`), so a
 * review re-run on unchanged data never reports a change of a few hundredths.
 */
import {
  scoreChange,
  type ExplainedResult,
  type ScoreChange,
} from "../engine/history/score-changes";
import type { Policy } from "../engine/policy";
import type { CustomerResult, ReviewResult } from "../engine/types";
import { previousRecords } from "./credit-changes";
import type { LogEntry } from "./layout";
import { explainedFromLog } from "./logged-explanation";
import { displayScore, toMinorUnits } from "./plan-values";

export interface ExplainedChange extends ScoreChange {
  /**
   * False when the previous record predates the logged ratings and rule inputs: then `factors`
   * is empty, `rest` null, and only a change of status can be named among the limit rules.
   */
  explained: boolean;
}

/** The customer as the log would record it: the score at the log's precision. */
function asLogged(customer: CustomerResult): ExplainedResult {
  return { ...customer, score: displayScore(customer.score) };
}

/** The previous record without its explanation: the current factors and rule inputs stand in, so nothing but the status can show as a cause. */
function unexplained(entry: LogEntry, after: ExplainedResult, policy: Policy): ExplainedResult {
  return {
    score: entry.score,
    grade: entry.grade,
    limit: toMinorUnits(entry.creditLimit, policy.minorPerUnit),
    termsDays: entry.termsDays,
    status: entry.status,
    reasons: entry.reasons,
    factors: after.factors,
    explanation: after.explanation,
  };
}

/** One entry per customer that changed since its previous record; new customers have none. */
export function customerScoreChanges(
  result: Pick<ReviewResult, "asOf" | "customers">,
  previousLog: readonly LogEntry[],
  policy: Policy
): Map<string, ExplainedChange> {
  const previous = previousRecords(previousLog, result.asOf);
  const changes = new Map<string, ExplainedChange>();
  for (const customer of result.customers) {
    const entry = previous.get(customer.id);
    if (entry === undefined || changes.has(customer.id)) continue;
    const after = asLogged(customer);
    const before = explainedFromLog(entry, customer.factors, policy);
    const change = scoreChange(before ?? unexplained(entry, after, policy), after);
    if (change === null) continue;
    changes.set(
      customer.id,
      before === null
        ? { ...change, factors: [], rest: null, explained: false }
        : { ...change, explained: true }
    );
  }
  return changes;
}
