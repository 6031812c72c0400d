/**
 * Which rows of which sheets the next read round trip loads. Pure: the reader measures what each
 * round trip really weighed and asks again, so later round trips are planned on real sizes.
 *
 * Rule: with B the estimated bytes still to load, the remaining rows are spread over
 * max(roundTripsLeft, ⌈B / (budget × PLANNED_FILL)⌉) round trips, and each sheet gives every
 * round trip an equal share of its remaining rows. A small workbook therefore takes as many
 * round trips as a large one (the count is fixed), and a round trip never plans more than the
 * budget.
 */
import { PLANNED_FILL } from "./request-budget";

export interface SheetToRead {
  /** Rows and columns of the sheet's used range. */
  rows: number;
  columns: number;
  /** Rows already loaded (they are loaded from the top down). */
  rowsDone: number;
  /** What the loaded rows weighed: bytes and cells, for the estimate of the rest. */
  bytesSeen: number;
  cellsSeen: number;
}

/** Rows `offset .. offset + count - 1` of a sheet's used range (0-based within the range). */
export interface RowSlice {
  sheet: number;
  offset: number;
  count: number;
}

export interface ReadScheduleLimits {
  maxRequestBytes: number;
  maxCellsPerRequest: number;
  /** Round trips still to make at least (the fixed count minus those made). */
  roundTripsLeft: number;
  /** Bytes per cell for a sheet none of whose cells has been seen yet. */
  assumedBytesPerCell: number;
}

export function estimatedBytesPerCell(sheet: SheetToRead, assumed: number): number {
  return sheet.cellsSeen > 0 ? sheet.bytesSeen / sheet.cellsSeen : assumed;
}

function remainingRows(sheet: SheetToRead): number {
  return sheet.rows - sheet.rowsDone;
}

/** The round trips the remaining rows need (at least `roundTripsLeft`; 0 when nothing is left). */
export function roundTripsNeeded(
  sheets: readonly SheetToRead[],
  limits: ReadScheduleLimits
): number {
  let bytes = 0;
  let cells = 0;
  for (const sheet of sheets) {
    const sheetCells = remainingRows(sheet) * sheet.columns;
    cells += sheetCells;
    bytes += sheetCells * estimatedBytesPerCell(sheet, limits.assumedBytesPerCell);
  }
  if (cells === 0) return 0;
  return Math.max(
    1,
    limits.roundTripsLeft,
    Math.ceil(bytes / (limits.maxRequestBytes * PLANNED_FILL)),
    Math.ceil(cells / limits.maxCellsPerRequest)
  );
}

/** The slices of the next round trip; empty when every row has been loaded. */
export function nextReadSlices(
  sheets: readonly SheetToRead[],
  limits: ReadScheduleLimits
): RowSlice[] {
  const roundTrips = roundTripsNeeded(sheets, limits);
  if (roundTrips === 0) return [];
  const slices: RowSlice[] = [];
  sheets.forEach((sheet, index) => {
    const remaining = remainingRows(sheet);
    if (remaining <= 0) return;
    const rowsByCells = Math.max(
      1,
      Math.floor(limits.maxCellsPerRequest / Math.max(1, sheet.columns))
    );
    const count = Math.min(remaining, rowsByCells, Math.ceil(remaining / roundTrips));
    slices.push({ sheet: index, offset: sheet.rowsDone, count });
  });
  return slices;
}

/** The same slices at half the rows (at least one), for a retry after a too-large request. */
export function halveSlices(slices: readonly RowSlice[]): RowSlice[] {
  return slices.map((slice) => ({ ...slice, count: Math.max(1, Math.ceil(slice.count / 2)) }));
}
