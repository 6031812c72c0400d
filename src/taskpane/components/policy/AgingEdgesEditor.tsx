/** Aging bucket edges: a list of days, typed as text. */
import "../../i18n/late-words";
import type { Policy } from "../../../engine/policy";
import { usePaneLanguage } from "../../pane-context";
import { PolicyTextField } from "./PolicyTextField";
import { PolicySection } from "./PolicySection";

export function AgingEdgesEditor({ policy }: { policy: Policy }) {
  const { t } = usePaneLanguage();
  return (
    <PolicySection legend={t("policy.aging")}>
      <PolicyTextField
        label={t("policy.agingEdges")}
        hint={t("policy.agingEdgesHint")}
        path="aging.edges"
        shown={policy.aging.edges.join(", ")}
        parse={parseEdges}
        unreadableMessage={t("policy.error.edgesText")}
      />
    </PolicySection>
  );
}

/** "0, 30, 60" → [0, 30, 60]; any part that is not a number makes the whole list unreadable. */
export function parseEdges(text: string): number[] | null {
  const parts = text.split(/[,，;；\s]+/).filter((part) => part !== "");
  if (parts.length === 0) return null;
  const edges = parts.map(Number);
  return edges.every(Number.isFinite) ? edges : null;
}
