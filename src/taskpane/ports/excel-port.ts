/**
 * The workbook port over the open Excel workbook (Office.js), through `src/excel/`: chunked
 * reads, one-undo-step writes, document settings and the selection event.
 */
import { applyPlan } from "../../excel/apply-plan";
import { readOpenWorkbook } from "../../excel/read-workbook";
import { excelRun, runInExcel } from "../../excel/run";
import { watchSelectedRow } from "../../excel/selection";
import { recordingOutputMap, withRecordedOutputMap } from "../../excel/output-map-setting";
import { loadFreshSettings, saveFreshSettings } from "../../excel/settings";
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

function recordedMap(settings: DocumentSettings): Pick<DocumentSettings, "outputMap"> {
  return settings.outputMap === undefined ? {} : { outputMap: settings.outputMap };
}

export function createExcelSettings(): SettingsPort {
  let previous: DocumentSettings = {};
  return {
    async load() {
      const { settings } = await loadFreshSettings();
      previous = settings;
      return fromDocumentSettings(settings);
    },
    // Parts the pane does not edit (the as-of choice, the output map a review recorded since) are kept.
    save: (settings) =>
      saveFreshSettings((current) => ({
        ...previous,
        ...recordedMap(current),
        ...toDocumentSettings(settings),
      })),
  };
}

export function createExcelPort(): WorkbookPort & SelectionSource {
  return {
    settings: createExcelSettings(),
    async read(signal, onProgress) {
      const raw = await runInExcel((context) => readOpenWorkbook(context, { signal, onProgress }));
      return withRecordedOutputMap(raw, (await loadFreshSettings()).settings);
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
