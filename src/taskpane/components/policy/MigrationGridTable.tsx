/**
 * The simulated grade migration as a plain table: current grades down, simulated grades across,
 * each cell a number of customers. A real table with row and column headers, so a screen reader
 * names both grades of every cell; narrow enough (six short columns) for a 320 px pane.
 */
import "../../i18n/late-words";
import { HeadedTable } from "../common/HeadedTable";
import {
  GRID_GRADES,
  type GridGrade,
  type MigrationGridRow,
} from "../../policy-editor/migration-grid";
import type { Formatters } from "../../format/formatters";
import { usePaneLanguage } from "../../pane-context";

export interface MigrationGridTableProps {
  rows: MigrationGridRow[];
  format: Formatters;
}

export function MigrationGridTable({ rows, format }: MigrationGridTableProps) {
  const { t } = usePaneLanguage();
  const gradeName = (grade: GridGrade) => (grade === "UNGRADED" ? t("grade.none") : grade);
  return (
    <HeadedTable
      label={t("simulate.gridLabel")}
      testId="migration-grid"
      corner={t("simulate.corner")}
      headers={[...GRID_GRADES.map(gradeName), t("simulate.rowTotal")]}
      rows={rows.map((row) => ({
        key: row.from,
        testId: `migration-from-${row.from}`,
        header: gradeName(row.from),
        cells: [
          ...row.counts.map((count) => (count === 0 ? "" : format.integer(count))),
          format.integer(row.total),
        ],
      }))}
    />
  );
}
