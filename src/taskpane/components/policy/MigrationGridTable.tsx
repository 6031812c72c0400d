/**
 * The simulated grade migration as a plain table: current grades down, simulated grades across,
 * each cell a number of customers. A real table with row and column headers, so a screen reader
 * names both grades of every cell; narrow enough (six short columns) for a 320 px pane.
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
    <Table aria-label={t("simulate.gridLabel")} size="extra-small" data-testid="migration-grid">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("simulate.corner")}</TableHeaderCell>
          {GRID_GRADES.map((grade) => (
            <TableHeaderCell key={grade} scope="col">
              {gradeName(grade)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell scope="col">{t("simulate.rowTotal")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.from} data-testid={`migration-from-${row.from}`}>
            <TableHeaderCell scope="row">{gradeName(row.from)}</TableHeaderCell>
            {row.counts.map((count, index) => (
              <TableCell key={GRID_GRADES[index]}>
                {count === 0 ? "" : format.integer(count)}
              </TableCell>
            ))}
            <TableCell>{format.integer(row.total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
