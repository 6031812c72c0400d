/**
 * A policy setting typed as text: keeps what the reader typed, sends the parsed value to the
 * form once it reads, and shows `unreadableMessage` while it does not (otherwise the editor's
 * messages for its path).
 */
import { Field, Input, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PolicyPath } from "../../policy-editor/set-policy-value";
import { usePolicyForm } from "./policy-form-context";

export interface PolicyTextFieldProps<Value extends number | number[]> {
  label: string;
  path: PolicyPath;
  /** The stored value as text; a new one (a reset, a loaded policy) replaces what was typed. */
  shown: string;
  /** The value to store, or null when the text cannot be read. */
  parse: (text: string) => Value | null;
  unreadableMessage: string;
  hint?: string;
  inputMode?: InputProps["inputMode"];
}

export function PolicyTextField<Value extends number | number[]>({
  label,
  path,
  shown,
  parse,
  unreadableMessage,
  hint,
  inputMode,
}: PolicyTextFieldProps<Value>) {
  const { messagesFor, update } = usePolicyForm();
  const [text, setText] = useState(shown);
  const [unreadable, setUnreadable] = useState(false);

  // A reset or a loaded policy replaces the value from outside: show it.
  useEffect(() => {
    setText(shown);
    setUnreadable(false);
  }, [shown]);

  const messages = unreadable ? [unreadableMessage] : messagesFor(path);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={messages.length > 0 ? "error" : "none"}
      validationMessage={messages.length > 0 ? messages.join(" ") : undefined}
    >
      <Input
        inputMode={inputMode}
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = parse(data.value);
          setUnreadable(parsed === null);
          if (parsed !== null) update(path, parsed);
        }}
      />
    </Field>
  );
}
