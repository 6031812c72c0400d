/** Aging bucket edges (a list of days) and the ABC and core-customer shares. */
import type { Policy } from "../../../engine/policy";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { PolicyNumberField } from "./PolicyNumberField";
import { PolicyTextField } from "./PolicyTextField";

export function AgingEdgesEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <fieldset>
      <legend>{t("policy.aging")}</legend>
      <PolicyTextField
        label={t("policy.agingEdges")}
        hint={t("policy.agingEdgesHint")}
        path="aging.edges"
        shown={policy.aging.edges.join(", ")}
        parse={parseEdges}
        unreadableMessage={t("policy.error.edgesText")}
      />
    </fieldset>
  );
}

/** "0, 30, 60" → [0, 30, 60]; any part that is not a number makes the whole list unreadable. */
export function parseEdges(text: string): number[] | null {
  const parts = text.split(/[,，;；\s]+/).filter((part) => part !== "");
  if (parts.length === 0) return null;
  const edges = parts.map(Number);
  return edges.every(Number.isFinite) ? edges : null;
}

/** The portfolio's shares, edited as percentages. */
const SHARE_FIELDS: [keyof Policy["portfolio"], MessageKey][] = [
  ["abcAShare", "policy.abcAShare"],
  ["abcBShare", "policy.abcBShare"],
  ["coreShare", "policy.coreShare"],
];

export function PortfolioEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <fieldset>
      <legend>{t("policy.portfolio")}</legend>
      {SHARE_FIELDS.map(([key, label]) => (
        <PolicyNumberField
          key={key}
          label={t(label)}
          path={`portfolio.${key}`}
          value={policy.portfolio[key]}
          scale={100}
        />
      ))}
    </fieldset>
  );
}
