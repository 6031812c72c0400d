/**
 * What the pane needs from a workbook, whatever holds it: a live Excel workbook (Office.js) or
 * an .xlsx file chosen in a browser (read and patched as a package). The pane sees only these ports, injected through
 * context, so the same screens run in both hosts and in tests with fakes.
 */
import type { OutputPlan } from "../../workbook/plan";
import type { RawWorkbook } from "../../workbook/raw";
import type { PaneSettings } from "./pane-settings";

/** How far a long read or write has gone; `total` is 0 when unknown. */
export interface ProgressUpdate {
  phase: "read" | "apply";
  done: number;
  total: number;
}

export type ProgressListener = (update: ProgressUpdate) => void;

/** A worksheet row the user selected, to explain the customer on it. */
export interface SelectedRow {
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
}

/** Settings kept with the document (Excel) or with the loaded file (browser). */
export interface SettingsPort {
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
}

export interface WorkbookPort {
  /** Reads every sheet; rejects with an `AbortError` when the signal fires. */
  read(signal: AbortSignal, onProgress: ProgressListener): Promise<RawWorkbook>;
  /** Carries out the output plan; never touches a cell the user owns. */
  apply(plan: OutputPlan, onProgress: ProgressListener): Promise<void>;
  /**
   * Live workbooks report the row selected on `sheet`; files do not (the pane offers clicks
   * instead). A failure to listen goes to `onError`; the returned function stops listening.
   */
  onSelectionChanged?(
    sheet: string,
    listener: (selection: SelectedRow) => void,
    onError: (error: unknown) => void
  ): () => void;
  settings: SettingsPort;
}

/** A port that reports the user's selection (a live workbook). */
export type SelectionSource = Required<Pick<WorkbookPort, "onSelectionChanged">>;
