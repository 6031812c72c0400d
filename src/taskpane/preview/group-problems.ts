/** Problems grouped by their code, largest group first, rows kept in sheet order. */
import type { Problem } from "../../engine/types";

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
  return a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0);
}
