/** Chooses the pane's language; the choice is kept in the document's settings. */
import { usePaneLanguage } from "../../pane-context";
import { PANE_LOCALES } from "../../i18n/pane-locale";
import type { MessageKey } from "../../i18n/messages";
import { ChoiceField } from "../common/ChoiceField";

const LOCALE_NAME_KEYS: Record<(typeof PANE_LOCALES)[number], MessageKey> = {
  "en-US": "language.en-US",
  "zh-CN": "language.zh-CN",
  "zh-TW": "language.zh-TW",
};

export function LanguageSwitch() {
  const { locale, setLocale, t } = usePaneLanguage();
  return (
    <ChoiceField
      label={t("review.language")}
      choices={PANE_LOCALES}
      chosen={locale}
      nameOf={(code) => t(LOCALE_NAME_KEYS[code])}
      onChoose={setLocale}
    />
  );
}
