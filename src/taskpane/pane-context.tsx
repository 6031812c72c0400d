/**
 * What every component of the pane may reach: the injected ports and review runner, the language
 * with its words and number formats, and the shared pane state (policy, selected customer).
 */
import { createContext, useContext } from "react";
import type { Policy } from "../engine/policy";
import type { SerialDate } from "../engine/types";
import type { ReviewRunner } from "./flow/review-runner";
import type { Formatters } from "./format/formatters";
import type { Translate } from "./i18n/translate";
import type { PaneLocale } from "./i18n/pane-locale";
import type { SelectionSource, SettingsPort } from "./ports/workbook-port";
import type { ChosenFile } from "./ports/file-port";
import type { OutputLabels } from "../workbook/labels";

export interface PaneServices {
  /** Settings kept with the document (Excel) or with the chosen file (browser). */
  settings: SettingsPort;
  /**
   * Prepares and applies reviews: over the live workbook, or in file mode's worker. Either way
   * the reader, engine and plan arrive only when the first review runs, not in the first load.
   */
  runner: ReviewRunner;
  /** Live workbooks only: the row the user selects picks the customer to explain. */
  selection?: SelectionSource;
  /** "browser": an .xlsx chosen in the page; the review ends with a download. */
  host: "excel" | "browser";
  /** The default as-of date (today); injected so tests are independent of the clock. */
  today: SerialDate;
  /** File mode only: takes the .xlsx the user chose or dropped. */
  chooseFile?: (file: ChosenFile) => void;
  /** File mode only: saves the reviewed workbook as a new file. */
  download?: () => Promise<void>;
  /** Live workbooks: whether this Excel undoes a whole review with one Ctrl+Z (ExcelApi 1.20). */
  undoInOneStep?: boolean;
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
