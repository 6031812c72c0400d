/**
 * The collection worklist of the last review, with filters for what is due today, disputes and
 * broken promises, and the button that writes the Letters sheet alone. Without collection data
 * it says how to add a Collection Log.
 */
import "../../i18n/late-words";
import { useMemo, useState } from "react";
import {
  filterCounts,
  filterWorklist,
  type WorklistFilter,
} from "../../collections/worklist-filters";
import { worklistRows } from "../../collections/worklist-rows";
import type { PreparedReview } from "../../flow/prepared-review";
import { useReviewView } from "../../hooks/use-review-view";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";
import { TitledSection } from "../common/TitledSection";
import { WorklistFilters } from "./WorklistFilters";
import { WorklistGrid } from "./WorklistGrid";
import { WriteLettersButton } from "./WriteLettersButton";

export interface CollectionsTabProps {
  prepared: PreparedReview | null;
  onSelectCustomer(customerId: string): void;
}

export function CollectionsTab({ prepared, onSelectCustomer }: CollectionsTabProps) {
  const { t } = usePaneLanguage();
  if (!prepared) return <Notice>{t("collections.runFirst")}</Notice>;
  if (prepared.result.collections === undefined) {
    return (
      <TitledSection title={t("collections.title")}>
        <p>{t("collections.noData")}</p>
      </TitledSection>
    );
  }
  return <Worklist prepared={prepared} onSelectCustomer={onSelectCustomer} />;
}

function Worklist({
  prepared,
  onSelectCustomer,
}: {
  prepared: PreparedReview;
  onSelectCustomer(customerId: string): void;
}) {
  const { t } = usePaneLanguage();
  const { result, asOf } = prepared;
  const view = useReviewView(prepared);
  const { format } = view;
  const [filter, setFilter] = useState<WorklistFilter>("all");
  const rows = useMemo(() => worklistRows(result.customers), [result.customers]);
  const counts = useMemo(() => filterCounts(rows, asOf), [rows, asOf]);
  const shown = useMemo(() => filterWorklist(rows, filter, asOf), [rows, filter, asOf]);
  const totals = result.collections;
  const lettersSheet = prepared.plan.sheets.find((sheet) => sheet.key === "letters");
  return (
    <TitledSection title={t("collections.title")}>
      {totals && (
        <p>
          {t("collections.summary", {
            date: format.date(asOf),
            customers: totals.customers,
            overdue: format.money(totals.overdueAmount),
            disputed: format.money(totals.disputedAmount),
            promised: format.money(totals.promisedAmount),
          })}
        </p>
      )}
      {lettersSheet && <WriteLettersButton prepared={prepared} sheetName={lettersSheet.name} />}
      <WorklistFilters chosen={filter} counts={counts} onChoose={setFilter} />
      {shown.length === 0 ? (
        <p role="status">{t("collections.empty")}</p>
      ) : (
        <WorklistGrid rows={shown} asOf={asOf} view={view} onSelectCustomer={onSelectCustomer} />
      )}
    </TitledSection>
  );
}
