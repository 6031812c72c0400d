/**
 * One document's settings as co-authors see them: the document holds the saved values, and
 * each open pane has its own in-memory copy (`Office.context.document.settings`), filled when
 * the pane opens and again by `refreshAsync`; `saveAsync` writes the copy to the document.
 * Callbacks come later, never during the call, as in Office.
 */
import type { AsyncOutcome, SettingsStore } from "../../src/excel/settings";

const SUCCEEDED = 0 as Office.AsyncResultStatus;

export class SharedDocumentSettings {
  saved = new Map<string, unknown>();
  saves = 0;

  /** A pane opening on this document: its copy starts as what the document holds. */
  openPane(): SettingsStore & { refreshes: number } {
    const copy = new Map(this.saved);
    const pane = {
      refreshes: 0,
      get: (name: string) => copy.get(name) ?? null,
      set: (name: string, value: unknown) => void copy.set(name, value),
      saveAsync: (callback: (result: AsyncOutcome) => void) => {
        setTimeout(() => {
          this.saves += 1;
          this.saved = new Map(copy);
          callback({ status: SUCCEEDED });
        }, 0);
      },
      refreshAsync: (callback: (result: AsyncOutcome) => void) => {
        pane.refreshes += 1;
        setTimeout(() => {
          copy.clear();
          for (const [name, value] of this.saved) copy.set(name, value);
          callback({ status: SUCCEEDED });
        }, 0);
      },
    };
    return pane;
  }
}
