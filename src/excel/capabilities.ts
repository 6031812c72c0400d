/**
 * Which ExcelApi requirement sets the host supports. Injected into the reader and the applier so
 * that tests decide what the "host" offers; the default asks Office.
 */

/** `supports("1.11")` → true when ExcelApi 1.11 is available. */
export type ExcelApiSupport = (version: string) => boolean;

/**
 * Sets the adapter checks before use. Everything else it calls is in ExcelApi 1.9 (special
 * cells, range by indexes, freeze panes, conditional formats), which the manifest should require.
 */
export const API_SETS = {
  /** `range.getMergedAreasOrNullObject()`. */
  mergedAreas: "1.13",
  /** `application.cultureInfo`. */
  cultureInfo: "1.11",
  /** `Excel.run({ mergeUndoGroup: true }, ...)`: one review, one undo step. */
  mergeUndoGroup: "1.20",
  /**
   * `Excel.run({ delayForCellEdit: true }, ...)`. The reference names no set for the option
   * itself; the `RunOptions` overload of `Excel.run` came with 1.11, and a host without it
   * fails a batch during a cell edit at once (CELL_EDIT_MODE), as before.
   */
  delayForCellEdit: "1.11",
} as const;

export const officeSupports: ExcelApiSupport = (version) =>
  typeof Office !== "undefined" &&
  Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
