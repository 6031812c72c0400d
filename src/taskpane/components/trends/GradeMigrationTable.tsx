/**
 * The grade migration between the last two reviews as a list of moves (from, to, customers,
 * open amount), best grade first: four short columns fit a narrow pane, where a full grid of
 * seven grades would not. "New" and "gone" customers are moves like any other.
 */
import "../../i18n/late-words";
import { HeadedTable } from "../common/HeadedTable";
import {
  MIGRATION_ORDER,
  type MigrationCell,
  type MigrationGrade,
} from "../../../engine/history/grade-migration";
import type { Formatters } from "../../format/formatters";
import { usePaneLanguage } from "../../pane-context";

export interface GradeMigrationTableProps {
  cells: readonly MigrationCell[];
  format: Formatters;
}

const rank = (grade: MigrationGrade) => MIGRATION_ORDER.indexOf(grade);

export function GradeMigrationTable({ cells, format }: GradeMigrationTableProps) {
  const { t } = usePaneLanguage();
  const gradeName = (grade: MigrationGrade) => {
    switch (grade) {
      case "NEW":
        return t("trends.gradeNew");
      case "GONE":
        return t("trends.gradeGone");
      case "UNGRADED":
        return t("grade.none");
      default:
        return grade;
    }
  };
  const ordered = [...cells].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
  return (
    <HeadedTable
      label={t("trends.migrationLabel")}
      testId="trend-migration"
      headers={[t("trends.from"), t("trends.to"), t("trends.customers"), t("trends.amount")]}
      rows={ordered.map((cell) => ({
        key: `${cell.from}-${cell.to}`,
        testId: `migration-${cell.from}-${cell.to}`,
        cells: [
          gradeName(cell.from),
          gradeName(cell.to),
          format.integer(cell.count),
          format.money(cell.amount),
        ],
      }))}
    />
  );
}
