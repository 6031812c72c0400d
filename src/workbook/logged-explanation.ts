/**
 * What a Credit Log row records so that a later review can explain a change (score-changes.ts):
 * each factor's rating and the limit rule's inputs. The previous review's factor points are
 * valued at TODAY's weights and rating maximum: a factor's points then measure its rating move
 * alone, and a change of the weights themselves shows in the change's `rest` (re-weighting).
 */
import type { ExplainedResult, LimitRuleInputs } from "../engine/history/score-changes";
import type { Policy } from "../engine/policy";
import type {
  FactorKey,
  FactorLine,
  Grade,
  LimitExplanation,
  ReasonCode,
  Status,
} from "../engine/types";
import { toMinorUnits } from "./plan-values";

export interface LoggedExplanation {
  /** Currency units, as written in the log. */
  limitBase: number;
  baseSource: LimitExplanation["baseSource"];
  multiplier: number;
  bandMinScore: number | null;
  /** Currency units; null when the working-capital limit was not computed. */
  limitWorkingCapital: number | null;
  /** The rating of each factor written; null (or absent) when it was not rated. */
  ratings: Partial<Record<FactorKey, number | null>>;
}

/** The fields of a Credit Log row (`LogEntry`) the comparison reads. */
export interface LoggedRecord {
  score: number | null;
  grade: Grade | null;
  /** Currency units. */
  creditLimit: number;
  termsDays: number;
  status: Status;
  reasons: readonly ReasonCode[];
  explanation?: LoggedExplanation;
}

/** The previous review as the comparison needs it; null when its row predates the explanation. */
export function explainedFromLog(
  entry: LoggedRecord,
  currentFactors: readonly Pick<FactorLine, "key" | "weight">[],
  policy: Pick<Policy, "minorPerUnit" | "score">
): ExplainedResult | null {
  const logged = entry.explanation;
  if (logged === undefined) return null;
  const minor = (units: number) => toMinorUnits(units, policy.minorPerUnit);
  const ratingMax = policy.score.ratingMax;
  const explanation: LimitRuleInputs = {
    base: minor(logged.limitBase),
    baseSource: logged.baseSource,
    multiplier: logged.multiplier,
    bandMinScore: logged.bandMinScore,
    limitWorkingCapital:
      logged.limitWorkingCapital === null ? null : minor(logged.limitWorkingCapital),
  };
  return {
    score: entry.score,
    grade: entry.grade,
    limit: minor(entry.creditLimit),
    termsDays: entry.termsDays,
    status: entry.status,
    reasons: [...entry.reasons],
    factors: currentFactors.map((line) => {
      const rating = logged.ratings[line.key] ?? null;
      return {
        key: line.key,
        rating,
        points: rating === null ? 0 : (line.weight * rating) / ratingMax,
      };
    }),
    explanation,
  };
}
