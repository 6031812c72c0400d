/**
 * The grade migration between the last two reviews as a list of moves (from, to, customers,
 * open amount), best grade first: four short columns fit a narrow pane, where a full grid of
 * seven grades would not. "New" and "gone" customers are moves like any other.
 */
import "../../i18n/late-words";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
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
    <Table aria-label={t("trends.migrationLabel")} size="extra-small" data-testid="trend-migration">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("trends.from")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.to")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.customers")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.amount")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ordered.map((cell) => (
          <TableRow
            key={`${cell.from}-${cell.to}`}
            data-testid={`migration-${cell.from}-${cell.to}`}
          >
            <TableCell>{gradeName(cell.from)}</TableCell>
            <TableCell>{gradeName(cell.to)}</TableCell>
            <TableCell>{format.integer(cell.count)}</TableCell>
            <TableCell>{format.money(cell.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
