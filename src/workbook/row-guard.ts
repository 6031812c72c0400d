/**
 * The id column of a user's table as it was read, kept in the output plan so that the live
 * applier can tell whether the rows moved between the preview and Apply (a sort, rows inserted
 * or deleted, a co-author's edit): results are written by row, so moved rows would put them
 * beside the wrong customers. Pure.
 */
import type { RowGuard, RowGuardValue } from "./plan";
import { type RawCell, isRawError } from "./raw";
import type { Grid } from "./sheet-grid";

/** A cell as Office.js gives it back: empty as null, an error as its text (e.g. "#N/A"). */
export function rowGuardValue(cell: RawCell): RowGuardValue {
  if (cell === null) return null;
  return isRawError(cell) ? cell.error : cell;
}

/** The id column's cells from the row below the header to the last data row. */
export function readRowGuard(
  grid: Grid,
  column: number,
  headerRow: number,
  lastDataRow: number
): RowGuard {
  const values: RowGuardValue[] = [];
  for (let row = headerRow + 1; row <= lastDataRow; row++)
    values.push(rowGuardValue(grid.raw(row, column)));
  return { column, values };
}
