/**
 * `Excel.run` for the pane: one batch with its errors translated, and — for the write of a
 * review — one undo step where the host supports merging (ExcelApi 1.20 in the typings).
 *
 * Cell-edit mode: `delayForCellEdit` stays off, so a batch started while the user edits a cell
 * fails at once with a clear message instead of waiting silently behind the edit.
 */
import { API_SETS, type ExcelApiSupport, officeSupports } from "./capabilities";
import { ExcelAdapterError, NOT_IN_EXCEL_MESSAGE, translateOfficeError } from "./errors";

export interface RunOptions {
  /** Merge every sync of the batch into one undo step (when the host can). */
  oneUndoStep?: boolean;
  supports?: ExcelApiSupport;
}

export function excelRunOptions(options: RunOptions = {}): Excel.RunOptions {
  const supports = options.supports ?? officeSupports;
  return options.oneUndoStep && supports(API_SETS.mergeUndoGroup) ? { mergeUndoGroup: true } : {};
}

export async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {}
): Promise<T> {
  if (typeof Excel === "undefined")
    throw new ExcelAdapterError("NOT_IN_EXCEL", NOT_IN_EXCEL_MESSAGE);
  try {
    return await Excel.run(excelRunOptions(options), batch);
  } catch (error) {
    throw translateOfficeError(error);
  }
}
