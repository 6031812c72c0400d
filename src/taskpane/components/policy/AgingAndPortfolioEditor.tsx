/** Aging bucket edges (a list of days) and the ABC and core-customer shares. */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Policy } from "../../../engine/policy";
import { usePaneLanguage } from "../../pane-context";
import { usePolicyForm } from "./policy-form-context";
import { PolicyNumberField } from "./PolicyNumberField";

export function AgingEdgesEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  const { messagesFor, update } = usePolicyForm();
  const shown = policy.aging.edges.join(", ");
  const [text, setText] = useState(shown);
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    setText(shown);
    setUnreadable(false);
  }, [shown]);
  const messages = unreadable ? [t("policy.error.edgesText")] : messagesFor("aging.edges");
  return (
    <fieldset>
      <legend>{t("policy.aging")}</legend>
      <Field
        label={t("policy.agingEdges")}
        hint={t("policy.agingEdgesHint")}
        validationState={messages.length > 0 ? "error" : "none"}
        validationMessage={messages.length > 0 ? messages.join(" ") : undefined}
      >
        <Input
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            const edges = parseEdges(data.value);
            setUnreadable(edges === null);
            if (edges !== null) update("aging.edges", edges);
          }}
        />
      </Field>
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

export function PortfolioEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <fieldset>
      <legend>{t("policy.portfolio")}</legend>
      <PolicyNumberField
        label={t("policy.abcAShare")}
        path="portfolio.abcAShare"
        value={policy.portfolio.abcAShare}
        scale={100}
      />
      <PolicyNumberField
        label={t("policy.abcBShare")}
        path="portfolio.abcBShare"
        value={policy.portfolio.abcBShare}
        scale={100}
      />
      <PolicyNumberField
        label={t("policy.coreShare")}
        path="portfolio.coreShare"
        value={policy.portfolio.coreShare}
        scale={100}
      />
    </fieldset>
  );
}
