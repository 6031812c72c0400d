/**
 * Why a customer's result changed since the previous review: the factors that moved, with the
 * points each gained or lost (weight × rating / rating maximum, as the explain panel shows
 * them), and the rules that changed the limit or terms.
 *
 * The score is re-normalised over the rated weight (§1), so when a rating appears or disappears
 * the score also moves by re-weighting; `rest` is that part: score change − Σ factor points.
 * With every factor rated both times it is 0.
 *
 * Example (default weights, rating maximum 10): payment record 8 → 5 loses 12 × 3 / 10 = 3.6
 * points; solvency 6 → 7 gains 10 × 1 / 10 = 1; the score falls by 2.6.
 */
import type {
  CustomerResult,
  FactorKey,
  Grade,
  LimitExplanation,
  Minor,
  ReasonCode,
  Status,
} from "../types";

/** The inputs of the limit rule a comparison names (a logged review records just these). */
export type LimitRuleInputs = Pick<
  LimitExplanation,
  "base" | "baseSource" | "multiplier" | "bandMinScore" | "limitWorkingCapital"
>;

/** What the comparison needs of a customer's result. */
export type ExplainedResult = Pick<
  CustomerResult,
  "score" | "grade" | "limit" | "termsDays" | "status" | "reasons"
> & {
  factors: readonly Pick<CustomerResult["factors"][number], "key" | "rating" | "points">[];
  explanation: LimitRuleInputs;
};

export interface Change<T> {
  from: T;
  to: T;
}

export interface FactorChange {
  key: FactorKey;
  /** Points gained (positive) or lost (negative). */
  points: number;
  rating: Change<number | null>;
}

/** A rule that moved the limit or terms, most decisive first. */
export type LimitRule =
  | { rule: "STATUS"; status: Change<Status>; added: ReasonCode[]; lifted: ReasonCode[] }
  | { rule: "BAND"; minScore: Change<number | null>; multiplier: Change<number> }
  | { rule: "BASE"; base: Change<Minor>; source: Change<"orders" | "newCustomer"> }
  | { rule: "WORKING_CAPITAL"; limit: Change<Minor | null> };

export interface ScoreChange {
  score: Change<number | null>;
  grade: Change<Grade | null>;
  limit: Change<Minor>;
  terms: Change<number>;
  /** Factors whose points moved, the largest move first. */
  factors: FactorChange[];
  /**
   * Score change not carried by one factor: re-weighting over the rated factors (0, up to float
   * rounding, when every factor is rated both times); null when either score is missing.
   */
  rest: number | null;
  /** Empty when neither the limit nor the terms changed. */
  limitRules: LimitRule[];
}

function factorChanges(before: ExplainedResult, after: ExplainedResult): FactorChange[] {
  const earlier = new Map(before.factors.map((line) => [line.key, line]));
  const changes: FactorChange[] = [];
  for (const line of after.factors) {
    const previous = earlier.get(line.key);
    earlier.delete(line.key);
    const points = line.points - (previous?.points ?? 0);
    if (points === 0 && (previous?.rating ?? null) === line.rating) continue;
    changes.push({
      key: line.key,
      points,
      rating: { from: previous?.rating ?? null, to: line.rating },
    });
  }
  // A factor the policy no longer has lost all its points.
  for (const line of earlier.values()) {
    if (line.points === 0 && line.rating === null) continue;
    changes.push({ key: line.key, points: -line.points, rating: { from: line.rating, to: null } });
  }
  return changes.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
}

function limitRules(before: ExplainedResult, after: ExplainedResult): LimitRule[] {
  if (before.limit === after.limit && before.termsDays === after.termsDays) return [];
  const rules: LimitRule[] = [];
  const added = after.reasons.filter((code) => !before.reasons.includes(code));
  const lifted = before.reasons.filter((code) => !after.reasons.includes(code));
  if (before.status !== after.status || added.length > 0 || lifted.length > 0)
    rules.push({
      rule: "STATUS",
      status: { from: before.status, to: after.status },
      added,
      lifted,
    });
  const a = before.explanation;
  const b = after.explanation;
  if (a.bandMinScore !== b.bandMinScore || a.multiplier !== b.multiplier)
    rules.push({
      rule: "BAND",
      minScore: { from: a.bandMinScore, to: b.bandMinScore },
      multiplier: { from: a.multiplier, to: b.multiplier },
    });
  if (a.base !== b.base || a.baseSource !== b.baseSource)
    rules.push({
      rule: "BASE",
      base: { from: a.base, to: b.base },
      source: { from: a.baseSource, to: b.baseSource },
    });
  if (a.limitWorkingCapital !== b.limitWorkingCapital)
    rules.push({
      rule: "WORKING_CAPITAL",
      limit: { from: a.limitWorkingCapital, to: b.limitWorkingCapital },
    });
  return rules;
}

/** The change of one customer, or null when its score, grade, limit and terms are unchanged. */
export function scoreChange(before: ExplainedResult, after: ExplainedResult): ScoreChange | null {
  if (
    before.score === after.score &&
    before.grade === after.grade &&
    before.limit === after.limit &&
    before.termsDays === after.termsDays
  )
    return null;
  const factors = factorChanges(before, after);
  const moved = factors.reduce((sum, factor) => sum + factor.points, 0);
  const rest =
    before.score === null || after.score === null ? null : after.score - before.score - moved;
  return {
    score: { from: before.score, to: after.score },
    grade: { from: before.grade, to: after.grade },
    limit: { from: before.limit, to: after.limit },
    terms: { from: before.termsDays, to: after.termsDays },
    factors,
    rest,
    limitRules: limitRules(before, after),
  };
}
