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

/** The limit's plain numbers, in the order the form shows them (the bands have their own editor). */
const LIMIT_NUMBER_FIELDS: [Exclude<keyof Policy["limit"], "bands">, MessageKey][] = [
  ["newCustomerBase", "policy.newCustomerBase"],
  ["newCustomerMinOrders", "policy.newCustomerMinOrders"],
  ["baseWindowMonths", "policy.baseWindowMonths"],
  ["roundingUnit", "policy.roundingUnit"],
];

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
      {LIMIT_NUMBER_FIELDS.map(([key, label]) => (
        <PolicyNumberField
          key={key}
          label={t(label)}
          path={`limit.${key}`}
          value={policy.limit[key]}
        />
      ))}
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
