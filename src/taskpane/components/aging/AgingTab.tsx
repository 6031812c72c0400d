/** The aging of the last review: the colour-coded table and the chart of bucket totals. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import { agingRows } from "../../aging/aging-rows";
import type { PreparedReview } from "../../flow/prepared-review";
import { usePaneLanguage } from "../../pane-context";
import { AgingChart } from "./AgingChart";
import { AgingGrid } from "./AgingGrid";

export interface AgingTabProps {
  prepared: PreparedReview | null;
  onSelectCustomer(customerId: string): void;
}

export function AgingTab({ prepared, onSelectCustomer }: AgingTabProps) {
  const { t, formatFor, labelsFor } = usePaneLanguage();
  const minorPerUnit = prepared?.policy.minorPerUnit ?? 100;
  const format = useMemo(() => formatFor(minorPerUnit), [formatFor, minorPerUnit]);
  const notDue = prepared ? labelsFor(prepared.policy).notDue : "";
  const bucketLabels = useMemo(
    () =>
      prepared
        ? prepared.result.aging.buckets.map((label, index) => (index === 0 ? notDue : label))
        : [],
    [prepared, notDue]
  );
  const rows = useMemo(
    () => (prepared ? agingRows(prepared.result.aging, prepared.result.customers) : []),
    [prepared]
  );
  if (!prepared) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t("aging.runFirst")}</MessageBarBody>
      </MessageBar>
    );
  }
  const { aging } = prepared.result;
  return (
    <section aria-label={t("aging.title")}>
      <h2>{t("aging.title")}</h2>
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
    </section>
  );
}
