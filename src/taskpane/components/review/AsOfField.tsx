/** The as-of date of the review: a date input, today by default. */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isoFromSerial, serialFromIso } from "../../../engine/dates";
import type { SerialDate } from "../../../engine/types";
import { usePaneLanguage } from "../../pane-context";

export interface AsOfFieldProps {
  value: SerialDate | null;
  onChange(value: SerialDate | null): void;
}

export function AsOfField({ value, onChange }: AsOfFieldProps) {
  const { t } = usePaneLanguage();
  const [text, setText] = useState(value === null ? "" : isoFromSerial(value));
  // A date restored from the document's settings replaces what is shown.
  useEffect(() => {
    if (value !== null) setText(isoFromSerial(value));
  }, [value]);
  return (
    <Field
      label={t("review.asOf")}
      validationState={value === null ? "error" : "none"}
      validationMessage={value === null ? t("review.asOfInvalid") : undefined}
    >
      <Input
        type="date"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          onChange(parseIsoOrNull(data.value));
        }}
      />
    </Field>
  );
}

function parseIsoOrNull(text: string): SerialDate | null {
  try {
    return serialFromIso(text);
  } catch {
    // An empty or partial date is an invalid state shown on the field, not an error to raise.
    return null;
  }
}
