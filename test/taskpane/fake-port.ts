/** A workbook port that records what the pane asks of it, with a read the test can hold open. */
import type { OutputPlan } from "../../src/workbook/plan";
import type { RawWorkbook } from "../../src/workbook/raw";
import { createMemorySettings } from "../../src/taskpane/ports/memory-settings";
import type { PaneSettings } from "../../src/taskpane/ports/pane-settings";
import type {
  ProgressListener,
  SelectedRow,
  WorkbookPort,
} from "../../src/taskpane/ports/workbook-port";

export interface FakePort extends WorkbookPort {
  reads: number;
  applied: OutputPlan[];
  settingsNow(): PaneSettings;
  /** Lets a held read finish. */
  release(): void;
  /** Reports a selection as Excel would, to listeners of that sheet. */
  select(selection: SelectedRow): void;
  /** The sheets the pane listens to now. */
  watchedSheets(): string[];
}

export interface FakePortOptions {
  raw?: RawWorkbook;
  settings?: PaneSettings;
  /** Hold every read at 1 of 3 until `release()` is called (to test progress and Cancel). */
  holdRead?: boolean;
}

export const EMPTY_RAW: RawWorkbook = { sheets: [], date1904: false };

export function createFakePort(options: FakePortOptions = {}): FakePort {
  const settings = createMemorySettings(options.settings ?? {});
  let releaseRead: () => void = () => undefined;
  const selectionListeners = new Map<(selection: SelectedRow) => void, string>();
  const port: FakePort = {
    reads: 0,
    applied: [],
    settings,
    settingsNow: () => settings.current(),
    release: () => releaseRead(),
    select: (selection) =>
      selectionListeners.forEach((sheet, listener) => {
        if (sheet === selection.sheet) listener(selection);
      }),
    watchedSheets: () => [...selectionListeners.values()],
    async read(signal: AbortSignal, onProgress: ProgressListener): Promise<RawWorkbook> {
      port.reads += 1;
      onProgress({ phase: "read", done: 1, total: 3 });
      if (options.holdRead) {
        await new Promise<void>((resolve, reject) => {
          releaseRead = resolve;
          signal.addEventListener("abort", () =>
            reject(Object.assign(new Error("aborted"), { name: "AbortError" }))
          );
        });
      }
      onProgress({ phase: "read", done: 3, total: 3 });
      return options.raw ?? EMPTY_RAW;
    },
    async apply(plan: OutputPlan, onProgress: ProgressListener): Promise<void> {
      port.applied.push(plan);
      onProgress({ phase: "apply", done: 1, total: 1 });
    },
    onSelectionChanged(sheet, listener) {
      selectionListeners.set(listener, sheet);
      return () => {
        selectionListeners.delete(listener);
      };
    },
  };
  return port;
}
