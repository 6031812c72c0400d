/**
 * Problems grouped by severity (errors, warnings, then what is only for information), and within
 * each by their code, largest group first, rows kept in sheet order.
 */
import type { Problem } from "../../engine/types";
import { problemsBySeverity, SEVERITIES, type Severity } from "../../workbook/problem-severity";

export interface ProblemGroup {
  code: string;
  problems: Problem[];
}

export function groupProblems(problems: Problem[]): ProblemGroup[] {
  const byCode = new Map<string, Problem[]>();
  for (const problem of problems) {
    const group = byCode.get(problem.code);
    if (group) group.push(problem);
    else byCode.set(problem.code, [problem]);
  }
  return [...byCode.entries()]
    .map(([code, list]) => ({ code, problems: [...list].sort(bySheetAndRow) }))
    .sort((a, b) => b.problems.length - a.problems.length || a.code.localeCompare(b.code));
}

function bySheetAndRow(a: Problem, b: Problem): number {
  return a.place.sheet.localeCompare(b.place.sheet) || (a.place.row ?? 0) - (b.place.row ?? 0);
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  groups: ProblemGroup[];
}

/** Each severity that has problems, most serious first, with its problems grouped by code. */
export function groupBySeverity(problems: Problem[]): SeverityGroup[] {
  const bySeverity = problemsBySeverity(problems);
  return SEVERITIES.filter((severity) => bySeverity[severity].length > 0).map((severity) => ({
    severity,
    count: bySeverity[severity].length,
    groups: groupProblems(bySeverity[severity]),
  }));
}
