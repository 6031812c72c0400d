/**
 * Settings kept in the document (`Office.context.document.settings`), so the next person who
 * opens the workbook gets the same column choices, language, policy and as-of choice.
 *
 * Co-authoring: the add-in holds an in-memory copy of the settings, loaded when it started.
 * `refreshAsync` reads them again from the document, so they are refreshed before every read
 * and before every save, and a save starts from what the document holds now: one author's save
 * does not put back what another author changed since (the output map of their review). The
 * pane saves only the settings its user changed since it loaded them (`saveChangedSettings`),
 * and refuses, naming them, when a co-author changed the same ones in the meantime.
 */
import {
  ExcelAdapterError,
  NOT_IN_EXCEL_MESSAGE,
  settingsChangedElsewhereMessage,
  settingsNotRefreshedMessage,
  settingsNotSavedMessage,
} from "./errors";
import {
  type DecodedSettings,
  type DocumentSettings,
  SETTINGS_KEY,
  decodeSettings,
  encodeSettings,
} from "../workbook/settings-codec";
import { mergeSettings } from "../workbook/settings-merge";

/** The slice of `Office.Settings` used here (tests pass a fake). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: AsyncOutcome) => void): void;
  refreshAsync(callback: (result: AsyncOutcome) => void): void;
}

/** What Office passes to the callback of `saveAsync` and `refreshAsync`. */
export interface AsyncOutcome {
  status: Office.AsyncResultStatus;
  error?: { message: string };
}

/** `Office.AsyncResultStatus.Failed`; compared by value so no Office global is needed. */
const ASYNC_FAILED = 1;

function documentSettings(): SettingsStore {
  if (typeof Office === "undefined" || !Office.context?.document?.settings) {
    throw new ExcelAdapterError("NOT_IN_EXCEL", NOT_IN_EXCEL_MESSAGE);
  }
  return Office.context.document.settings;
}

function failed(result: AsyncOutcome): boolean {
  return Number(result.status) === ASYNC_FAILED || String(result.status) === "failed";
}

/** Reads the settings again from the document (another author may have saved since). */
export function refreshSettings(store: SettingsStore = documentSettings()): Promise<void> {
  return new Promise((resolve, reject) => {
    store.refreshAsync((result) => {
      if (failed(result))
        reject(
          new ExcelAdapterError(
            "SETTINGS_NOT_REFRESHED",
            settingsNotRefreshedMessage(result.error?.message ?? "unknown reason")
          )
        );
      else resolve();
    });
  });
}

/** The settings as the document holds them now. */
export async function loadFreshSettings(
  store: SettingsStore = documentSettings()
): Promise<DecodedSettings> {
  await refreshSettings(store);
  return loadSettings(store);
}

/**
 * Saves what `change` makes of the settings the document holds now (refreshed first), so parts
 * this save does not set keep another author's latest values.
 */
export async function saveFreshSettings(
  change: (current: DocumentSettings) => DocumentSettings,
  store: SettingsStore = documentSettings()
): Promise<void> {
  await refreshSettings(store);
  await saveSettings(change(loadSettings(store).settings), store);
}

/** A save refused because a co-author changed the same settings; `settings` names them. */
export class SettingsChangedElsewhereError extends ExcelAdapterError {
  readonly settings: readonly string[];

  constructor(settings: readonly string[]) {
    super("SETTINGS_CHANGED_ELSEWHERE", settingsChangedElsewhereMessage(settings));
    this.name = "SettingsChangedElsewhereError";
    this.settings = settings;
  }
}

/**
 * Saves the settings changed from `loaded` (what the pane loaded) to `mine` over what the
 * document holds now (refreshed first); every other setting keeps its current value. Rejects
 * with `SettingsChangedElsewhereError`, saving nothing, when one of them was changed by someone
 * else too. Resolves to the basis of the pane's next save (see `SettingsMerge`).
 */
export async function saveChangedSettings(
  loaded: DocumentSettings,
  mine: DocumentSettings,
  store: SettingsStore = documentSettings()
): Promise<DocumentSettings> {
  await refreshSettings(store);
  const merge = mergeSettings(loaded, mine, loadSettings(store).settings);
  if (!merge.ok) throw new SettingsChangedElsewhereError(merge.conflicts);
  await saveSettings(merge.merged, store);
  return merge.basis;
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
      if (failed(result)) {
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
