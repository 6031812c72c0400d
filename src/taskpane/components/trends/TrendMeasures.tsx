/**
 * One row per review: open amount, DSO, countback DSO, overdue share, top-10 share and the
 * Herfindahl index. A plain table of short cells, so it stays readable in a 270 px pane.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { TrendPoint } from "../../../engine/history/trends";
import type { Formatters } from "../../format/formatters";
import { usePaneLanguage } from "../../pane-context";

export interface TrendMeasuresProps {
  points: readonly TrendPoint[];
  format: Formatters;
}

const NONE = "–";

export function TrendMeasures({ points, format }: TrendMeasuresProps) {
  const { t } = usePaneLanguage();
  const days = (value: number | null) => (value === null ? NONE : format.number(value, 1));
  const share = (value: number | null) => (value === null ? NONE : format.percent(value, 1));
  const index = (value: number | null) => (value === null ? NONE : format.number(value, 3));
  return (
    <Table aria-label={t("trends.measuresLabel")} size="extra-small" data-testid="trend-measures">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("trends.asOf")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.open")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.dso")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.dsoCountback")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.overdueShare")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.top10Share")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("trends.herfindahl")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((point) => (
          <TableRow key={point.asOf} data-testid={`trend-row-${point.asOf}`}>
            <TableHeaderCell scope="row">{format.date(point.asOf)}</TableHeaderCell>
            <TableCell>{format.money(point.open)}</TableCell>
            <TableCell>{days(point.dso)}</TableCell>
            <TableCell>{days(point.dsoCountback)}</TableCell>
            <TableCell>{share(point.overdueShare)}</TableCell>
            <TableCell>{share(point.top10Share)}</TableCell>
            <TableCell>{index(point.herfindahl)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
