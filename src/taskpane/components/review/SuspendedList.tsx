/** Customers whose credit the review suspends, with the reasons in words. */
import { usePaneLanguage } from "../../pane-context";
import type { SuspendedCustomer } from "../../../workbook/review-summary";
import { useShownRows } from "../../hooks/use-shown-rows";
import { ShowMore } from "../common/ShowMore";
import { Notice } from "../common/Notice";

/** Suspensions are read one by one: a short first page keeps the preview scannable. */
const SUSPENDED_PER_PAGE = 10;

export function SuspendedList({ rows }: { rows: SuspendedCustomer[] }) {
  const { t, labels } = usePaneLanguage();
  const { shown, hidden, showMore } = useShownRows(rows, SUSPENDED_PER_PAGE);
  if (rows.length === 0) return null;
  return (
    <Notice intent="warning" multiline title={t("preview.suspended", { count: rows.length })}>
      <ul aria-label={t("preview.suspendedList")}>
        {shown.map((row) => (
          <li key={row.customerId}>
            {t("customer.idName", { id: row.customerId, name: row.customerName })}
            {row.reasons.length > 0
              ? t("preview.because", {
                  reasons: row.reasons.map((code) => labels.reasons[code]).join("; "),
                })
              : ""}
          </li>
        ))}
      </ul>
      <ShowMore hidden={hidden} onShowMore={showMore} />
    </Notice>
  );
}
