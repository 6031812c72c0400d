/**
 * Where the portfolio is heading (issue 10), from the Aging History with the last review in it:
 * the aging of each review as stacked bars, the portfolio measures per review, the grade
 * migration between the last two reviews and the loss allowance matrix. With one review on
 * file it says that the trends grow with each review.
 */
import "../../i18n/late-words";
import type { PreparedReview } from "../../flow/prepared-review";
import { useReviewView } from "../../hooks/use-review-view";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";
import { TitledSection } from "../common/TitledSection";
import { GradeMigrationTable } from "./GradeMigrationTable";
import { LossAllowanceMatrix } from "./LossAllowanceMatrix";
import { TrendMeasures } from "./TrendMeasures";
import { TrendsChart } from "./TrendsChart";

export interface TrendsTabProps {
  prepared: PreparedReview | null;
}

export function TrendsTab({ prepared }: TrendsTabProps) {
  const { t } = usePaneLanguage();
  const { format, bucketLabels } = useReviewView(prepared);
  if (!prepared) return <Notice>{t("trends.runFirst")}</Notice>;
  const { history, policy } = prepared;
  const { reviews, trends } = history;
  const previous = reviews.length >= 2 ? reviews[reviews.length - 2] : null;
  return (
    <TitledSection title={t("trends.title")}>
      <p role="status">
        {reviews.length <= 1
          ? t("trends.oneReview")
          : t("trends.reviews", {
              count: reviews.length,
              first: format.date(reviews[0]),
              last: format.date(reviews[reviews.length - 1]),
            })}
      </p>
      <TrendsChart
        points={trends}
        bucketLabels={bucketLabels}
        format={format}
        title={t("trends.chartTitle")}
      />
      <TrendMeasures points={trends} format={format} />

      <h3>
        {previous === null
          ? t("trends.migrationLabel")
          : t("trends.migrationTitle", {
              from: format.date(previous),
              to: format.date(prepared.asOf),
            })}
      </h3>
      {previous === null ? (
        <p>{t("trends.noMigration")}</p>
      ) : (
        <GradeMigrationTable cells={history.migration} format={format} />
      )}

      <h3>{t("trends.lossTitle")}</h3>
      <LossAllowanceMatrix
        analysis={history}
        bucketLabels={bucketLabels}
        minReviews={policy.lossAllowance.minReviews}
        format={format}
      />
    </TitledSection>
  );
}
