/**
 * A fieldset of plain numbers of one policy section, one `PolicyNumberField` per listed key in
 * the order listed, labelled in the pane's language. Further fields of the section are children.
 */
import "../../i18n/late-words";
import type { ReactNode } from "react";
import type { Policy } from "../../../engine/policy";
import type { MessageKey } from "../../i18n/messages";
import { usePaneLanguage } from "../../pane-context";
import { PolicyNumberField } from "./PolicyNumberField";
import { PolicySection } from "./PolicySection";

export interface NumberSectionProps<Key extends string> {
  legend: MessageKey;
  /** The section the keys belong to: the first segment of each field's path ("adjustments.…"). */
  section: keyof Policy;
  values: { readonly [key in Key]: number };
  fields: readonly (readonly [Key, MessageKey])[];
  /** Shown value = stored value × scale (100 for percentages). */
  scale?: number;
  children?: ReactNode;
}

export function NumberSection<Key extends string>({
  legend,
  section,
  values,
  fields,
  scale,
  children,
}: NumberSectionProps<Key>) {
  const { t } = usePaneLanguage();
  return (
    <PolicySection legend={t(legend)}>
      {fields.map(([key, label]) => (
        <PolicyNumberField
          key={key}
          label={t(label)}
          path={`${section}.${key}`}
          value={values[key]}
          scale={scale}
        />
      ))}
      {children}
    </PolicySection>
  );
}
