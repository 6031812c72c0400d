/**
 * A customer's change since its previous review in the `--json` output (issue 10):
 * `changes: { score, grade, limit, terms, factors: [{ key, points }] } | null`, each of the first
 * four `{ from, to }`. Money in currency units, points rounded to 4 decimals.
 */
import type { ScoreChange } from "../engine/history/score-changes";
import type { Minor } from "../engine/types";

export interface JsonChangeOf<T> {
  from: T;
  to: T;
}

export interface JsonScoreChange {
  score: JsonChangeOf<number | null>;
  grade: JsonChangeOf<string | null>;
  limit: JsonChangeOf<number>;
  terms: JsonChangeOf<number>;
  factors: { key: string; points: number }[];
}

const POINT_DECIMALS = 4;

export function jsonScoreChange(
  change: ScoreChange,
  money: (amount: Minor) => number
): JsonScoreChange {
  return {
    score: change.score,
    grade: change.grade,
    limit: { from: money(change.limit.from), to: money(change.limit.to) },
    terms: change.terms,
    factors: change.factors.map((factor) => ({
      key: factor.key,
      points: Number(factor.points.toFixed(POINT_DECIMALS)),
    })),
  };
}
