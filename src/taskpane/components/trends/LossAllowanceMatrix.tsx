/**
 * The loss allowance matrix of the current review (IFRS 9 simplified approach), the same numbers
 * the Loss Allowance sheet writes: per bucket the gross amount, the roll rate, the loss rate and
 * the allowance, a total row, and the method in words (roll rates or the policy's floors).
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
import type { HistoryAnalysis } from "../../../engine/history/history-analysis";
import type { Formatters } from "../../format/formatters";
import { usePaneLanguage } from "../../pane-context";

export interface LossAllowanceMatrixProps {
  analysis: Pick<HistoryAnalysis, "loss" | "allowance">;
  bucketLabels: readonly string[];
  /** The policy's minimum number of reviews for roll rates. */
  minReviews: number;
  format: Formatters;
}

const NONE = "–";

export function LossAllowanceMatrix({
  analysis,
  bucketLabels,
  minReviews,
  format,
}: LossAllowanceMatrixProps) {
  const { t } = usePaneLanguage();
  const { loss, allowance } = analysis;
  const used = loss.rollRates.reviews;
  const method =
    loss.method === "rollRates"
      ? t("trends.methodRollRates", {
          count: used.length,
          first: format.date(used[0]),
          last: format.date(used[used.length - 1]),
        })
      : t("trends.methodFloors", { needed: minReviews, count: loss.reviewsOnFile.length });
  const rate = (value: number | null | undefined) =>
    value === null || value === undefined ? NONE : format.percent(value, 2);
  return (
    <>
      {/* Two three-column tables, one row per bucket in each: five columns overflow a 270 px pane. */}
      <Table aria-label={t("trends.lossLabel")} size="extra-small" data-testid="loss-matrix">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("trends.bucket")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("trends.gross")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("trends.allowance")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {allowance.byBucket.map((bucket, index) => (
            <TableRow key={bucketLabels[index] ?? index} data-testid={`loss-bucket-${index}`}>
              <TableHeaderCell scope="row">{bucketLabels[index] ?? index + 1}</TableHeaderCell>
              <TableCell>{format.money(bucket.gross)}</TableCell>
              <TableCell>{format.money(bucket.allowance)}</TableCell>
            </TableRow>
          ))}
          <TableRow data-testid="loss-total">
            <TableHeaderCell scope="row">{t("trends.total")}</TableHeaderCell>
            <TableCell>{format.money(allowance.gross)}</TableCell>
            <TableCell>{format.money(allowance.total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Table aria-label={t("trends.lossRatesLabel")} size="extra-small" data-testid="loss-rates">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("trends.bucket")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("trends.rollRate")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("trends.lossRate")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {loss.rates.map((lossRate, index) => (
            <TableRow key={bucketLabels[index] ?? index} data-testid={`loss-rate-${index}`}>
              <TableHeaderCell scope="row">{bucketLabels[index] ?? index + 1}</TableHeaderCell>
              <TableCell>
                {loss.method === "rollRates" ? rate(loss.rollRates.rates[index]) : NONE}
              </TableCell>
              <TableCell>{rate(lossRate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p data-testid="loss-method">{method}</p>
    </>
  );
}
