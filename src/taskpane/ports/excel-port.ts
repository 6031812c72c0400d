/**
 * The workbook port over the open Excel workbook (Office.js), through `src/excel/`: chunked
 * reads, one-undo-step writes, document settings and the selection event.
 */
import { applyPlan } from "../../excel/apply-plan";
import { readOpenWorkbook } from "../../excel/read-workbook";
import { excelRun, runInExcel } from "../../excel/run";
import { watchSelectedRow } from "../../excel/selection";
import { recordingOutputMap, withRecordedOutputMap } from "../../excel/output-map-setting";
import { loadFreshSettings, saveChangedSettings, saveFreshSettings } from "../../excel/settings";
import type { SettingsStore } from "../../excel/settings";
import type { DocumentSettings } from "../../workbook/settings-codec";
import type { ColumnMapping, PaneSettings } from "./pane-settings";
import type { SelectionSource, SettingsPort, WorkbookPort } from "./workbook-port";

/**
 * Document settings keep field → column per role; the reader's mapping nests the columns with an
 * optional sheet and header row. Only the columns travel: the reader finds the sheet again.
 */
export function toDocumentSettings(settings: PaneSettings): DocumentSettings {
  const { columnMapping, ...rest } = settings;
  if (!columnMapping) return rest;
  const flat: NonNullable<DocumentSettings["columnMapping"]> = {};
  const headers: NonNullable<DocumentSettings["columnHeaders"]> = {};
  for (const role of ["customers", "receivables", "orders"] as const) {
    const columns = columnMapping[role]?.columns;
    if (columns) flat[role] = definedColumns(columns);
    const madeOn = definedHeaders(columnMapping[role]?.columnHeaders ?? {});
    if (Object.keys(madeOn).length > 0) headers[role] = madeOn;
  }
  return Object.keys(headers).length > 0
    ? { ...rest, columnMapping: flat, columnHeaders: headers }
    : { ...rest, columnMapping: flat };
}

export function fromDocumentSettings(settings: DocumentSettings): PaneSettings {
  const pane: PaneSettings = {};
  if (settings.locale !== undefined) pane.locale = settings.locale;
  if (settings.policy !== undefined) pane.policy = settings.policy;
  if (settings.asOf !== undefined) pane.asOf = settings.asOf;
  if (!settings.columnMapping) return pane;
  const nested: ColumnMapping = {};
  for (const role of ["customers", "receivables", "orders"] as const) {
    const columns = settings.columnMapping[role];
    const columnHeaders = settings.columnHeaders?.[role];
    // Field keys were written by the pane from the reader's own requests.
    if (columns)
      Object.assign(nested, { [role]: columnHeaders ? { columns, columnHeaders } : { columns } });
  }
  return { ...pane, columnMapping: nested };
}

function definedColumns(columns: Partial<Record<string, number>>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [field, column] of Object.entries(columns))
    if (column !== undefined) result[field] = column;
  return result;
}

function definedHeaders(headers: Partial<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, header] of Object.entries(headers))
    if (header !== undefined) result[field] = header;
  return result;
}

/**
 * The settings port over the document. Its basis is what the pane first loaded, plus what its
 * own saves wrote: the pane's edits were made from it, so a save writes only the
 * settings that differ from it, and a co-author's later change to the same one is refused
 * rather than overwritten. Loads in between read fresh values but do not move the basis, because
 * the pane loads right before each save and its drafts are older than that.
 */
export function createExcelSettings(store?: SettingsStore): SettingsPort {
  let basis: DocumentSettings | null = null;
  return {
    async load() {
      const { settings } = await loadFreshSettings(store);
      basis ??= settings;
      return fromDocumentSettings(settings);
    },
    async save(settings) {
      const loaded = basis ?? (await loadFreshSettings(store)).settings;
      // Parts the pane does not edit (the output map) stay as loaded: never "changed" here.
      const mine = { ...loaded, ...toDocumentSettings(settings) };
      basis = await saveChangedSettings(loaded, mine, store);
    },
  };
}

export function createExcelPort(): WorkbookPort & SelectionSource {
  return {
    settings: createExcelSettings(),
    async read(signal, onProgress) {
      const { settings } = await loadFreshSettings();
      const { paneSheetSelection } = await import("./excel-sheet-selection");
      const selection = paneSheetSelection(settings);
      const raw = await runInExcel((context) =>
        readOpenWorkbook(context, { signal, onProgress, ...selection })
      );
      return withRecordedOutputMap(raw, settings);
    },
    async apply(plan, onProgress) {
      // Its own runs: the check and any renames outside the undo group, the writes inside it.
      await applyPlan(excelRun, plan, { onProgress });
      await saveFreshSettings((current) => recordingOutputMap(current, plan));
    },
    onSelectionChanged(sheet, listener, onError) {
      let stop: (() => Promise<void>) | null = null;
      let stopped = false;
      runInExcel(async (context) => {
        stop = await watchSelectedRow(context, sheet, listener);
        // Stopped while the registration was on its way: remove it at once.
        if (stopped) await stop();
      }).catch(onError);
      return () => {
        stopped = true;
        if (stop) stop().catch(onError);
      };
    },
  };
}
