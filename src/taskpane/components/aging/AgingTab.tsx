/** The aging of the last review: the colour-coded table and the chart of bucket totals. */
import { useMemo } from "react";
import { agingRows } from "../../aging/aging-rows";
import type { PreparedReview } from "../../flow/prepared-review";
import { useReviewView } from "../../hooks/use-review-view";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";
import { TitledSection } from "../common/TitledSection";
import { AgingChart } from "./AgingChart";
import { AgingGrid } from "./AgingGrid";

export interface AgingTabProps {
  prepared: PreparedReview | null;
  onSelectCustomer(customerId: string): void;
}

export function AgingTab({ prepared, onSelectCustomer }: AgingTabProps) {
  const { t } = usePaneLanguage();
  const { format, bucketLabels } = useReviewView(prepared);
  const rows = useMemo(
    () => (prepared ? agingRows(prepared.result.aging, prepared.result.customers) : []),
    [prepared]
  );
  if (!prepared) return <Notice>{t("aging.runFirst")}</Notice>;
  const { aging } = prepared.result;
  return (
    <TitledSection title={t("aging.title")}>
      <p>
        {t("aging.summary", {
          date: format.date(prepared.asOf),
          net: format.money(aging.net),
          age: aging.averageAgeDays === null ? "–" : format.number(aging.averageAgeDays, 1),
        })}
      </p>
      <AgingChart
        labels={bucketLabels}
        totals={aging.totals}
        format={format}
        title={t("aging.chartTitle")}
      />
      <AgingGrid
        rows={rows}
        bucketLabels={bucketLabels}
        format={format}
        onSelectCustomer={onSelectCustomer}
      />
    </TitledSection>
  );
}
