/**
 * The reads that decide what else to read: each sheet's header band (the rows header recognition
 * looks at), and where the Credit Log's last review begins (its rows are appended per review, so
 * the last review is the block of rows at the bottom that share the last review date).
 */
import type { RoundTrips } from "./round-trips";

/**
 * Rows of a sheet's header band: the rows header recognition scans (`HEADER_SCAN_ROWS` of
 * workbook/detect-table.ts, which a test keeps equal). Not imported from there, so that header
 * recognition stays out of the pane's first load.
 */
export const HEADER_BAND_ROWS = 20;

/** A sheet's used range, 0-based as Office.js gives it. */
export interface UsedExtent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface BandRequest {
  name: string;
  used: UsedExtent | null;
  /** Read the whole used range now (the output map: small, and needed to decide the rest). */
  whole: boolean;
}

/** Rows of a sheet the band covers: the whole used range of the map, else HEADER_BAND_ROWS. */
export function bandRows(request: BandRequest): number {
  if (!request.used) return 0;
  return request.whole ? request.used.rowCount : Math.min(HEADER_BAND_ROWS, request.used.rowCount);
}

/** One round trip: the values of every sheet's band. */
export async function loadHeaderBands(
  context: Excel.RequestContext,
  requests: readonly BandRequest[],
  trips: RoundTrips<"read">,
  expected: number
): Promise<unknown[][][]> {
  const worksheets = context.workbook.worksheets;
  const ranges = requests.map((request) => {
    const rows = bandRows(request);
    if (!request.used || rows === 0) return null;
    const range = worksheets
      .getItem(request.name)
      .getRangeByIndexes(
        request.used.rowIndex,
        request.used.columnIndex,
        rows,
        request.used.columnCount
      );
    range.load("values");
    return range;
  });
  await trips.sync(expected);
  return ranges.map((range) => (range ? (range.values as unknown[][]) : []));
}

/** Rows of the date column loaded per round trip while looking for the last review's start. */
export const DATE_ROWS_PER_REQUEST = 100_000;

/** Where the last review begins, and its date (null when no row below the band is dated). */
export interface LastReview {
  start: number;
  date: unknown;
}

/** The date column's rows `top .. bottom - 1` (0-based within the used range), queued. */
export function queueDateColumn(
  context: Excel.RequestContext,
  sheet: string,
  used: UsedExtent,
  dateColumn: number,
  rows: { top: number; bottom: number }
): Excel.Range {
  const range = context.workbook.worksheets
    .getItem(sheet)
    .getRangeByIndexes(used.rowIndex + rows.top, dateColumn - 1, rows.bottom - rows.top, 1);
  range.load("values");
  return range;
}

/** Whether the log's date column lies inside its used range. */
export function holdsColumn(used: UsedExtent, column: number): boolean {
  return column - 1 >= used.columnIndex && column - 1 < used.columnIndex + used.columnCount;
}

/**
 * The 0-based row offset (within the used range) where the last review begins: the topmost row
 * of the bottom block whose date cells all hold the last date (blank rows inside it included).
 * Rows above `fromOffset` are never asked for (`start` is then `fromOffset`). The bottom chunk
 * may have been loaded already (`preloaded`, riding on the band round trip); otherwise, usually
 * one round trip of one column.
 */
export async function findLastReviewStart(
  context: Excel.RequestContext,
  log: { sheet: string; used: UsedExtent; dateColumn: number; fromOffset: number },
  trips: RoundTrips<"read">,
  expected: () => number,
  preloaded: unknown[][] | null
): Promise<LastReview> {
  const { sheet, used, dateColumn, fromOffset } = log;
  let date: unknown = null;
  if (!holdsColumn(used, dateColumn)) return { start: fromOffset, date };
  let bottom = used.rowCount;
  let chunk = preloaded;
  while (bottom > fromOffset) {
    const top = Math.max(fromOffset, bottom - (chunk?.length ?? DATE_ROWS_PER_REQUEST));
    let values = chunk;
    chunk = null;
    if (values === null) {
      const range = queueDateColumn(context, sheet, used, dateColumn, { top, bottom });
      await trips.sync(expected(), sheet);
      values = loadedValues(range);
    }
    for (let offset = values.length - 1; offset >= 0; offset--) {
      const value = values[offset][0];
      if (value === "" || value === null) continue;
      if (date === null) date = value;
      else if (value !== date) return { start: top + offset + 1, date };
    }
    bottom = top;
  }
  return { start: fromOffset, date };
}

/** The values of a range loaded by the round trip just made. */
export function loadedValues(range: Excel.Range): unknown[][] {
  return range.values;
}

/**
 * The band with the rows of earlier reviews blanked, so the log reads as its header and its last
 * review only. `last` is what the rows below the band showed: whether the last review starts
 * below the band, and its date (null when no row below the band is dated).
 */
export function keepLastReviewInBand(
  band: readonly unknown[][],
  dateIndex: number,
  last: { startsBelow: boolean; date: unknown }
): unknown[][] {
  const isDated = (row: readonly unknown[]) => typeof row[dateIndex] === "number";
  const kept = band.map((row) => row);
  let lastDate = last.date;
  let earlierFrom = last.startsBelow ? band.length - 1 : -1;
  for (let offset = band.length - 1; offset >= 0 && earlierFrom < 0; offset--) {
    if (!isDated(band[offset])) continue;
    lastDate ??= band[offset][dateIndex];
    if (band[offset][dateIndex] !== lastDate) earlierFrom = offset;
  }
  for (let offset = earlierFrom; offset >= 0; offset--)
    if (isDated(band[offset])) kept[offset] = [];
  return kept;
}
