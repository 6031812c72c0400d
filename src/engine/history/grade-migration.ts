/**
 * Grade migration between two reviews: how many customers, owing how much, went from each grade
 * to each grade. A customer only in the later review comes from "NEW", one only in the earlier
 * goes to "GONE"; a customer without a grade (insufficient data) is "UNGRADED". The amount is
 * the open amount at the later review ("GONE": at the earlier one, the last known).
 */
import { addMinor, ZERO_MINOR } from "../money";
import type { Grade, Minor } from "../types";

export type MigrationGrade = Grade | "UNGRADED" | "NEW" | "GONE";

export interface GradedEntry {
  id: string;
  grade: Grade | null;
  amount: Minor;
}

export interface MigrationCell {
  from: MigrationGrade;
  to: MigrationGrade;
  count: number;
  amount: Minor;
}

/** Rows and columns of the grid in the order people read them: best grade first. */
export const MIGRATION_ORDER: readonly MigrationGrade[] = [
  "NEW",
  "A",
  "B",
  "C",
  "D",
  "UNGRADED",
  "GONE",
];

const gradeOf = (entry: GradedEntry): MigrationGrade => entry.grade ?? "UNGRADED";

/** The non-empty cells of the grid, ordered by `from` then `to` (MIGRATION_ORDER). */
export function gradeMigration(
  earlier: readonly GradedEntry[],
  later: readonly GradedEntry[]
): MigrationCell[] {
  const cells = new Map<string, MigrationCell>();
  const add = (from: MigrationGrade, to: MigrationGrade, amount: Minor): void => {
    const key = `${from}>${to}`;
    const cell = cells.get(key) ?? { from, to, count: 0, amount: ZERO_MINOR };
    cell.count += 1;
    cell.amount = addMinor(cell.amount, amount);
    cells.set(key, cell);
  };
  const before = new Map<string, GradedEntry>();
  for (const entry of earlier) if (!before.has(entry.id)) before.set(entry.id, entry);
  const seen = new Set<string>();
  for (const entry of later) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const previous = before.get(entry.id);
    add(previous === undefined ? "NEW" : gradeOf(previous), gradeOf(entry), entry.amount);
  }
  for (const [id, entry] of before) if (!seen.has(id)) add(gradeOf(entry), "GONE", entry.amount);
  const rank = (grade: MigrationGrade) => MIGRATION_ORDER.indexOf(grade);
  return [...cells.values()].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
}
