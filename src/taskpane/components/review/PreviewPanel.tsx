/** What the review will write, shown before anything is written: Apply or Cancel. */
import { Button } from "@fluentui/react-components";
import type { PolicySource } from "../../../workbook/workbook-review";
import type { PreparedReview } from "../../flow/prepared-review";
import { useReviewView } from "../../hooks/use-review-view";
import { usePaneLanguage } from "../../pane-context";
import { Notice } from "../common/Notice";
import { TitledSection } from "../common/TitledSection";
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
  const { t } = usePaneLanguage();
  const { format } = useReviewView(prepared);
  const { summary, changes } = prepared;
  return (
    <TitledSection title={t("preview.title")}>
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
        <Notice>{t("preview.noChanges")}</Notice>
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
    </TitledSection>
  );
}
