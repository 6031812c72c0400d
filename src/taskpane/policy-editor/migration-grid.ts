/**
 * The what-if's grade migration as a square grid for the pane: from each grade (rows) to each
 * grade (columns), A–D then no grade. A simulation keeps the same customers, so "new" and
 * "gone" never occur; every customer is counted in exactly one cell.
 */
import type { MigrationCell, MigrationGrade } from "../../engine/history/grade-migration";

export const GRID_GRADES = ["A", "B", "C", "D", "UNGRADED"] as const;
export type GridGrade = (typeof GRID_GRADES)[number];

export interface MigrationGridRow {
  from: GridGrade;
  /** Customers per target grade, in GRID_GRADES order. */
  counts: number[];
  total: number;
}

function isGridGrade(grade: MigrationGrade): grade is GridGrade {
  return (GRID_GRADES as readonly string[]).includes(grade);
}

export function migrationGrid(cells: readonly MigrationCell[]): MigrationGridRow[] {
  const rows = GRID_GRADES.map((from) => ({
    from,
    counts: GRID_GRADES.map(() => 0),
    total: 0,
  }));
  for (const cell of cells) {
    if (!isGridGrade(cell.from) || !isGridGrade(cell.to)) continue;
    const row = rows[GRID_GRADES.indexOf(cell.from)];
    row.counts[GRID_GRADES.indexOf(cell.to)] += cell.count;
    row.total += cell.count;
  }
  return rows;
}

/** Customers whose grade changes: everything off the diagonal. */
export function gradeChanges(rows: readonly MigrationGridRow[]): number {
  return rows.reduce((sum, row, index) => sum + row.total - (row.counts[index] ?? 0), 0);
}
