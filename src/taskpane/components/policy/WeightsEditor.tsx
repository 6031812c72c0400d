/** The 18 factor weights in their three groups, each group's sum, and the total that must be 100. */
import "../../i18n/late-words";
import { Field, Text } from "@fluentui/react-components";
import type { Policy } from "../../../engine/policy";
import type { FactorGroup } from "../../../engine/types";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { FACTOR_NAME_KEYS } from "../review/field-names";
import { usePolicyForm } from "./policy-form-context";
import { PolicyNumberField } from "./PolicyNumberField";
import { PolicySection } from "./PolicySection";

export const GROUP_NAME_KEYS: Record<FactorGroup, MessageKey> = {
  creditFinancial: "group.creditFinancial",
  customerOwn: "group.customerOwn",
  priority: "group.priority",
};
const GROUPS: FactorGroup[] = ["creditFinancial", "customerOwn", "priority"];

export function WeightsEditor({ policy }: { policy: Policy }) {
  const { t, format } = usePaneLanguage();
  const { messagesFor } = usePolicyForm();
  const factors = policy.score.factors.map((factor, index) => ({ factor, index }));
  const total = factors.reduce((sum, { factor }) => sum + factor.weight, 0);
  const totalMessages = messagesFor("score.factors");
  return (
    <PolicySection legend={t("policy.weights")}>
      {GROUPS.map((group) => {
        const members = factors.filter(({ factor }) => factor.group === group);
        const sum = members.reduce((acc, { factor }) => acc + factor.weight, 0);
        return (
          <PolicySection
            key={group}
            nested
            legend={t("policy.groupSum", {
              group: t(GROUP_NAME_KEYS[group]),
              sum: format.number(sum, 0),
            })}
          >
            {members.map(({ factor, index }) => (
              <PolicyNumberField
                key={factor.key}
                label={t(FACTOR_NAME_KEYS[factor.key])}
                path={`score.factors.${index}.weight`}
                value={factor.weight}
              />
            ))}
          </PolicySection>
        );
      })}
      <Field
        label={t("policy.totalWeight")}
        validationState={totalMessages.length > 0 ? "error" : "success"}
        validationMessage={totalMessages.length > 0 ? totalMessages.join(" ") : t("policy.totalOk")}
      >
        <Text weight="semibold" data-testid="weight-total">
          {format.number(total, 0)}
        </Text>
      </Field>
    </PolicySection>
  );
}
