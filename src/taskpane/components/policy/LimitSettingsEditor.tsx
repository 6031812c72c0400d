/** The limit's base and rounding, and how the working-capital model is used. */
import "../../i18n/late-words";
import type { Policy } from "../../../engine/policy";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { usePolicyForm } from "./policy-form-context";
import { ChoiceField } from "../common/ChoiceField";
import { LIMIT_NUMBER_FIELDS } from "./number-fields";
import { NumberSection } from "./NumberSection";

type WorkingCapitalMode = Policy["workingCapital"]["mode"];
const MODES: WorkingCapitalMode[] = ["lower", "report", "off"];
const MODE_KEYS: Record<WorkingCapitalMode, MessageKey> = {
  lower: "policy.wcMode.lower",
  report: "policy.wcMode.report",
  off: "policy.wcMode.off",
};

export function LimitSettingsEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  const { update } = usePolicyForm();
  return (
    <NumberSection
      legend="policy.limitSettings"
      section="limit"
      values={policy.limit}
      fields={LIMIT_NUMBER_FIELDS}
    >
      <ChoiceField
        label={t("policy.wcMode")}
        choices={MODES}
        chosen={policy.workingCapital.mode}
        nameOf={(mode) => t(MODE_KEYS[mode])}
        onChoose={(mode) => update("workingCapital.mode", mode)}
      />
    </NumberSection>
  );
}
