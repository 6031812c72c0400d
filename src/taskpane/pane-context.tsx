/**
 * What every component of the pane may reach: the injected ports and pipeline, the language
 * with its words and number formats, and the shared pane state (policy, selected customer).
 */
import { createContext, useContext } from "react";
import type { Policy } from "../engine/policy";
import type { SerialDate } from "../engine/types";
import type { ReviewPipeline } from "./flow/review-pipeline";
import type { Formatters } from "./format/formatters";
import type { Translate } from "./i18n/translate";
import type { PaneLocale } from "./i18n/pane-locale";
import type { WorkbookPort } from "./ports/workbook-port";
import type { ChosenFile } from "./ports/file-port";
import type { OutputLabels } from "../workbook/labels";

export interface PaneServices {
  port: WorkbookPort;
  /**
   * The review's pure steps, loaded when the first review runs: the reader, engine and plan
   * stay out of the pane's first load.
   */
  loadPipeline: () => Promise<ReviewPipeline>;
  /** "browser": an .xlsx chosen in the page; the review ends with a download. */
  host: "excel" | "browser";
  /** The default as-of date (today); injected so tests are independent of the clock. */
  today: SerialDate;
  /** File mode only: takes the .xlsx the user chose or dropped. */
  chooseFile?: (file: ChosenFile) => void;
  /** File mode only: saves the reviewed workbook as a new file. */
  download?: () => Promise<void>;
}

export interface PaneLanguage {
  locale: PaneLocale;
  setLocale(locale: PaneLocale): void;
  t: Translate;
  /** Formatters for the default currency precision; policy-specific money uses `formatFor`. */
  format: Formatters;
  formatFor(minorPerUnit: number): Formatters;
  /** Words the review writes (status, reasons, actions), shared with the workbook output. */
  labels: OutputLabels;
  /** The same words with the reasons quoting the numbers of `policy`. */
  labelsFor(policy: Policy): OutputLabels;
}

export const PaneServicesContext = createContext<PaneServices | null>(null);
export const PaneLanguageContext = createContext<PaneLanguage | null>(null);

const MISSING_PROVIDER = "The pane's context is missing: render inside <PaneProviders>.";

export function usePaneServices(): PaneServices {
  const services = useContext(PaneServicesContext);
  if (!services) throw new Error(MISSING_PROVIDER);
  return services;
}

export function usePaneLanguage(): PaneLanguage {
  const language = useContext(PaneLanguageContext);
  if (!language) throw new Error(MISSING_PROVIDER);
  return language;
}
