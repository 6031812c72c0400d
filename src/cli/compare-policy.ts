/**
 * `--compare-policy other.json`: the other policy is read and validated like `--policy` (the same
 * refusal, in the same words), the portfolio is simulated under it (workbook/simulate-policy.ts)
 * and the comparison is printed. Nothing is written for the other policy.
 */
import { validatePolicy } from "../engine/policy-validation";
import type { Policy } from "../engine/policy";
import { formatMoney, formatNumber } from "../i18n";
import type { DisplayLocale } from "../i18n";
import type { CliWords } from "../i18n/cli-messages";
import type { PolicySimulation } from "../workbook/simulate-policy";
import type { CliContext } from "./cli-context";
import { refusalFailure } from "./failure";
import { readPolicyFile } from "./read-inputs";

/** Ids listed on the over-limit line; the JSON lists them all. */
const LISTED_IDS = 10;
const MEAN_DECIMALS = 1;

export async function readComparePolicy(path: string, context: CliContext): Promise<Policy> {
  const candidate = await readPolicyFile(path, context, "--compare-policy");
  const validation = validatePolicy(candidate);
  if (validation.ok) return validation.policy;
  throw refusalFailure(
    {
      kind: "policy",
      source: "given",
      sheet: null,
      errors: validation.errors,
      issues: validation.issues,
    },
    context.words,
    context.locale,
    path
  );
}

export function whatIfLines(
  simulation: PolicySimulation,
  currentVersion: string,
  words: CliWords,
  locale: DisplayLocale
): string[] {
  const { whatIf, policy } = simulation;
  const money = (minor: number) => formatMoney(minor, policy.minorPerUnit, locale);
  const count = (value: number) => formatNumber(value, locale);
  const days = (value: number | null) =>
    value === null ? "-" : formatNumber(Number(value.toFixed(MEAN_DECIMALS)), locale);
  const moves = whatIf.migration
    .filter((cell) => cell.from !== cell.to)
    .map((cell) => `${cell.from} → ${cell.to} ${count(cell.count)}`);
  const lines = [
    words("whatIf.title", { version: policy.version, current: currentVersion }),
    moves.length === 0
      ? words("whatIf.noMigration")
      : words("whatIf.migration", { moves: moves.join(" · ") }),
    words("whatIf.limits", {
      from: money(whatIf.totalLimit.from),
      to: money(whatIf.totalLimit.to),
    }),
    words("whatIf.terms", {
      raised: count(whatIf.terms.raised),
      lowered: count(whatIf.terms.lowered),
      from: days(whatIf.terms.mean.from),
      to: days(whatIf.terms.mean.to),
    }),
    words("whatIf.overLimit", {
      count: count(whatIf.newlyOverLimit.length),
      ids: listed(whatIf.newlyOverLimit),
    }),
    words("whatIf.suspensions", {
      added: count(whatIf.suspensionsAdded.length),
      lifted: count(whatIf.suspensionsLifted.length),
    }),
  ];
  if (whatIf.allowance !== null)
    lines.push(
      words("whatIf.allowance", {
        from: money(whatIf.allowance.from),
        to: money(whatIf.allowance.to),
      })
    );
  if (simulation.keptMoneyUnit) lines.push(words("whatIf.moneyUnitKept"));
  return lines;
}

function listed(ids: readonly string[]): string {
  if (ids.length === 0) return "";
  const shown = ids.slice(0, LISTED_IDS).join(", ");
  return ids.length > LISTED_IDS ? `(${shown}, …)` : `(${shown})`;
}
