/** Customers whose credit the review suspends, with the reasons in words. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { usePaneLanguage } from "../../pane-context";
import type { PreviewRow } from "../../preview/compare-with-log";

export function SuspendedList({ rows }: { rows: PreviewRow[] }) {
  const { t, labels } = usePaneLanguage();
  if (rows.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("preview.suspended", { count: rows.length })}</MessageBarTitle>
        <ul aria-label={t("preview.suspendedList")}>
          {rows.map((row) => (
            <li key={row.id}>
              {t("customer.idName", { id: row.id, name: row.name })}
              {row.reasons.length > 0
                ? t("preview.because", {
                    reasons: row.reasons.map((code) => labels.reasons[code]).join("; "),
                  })
                : ""}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
