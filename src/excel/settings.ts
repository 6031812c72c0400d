/**
 * Settings kept in the document (`Office.context.document.settings`), so the next person who
 * opens the workbook gets the same column choices, language, policy and as-of choice.
 */
import { ExcelAdapterError, NOT_IN_EXCEL_MESSAGE, settingsNotSavedMessage } from "./errors";
import {
  type DecodedSettings,
  type DocumentSettings,
  SETTINGS_KEY,
  decodeSettings,
  encodeSettings,
} from "../workbook/settings-codec";

/** The slice of `Office.Settings` used here (tests pass a fake). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback: (result: { status: Office.AsyncResultStatus; error?: { message: string } }) => void
  ): void;
}

/** `Office.AsyncResultStatus.Failed`; compared by value so no Office global is needed. */
const ASYNC_FAILED = 1;

function documentSettings(): SettingsStore {
  if (typeof Office === "undefined" || !Office.context?.document?.settings) {
    throw new ExcelAdapterError("NOT_IN_EXCEL", NOT_IN_EXCEL_MESSAGE);
  }
  return Office.context.document.settings;
}

/** The saved settings; parts that could not be read are left out and listed in `dropped`. */
export function loadSettings(store: SettingsStore = documentSettings()): DecodedSettings {
  return decodeSettings(store.get(SETTINGS_KEY));
}

/** Stores the settings and saves them with the document; rejects when Office refuses. */
export function saveSettings(
  settings: DocumentSettings,
  store: SettingsStore = documentSettings()
): Promise<void> {
  store.set(SETTINGS_KEY, encodeSettings(settings));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (Number(result.status) === ASYNC_FAILED || String(result.status) === "failed") {
        reject(
          new ExcelAdapterError(
            "SETTINGS_NOT_SAVED",
            settingsNotSavedMessage(result.error?.message ?? "unknown reason")
          )
        );
      } else {
        resolve();
      }
    });
  });
}
