/**
 * One number of the policy in a `Field`: shows the editor's message for its path as an error,
 * and its own message while the text is not a number. `scale` shows 3 as 300 (%).
 */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePaneLanguage } from "../../pane-context";
import type { PolicyPath } from "../../policy-editor/set-policy-value";
import { usePolicyForm } from "./policy-form-context";

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
  const { messagesFor, update } = usePolicyForm();
  const shown = formatScaled(value, scale);
  const [text, setText] = useState(shown);
  const [unreadable, setUnreadable] = useState(false);

  // A reset or a loaded policy replaces the value from outside: show it.
  useEffect(() => {
    setText(shown);
    setUnreadable(false);
  }, [shown]);

  const messages = unreadable ? [t("policy.error.notNumber")] : messagesFor(path);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={messages.length > 0 ? "error" : "none"}
      validationMessage={messages.length > 0 ? messages.join(" ") : undefined}
    >
      <Input
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = parseNumber(data.value);
          setUnreadable(parsed === null);
          if (parsed !== null) update(path, unscale(parsed, scale));
        }}
      />
    </Field>
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
