/** What the review will write, shown before anything is written: Apply or Cancel. */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import type { PolicySource } from "../../../workbook/workbook-review";
import type { PreparedReview } from "../../flow/prepared-review";
import { usePaneLanguage } from "../../pane-context";
import { ChangesGrid } from "./ChangesGrid";
import { GradeCounts } from "./GradeCounts";
import { SuspendedList } from "./SuspendedList";
import { UnreadColumns } from "./UnreadColumns";

/** The pane's words for where the policy came from (it is never handed one directly). */
const PANE_POLICY_SOURCE: Record<PolicySource, "settings" | "recorded" | "workbook" | "default"> = {
  given: "settings",
  settings: "settings",
  recorded: "recorded",
  sheet: "workbook",
  default: "default",
};

export interface PreviewPanelProps {
  prepared: PreparedReview;
  onApply?: () => void;
  onCancel?: () => void;
  onSelectCustomer?: (customerId: string) => void;
}

export function PreviewPanel({ prepared, onApply, onCancel, onSelectCustomer }: PreviewPanelProps) {
  const { t, formatFor } = usePaneLanguage();
  const format = useMemo(
    () => formatFor(prepared.policy.minorPerUnit),
    [formatFor, prepared.policy.minorPerUnit]
  );
  const { summary, changes } = prepared;
  return (
    <section aria-label={t("preview.title")}>
      <h2>{t("preview.title")}</h2>
      <p>
        {t("preview.asOfPolicy", {
          date: format.date(prepared.asOf),
          version: prepared.policy.version,
        })}
      </p>
      <p>{t(`policySource.${PANE_POLICY_SOURCE[prepared.policySource]}`)}</p>
      <GradeCounts summary={summary} />
      <SuspendedList rows={summary.suspended} />
      <UnreadColumns problems={prepared.problems} />
      {changes.length > 0 ? (
        <ChangesGrid rows={changes} format={format} onSelectCustomer={onSelectCustomer} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t("preview.noChanges")}</MessageBarBody>
        </MessageBar>
      )}
      {(onApply || onCancel) && (
        <div className="button-row">
          {onApply && (
            <Button appearance="primary" onClick={onApply}>
              {t("action.apply")}
            </Button>
          )}
          {onCancel && <Button onClick={onCancel}>{t("action.cancel")}</Button>}
        </div>
      )}
    </section>
  );
}
