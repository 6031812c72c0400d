/** Chooses the pane's language; the choice is kept in the document's settings. */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { usePaneLanguage } from "../../pane-context";
import { PANE_LOCALES, isPaneLocale } from "../../i18n/pane-locale";
import type { MessageKey } from "../../i18n/messages";

const LOCALE_NAME_KEYS: Record<(typeof PANE_LOCALES)[number], MessageKey> = {
  "en-US": "language.en-US",
  "zh-CN": "language.zh-CN",
  "zh-TW": "language.zh-TW",
};

export function LanguageSwitch() {
  const { locale, setLocale, t } = usePaneLanguage();
  return (
    <Field label={t("review.language")}>
      <Dropdown
        value={t(LOCALE_NAME_KEYS[locale])}
        selectedOptions={[locale]}
        onOptionSelect={(_, data) => {
          if (isPaneLocale(data.optionValue)) setLocale(data.optionValue);
        }}
      >
        {PANE_LOCALES.map((code) => (
          <Option key={code} value={code}>
            {t(LOCALE_NAME_KEYS[code])}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
