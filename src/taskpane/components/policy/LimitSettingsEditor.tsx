/** The limit's base and rounding, and how the working-capital model is used. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Policy } from "../../../engine/policy";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { usePolicyForm } from "./policy-form-context";
import { PolicyNumberField } from "./PolicyNumberField";

type WorkingCapitalMode = Policy["workingCapital"]["mode"];
const MODES: WorkingCapitalMode[] = ["lower", "report", "off"];
const MODE_KEYS: Record<WorkingCapitalMode, MessageKey> = {
  lower: "policy.wcMode.lower",
  report: "policy.wcMode.report",
  off: "policy.wcMode.off",
};

function isMode(value: string | undefined): value is WorkingCapitalMode {
  return MODES.some((mode) => mode === value);
}

export function LimitSettingsEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  const { update } = usePolicyForm();
  const mode = policy.workingCapital.mode;
  return (
    <fieldset>
      <legend>{t("policy.limitSettings")}</legend>
      <PolicyNumberField
        label={t("policy.newCustomerBase")}
        path="limit.newCustomerBase"
        value={policy.limit.newCustomerBase}
      />
      <PolicyNumberField
        label={t("policy.newCustomerMinOrders")}
        path="limit.newCustomerMinOrders"
        value={policy.limit.newCustomerMinOrders}
      />
      <PolicyNumberField
        label={t("policy.baseWindowMonths")}
        path="limit.baseWindowMonths"
        value={policy.limit.baseWindowMonths}
      />
      <PolicyNumberField
        label={t("policy.roundingUnit")}
        path="limit.roundingUnit"
        value={policy.limit.roundingUnit}
      />
      <Field label={t("policy.wcMode")}>
        <Dropdown
          value={t(MODE_KEYS[mode])}
          selectedOptions={[mode]}
          onOptionSelect={(_, data) => {
            if (isMode(data.optionValue)) update("workingCapital.mode", data.optionValue);
          }}
        >
          {MODES.map((option) => (
            <Option key={option} value={option}>
              {t(MODE_KEYS[option])}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </fieldset>
  );
}
