/**
 * Wraps the pane in the Fluent theme and the pane's contexts. The language starts from the
 * host's (or the saved) choice; changing it saves it with the document.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { DEFAULT_POLICY, type Policy } from "../../engine/policy";
import { cellWords } from "../../i18n/cell-words";
import { catalogs } from "../../i18n/messages";
import { createTranslator } from "../../i18n/translate";
import { createFormatters } from "../format/formatters";
import { isPaneLocale, type PaneLocale } from "../i18n/pane-locale";
import {
  PaneLanguageContext,
  PaneServicesContext,
  type PaneLanguage,
  type PaneServices,
} from "../pane-context";
import type { OutputLabels } from "../../workbook/labels";

export interface PaneProvidersProps {
  services: PaneServices;
  initialLocale: PaneLocale;
  children: ReactNode;
}

/** Money is shown with two decimals until a review tells the policy's precision. */
const DEFAULT_MINOR_PER_UNIT = 100;

export function PaneProviders({ services, initialLocale, children }: PaneProvidersProps) {
  const [locale, setLocaleState] = useState<PaneLocale>(initialLocale);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  const { settings } = services;

  useEffect(() => {
    let live = true;
    settings.load().then(
      (stored) => {
        if (live && isPaneLocale(stored.locale)) setLocaleState(stored.locale);
      },
      (error: unknown) => setSettingsError(error)
    );
    return () => {
      live = false;
    };
  }, [settings]);

  const setLocale = useCallback(
    (next: PaneLocale) => {
      setLocaleState(next);
      settings
        .load()
        .then((stored) => settings.save({ ...stored, locale: next }))
        .catch((error: unknown) => setSettingsError(error));
    },
    [settings]
  );

  // Settings that cannot be read or saved are a failure of the host: surface it, never hide it.
  if (settingsError !== null) throw settingsError;

  const language = useMemo<PaneLanguage>(() => {
    // Cell words only: the policy sheet's words are the review pipeline's, in its own chunk.
    const labelsFor = (policy: Policy): OutputLabels => cellWords(locale, policy);
    return {
      locale,
      setLocale,
      t: createTranslator(locale, catalogs),
      format: createFormatters(locale, DEFAULT_MINOR_PER_UNIT),
      formatFor: (minorPerUnit: number) => createFormatters(locale, minorPerUnit),
      labels: cellWords(locale, DEFAULT_POLICY),
      labelsFor,
    };
  }, [locale, setLocale]);

  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <PaneServicesContext.Provider value={services}>
        <PaneLanguageContext.Provider value={language}>{children}</PaneLanguageContext.Provider>
      </PaneServicesContext.Provider>
    </FluentProvider>
  );
}
