/**
 * A score change in words, for the "Why" column of the Credit Changes sheet: each factor that
 * moved with its ratings and points, the re-weighting rest, then the rules that moved the limit.
 * Bounded: at most one phrase per factor of the policy and one per rule.
 * E.g. "Payment record (8 → 4) -4.8 points; score band 90 → 80 (×3 → ×2)".
 */
import type { LimitRule } from "../engine/history/score-changes";
import type { Minor } from "../engine/types";
import type { ExplainedChange } from "./customer-score-changes";
import type { OutputLabels } from "./labels";
import { REASON_WORD_SEPARATOR, reasonWords, toCurrencyUnits } from "./plan-values";

export type WhyWords = NonNullable<OutputLabels["why"]>;

/** A rest smaller than this is the rounding of points, not a cause worth naming. */
const SMALLEST_REST = 0.05;
const NONE = "-";

function signed(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded > 0 ? "+" : ""}${rounded.toFixed(1)}`;
}

const shown = (value: number | null): string => (value === null ? NONE : String(value));

function ruleWords(
  rule: LimitRule,
  words: WhyWords,
  labels: OutputLabels,
  minorPerUnit: number
): string {
  const money = (amount: Minor | null) =>
    amount === null ? NONE : String(toCurrencyUnits(amount, minorPerUnit));
  switch (rule.rule) {
    case "STATUS": {
      const added = reasonWords(rule.added, labels);
      const moved = `${words.status} ${labels.status[rule.status.from]} → ${labels.status[rule.status.to]}`;
      return added === null ? moved : `${moved} (${added})`;
    }
    case "BAND":
      return `${words.band} ${shown(rule.minScore.from)} → ${shown(rule.minScore.to)} (×${rule.multiplier.from} → ×${rule.multiplier.to})`;
    case "BASE":
      return `${words.base} ${money(rule.base.from)} → ${money(rule.base.to)}`;
    case "WORKING_CAPITAL":
      return `${words.workingCapital} ${money(rule.limit.from)} → ${money(rule.limit.to)}`;
  }
}

/**
 * Null when nothing but the values moved (e.g. a score change within the same band, unexplained).
 * `nameOf` names a factor where the labels carry no factor names (the pane has its own).
 */
export function scoreChangeWords(
  change: ExplainedChange,
  labels: OutputLabels,
  minorPerUnit: number,
  nameOf: (factorKey: string) => string = (key) => key
): string | null {
  const words = labels.why;
  const factorName = (key: string) => labels.policyKeys?.factors[key] ?? nameOf(key);
  const phrases = change.factors.map(
    (factor) =>
      `${factorName(factor.key)} (${shown(factor.rating.from)} → ${shown(factor.rating.to)}) ${signed(factor.points)} ${words.points}`
  );
  if (change.rest !== null && Math.abs(change.rest) >= SMALLEST_REST)
    phrases.push(`${words.reweighted} ${signed(change.rest)} ${words.points}`);
  if (!change.explained) phrases.push(words.notRecorded);
  for (const rule of change.limitRules) phrases.push(ruleWords(rule, words, labels, minorPerUnit));
  return phrases.length === 0 ? null : phrases.join(REASON_WORD_SEPARATOR);
}
