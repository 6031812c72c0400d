/** When a limit is reduced or suspended (CREDIT-POLICY §6). */
import type { Policy } from "../../../engine/policy";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { PolicyNumberField } from "./PolicyNumberField";

const ADJUSTMENT_FIELDS: [keyof Policy["adjustments"], MessageKey][] = [
  ["reduceOverdueDays", "policy.reduceOverdueDays"],
  ["suspendOverdueDays", "policy.suspendOverdueDays"],
  ["reduceBadPayments", "policy.reduceBadPayments"],
  ["suspendBadPayments", "policy.suspendBadPayments"],
  ["reduceInactiveMonths", "policy.reduceInactiveMonths"],
  ["suspendInactiveMonths", "policy.suspendInactiveMonths"],
  ["reduceBandSteps", "policy.reduceBandSteps"],
];

export function AdjustmentsEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <fieldset>
      <legend>{t("policy.adjustments")}</legend>
      {ADJUSTMENT_FIELDS.map(([key, label]) => (
        <PolicyNumberField
          key={key}
          label={t(label)}
          path={`adjustments.${key}`}
          value={policy.adjustments[key]}
        />
      ))}
    </fieldset>
  );
}
