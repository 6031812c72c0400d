/**
 * A problem as the facts a reader test asserts: its code, where it is and what it says beyond
 * that. The sentences made from them are the language layer's to test (test/i18n).
 */
import type { Problem } from "../../src/engine/types";

export interface ProblemFacts {
  code: string;
  sheet: string;
  row: number | null;
  cell: string | null;
  header: string | null;
  value: string | null;
  params: Problem["params"];
}

export function problemFacts(problem: Problem): ProblemFacts {
  const { sheet, row, cell, header } = problem.place;
  return {
    code: problem.code,
    sheet,
    row,
    cell,
    header,
    value: problem.value,
    params: problem.params,
  };
}
