/**
 * `Excel.run` for the pane: batches with their errors translated.
 *
 * - Reads run as they are: a batch started while the user edits a cell fails at once with a
 *   clear message (nothing is waiting behind the edit).
 * - Writes of a review ask for `delayForCellEdit` where the host supports it: Apply waits until
 *   the user leaves the cell instead of failing half-way through the user's typing.
 * - The grouped write of a review is one undo step where the host can merge (ExcelApi 1.20).
 */
import { API_SETS, type ExcelApiSupport, officeSupports } from "./capabilities";
import { ExcelAdapterError, NOT_IN_EXCEL_MESSAGE, translateOfficeError } from "./errors";

/** `Excel.run(options, batch)`: a new request context for one batch (tests pass the fake's). */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

export interface RunOptions {
  /** Merge every sync of the batch into one undo step (when the host can). */
  oneUndoStep?: boolean;
  /** The batch writes: wait for a cell edit to end (when the host can). */
  writes?: boolean;
  supports?: ExcelApiSupport;
}

export function excelRunOptions(options: RunOptions = {}): Excel.RunOptions {
  const supports = options.supports ?? officeSupports;
  const runOptions: Excel.RunOptions = {};
  if (options.oneUndoStep && supports(API_SETS.mergeUndoGroup)) runOptions.mergeUndoGroup = true;
  if (options.writes && supports(API_SETS.delayForCellEdit)) runOptions.delayForCellEdit = true;
  return runOptions;
}

/** One review can be undone with one Ctrl+Z only where the host merges its writes. */
export function undoesInOneStep(supports: ExcelApiSupport = officeSupports): boolean {
  return supports(API_SETS.mergeUndoGroup);
}

/** `Excel.run` with the adapter's errors; refused at once outside Excel. */
export const excelRun: ExcelRun = async (options, batch) => {
  if (typeof Excel === "undefined")
    throw new ExcelAdapterError("NOT_IN_EXCEL", NOT_IN_EXCEL_MESSAGE);
  try {
    return await Excel.run(options, batch);
  } catch (error) {
    throw translateOfficeError(error);
  }
};

export function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {}
): Promise<T> {
  return excelRun(excelRunOptions(options), batch);
}
