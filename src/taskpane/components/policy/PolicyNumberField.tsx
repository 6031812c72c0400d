/**
 * One number of the policy in a `Field`: shows the editor's message for its path as an error,
 * and its own message while the text is not a number. `scale` shows 3 as 300 (%).
 */
import "../../i18n/late-words";
import { usePaneLanguage } from "../../pane-context";
import type { PolicyPath } from "../../policy-editor/set-policy-value";
import { PolicyTextField } from "./PolicyTextField";

export interface PolicyNumberFieldProps {
  label: string;
  path: PolicyPath;
  value: number;
  /** Shown value = stored value × scale (100 for percentages). */
  scale?: number;
  hint?: string;
}

export function PolicyNumberField({ label, path, value, scale = 1, hint }: PolicyNumberFieldProps) {
  const { t } = usePaneLanguage();
  return (
    <PolicyTextField
      label={label}
      hint={hint}
      path={path}
      shown={formatScaled(value, scale)}
      parse={(text) => {
        const parsed = parseNumber(text);
        return parsed === null ? null : unscale(parsed, scale);
      }}
      unreadableMessage={t("policy.error.notNumber")}
      inputMode="decimal"
    />
  );
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Scaling through strings avoids 0.07 × 100 = 7.000000000000001 on screen. */
function formatScaled(value: number, scale: number): string {
  return String(Number((value * scale).toPrecision(12)));
}

function unscale(value: number, scale: number): number {
  return Number((value / scale).toPrecision(12));
}
