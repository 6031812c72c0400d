/**
 * The loss allowance matrix of the current review (IFRS 9 simplified approach), the same numbers
 * the Loss Allowance sheet writes: per bucket the gross amount, the roll rate, the loss rate and
 * the allowance, a total row, and the method in words (roll rates or the policy's floors).
 */
import "../../i18n/late-words";
import { HeadedTable } from "../common/HeadedTable";
import type { HistoryAnalysis } from "../../../engine/history/history-analysis";
import type { Formatters } from "../../format/formatters";
import { usePaneLanguage } from "../../pane-context";
import { rollRateText } from "./roll-rate-text";

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
  const percent = (value: number) => format.percent(value, 2);
  const rate = (value: number | null | undefined) =>
    value === null || value === undefined ? NONE : percent(value);
  return (
    <>
      {/* Two three-column tables, one row per bucket in each: five columns overflow a 270 px pane. */}
      <HeadedTable
        label={t("trends.lossLabel")}
        testId="loss-matrix"
        headers={[t("trends.bucket"), t("trends.gross"), t("trends.allowance")]}
        rows={[
          ...allowance.byBucket.map((bucket, index) => ({
            key: bucketLabels[index] ?? index,
            testId: `loss-bucket-${index}`,
            header: bucketLabels[index] ?? index + 1,
            cells: [format.money(bucket.gross), format.money(bucket.allowance)],
          })),
          {
            key: "total",
            testId: "loss-total",
            header: t("trends.total"),
            cells: [format.money(allowance.gross), format.money(allowance.total)],
          },
        ]}
      />
      <HeadedTable
        label={t("trends.lossRatesLabel")}
        testId="loss-rates"
        headers={[t("trends.bucket"), t("trends.rollRate"), t("trends.lossRate")]}
        rows={loss.rates.map((lossRate, index) => ({
          key: bucketLabels[index] ?? index,
          testId: `loss-rate-${index}`,
          header: bucketLabels[index] ?? index + 1,
          cells: [
            loss.method === "rollRates"
              ? rollRateText(
                  loss.rollRates.rates[index],
                  loss.rollRates.base[index] ?? 0,
                  percent,
                  t
                )
              : NONE,
            rate(lossRate),
          ],
        }))}
      />
      <p data-testid="loss-method">{method}</p>
    </>
  );
}
