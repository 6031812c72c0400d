/**
 * Reads the open workbook into `RawWorkbook`, the shape header recognition and cell parsing
 * work on, in as few round trips as its size needs (see request-budget.ts):
 *
 * 1. names: the sheets, the workbook's culture and date system (when the caller names the
 *    sheets, culture and date system ride on round trip 2 instead);
 * 2. outline: each sheet's used range (values only), hidden-row state, merged areas, error
 *    cells and tables — addresses only, no cell data;
 * 3. cells: values in row slices, in as many round trips as their bytes need, each under the
 *    request budget. Table ranges ride on the first of them. Number formats are loaded only
 *    when asked for: the workbook layer reads values alone, and formats would double the bytes.
 *
 * With `selectSheets`, a workbook over SELECT_SHEETS_ABOVE_CELLS is read only as far as the
 * review needs (see read-bands.ts): one round trip loads every sheet's header band (the very
 * hidden output map whole, and the date column of a sheet with the Credit Log's usual name), the
 * caller names the sheets needed in full and the Credit Log, and the data round trips load the
 * rest of those sheets and the log's last review only (finding where it begins costs a round
 * trip only when the guess missed). A sheet not needed is returned as its header band.
 *
 * Errors are told apart from text that merely reads "#N/A" by Excel's own special cells
 * (formulas and constants of type error): one address per sheet instead of a `valueTypes` entry
 * per cell. Hidden rows come from the used range's `rowHidden` and, only when it is mixed, from
 * the addresses of the visible cells.
 */
import type { RawSheet, RawTableRange, RawWorkbook } from "../workbook/raw";
import type { SheetSelection } from "../workbook/sheets-to-read";
import { DATE_1904_OFFSET, serialFromYmd } from "../engine/dates";
import { type CellBox, parseAreas, parseBox } from "./address";
import { API_SETS, type ExcelApiSupport, officeSupports } from "./capabilities";
import { ExcelAdapterError, isPayloadTooLarge, translateOfficeError } from "./errors";
import { nameMissingSheet } from "./missing-sheet";
import {
  type BandRequest,
  DATE_ROWS_PER_REQUEST,
  bandRows,
  findLastReviewStart,
  holdsColumn,
  keepLastReviewInBand,
  loadHeaderBands,
  loadedValues,
  queueDateColumn,
} from "./read-bands";
import { cellKey, cellSet, rowsNotCovered, toRawCell, toRawMerge, toRawTable } from "./raw-cells";
import {
  halveSlices,
  nextReadSlices,
  roundTripsNeeded,
  type RowSlice,
  type SheetToRead,
} from "./read-schedule";
import {
  ASSUMED_BYTES_PER_CELL,
  ASSUMED_VALUE_BYTES_PER_CELL,
  MAX_CELLS_PER_RANGE,
  MIN_ROWS_PER_REQUEST,
  READ_DATA_ROUND_TRIPS,
  REQUEST_BYTE_BUDGET,
} from "./request-budget";
import { type RoundTripProgress, RoundTrips } from "./round-trips";
import { jsonBytes } from "./utf8";

/** Round trips made so far and expected in all (the total may grow once sizes are known). */
export type ReadProgress = RoundTripProgress<"read">;

export interface ReadOptions {
  /** Only these sheets, in this order; every sheet (hidden ones too) when absent. */
  sheetNames?: string[];
  /** At most this many cells per round trip (Excel's own limit is 5 million per range). */
  maxCellsPerChunk?: number;
  /** At most this many bytes per round trip (default REQUEST_BYTE_BUDGET). */
  maxRequestBytes?: number;
  /** Data round trips made at least (default READ_DATA_ROUND_TRIPS). */
  dataRoundTrips?: number;
  /** Load number formats with the values (default false: nothing downstream reads them). */
  numberFormats?: boolean;
  /**
   * Decides from the header bands (a workbook of each sheet's first rows) which sheets to read in
   * full; every sheet is read in full when absent.
   */
  selectSheets?: (bands: RawWorkbook) => SheetSelection;
  /** Names the Credit Log usually has, and its date column, which rides on the band round trip. */
  likelyCreditLog?: { names: readonly string[]; dateColumn: number };
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  supports?: ExcelApiSupport;
}

/**
 * Below this many used cells in all (about 0.4 MB of values) a workbook is read whole in one data
 * round trip: choosing sheets first would cost a round trip more than it saves.
 */
export const SELECT_SHEETS_ABOVE_CELLS = 25_000;

function isWorthSelecting(outlines: readonly SheetOutline[]): boolean {
  let cells = 0;
  for (const { used } of outlines) if (used) cells += used.rowCount * used.columnCount;
  return cells > SELECT_SHEETS_ABOVE_CELLS;
}

/** The output map is read whole with the bands up to this many cells (a map has a few hundred). */
const WHOLE_MAP_MAX_CELLS = 50_000;

/** What is already loaded of a sheet before the data round trips, and how far they go. */
interface ReadStart {
  values: unknown[][];
  /** Rows of the used range the data round trips load up to (0-based, exclusive). */
  rows: number;
}

export const unreadableUsedRange = (sheet: string): string =>
  `Excel returned a used range for the sheet "${sheet}" that cannot be read; nothing was read. Run the review again.`;

/** DATE(2000,1,1) in the 1900 date system; in a 1904 workbook it is 1,462 less. */
const PROBE_DATE_1900 = serialFromYmd(2000, 1, 1);

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface SheetOutline {
  name: string;
  visibility: RawSheet["visibility"];
  used: UsedRange | null;
  hiddenRows: number[];
  merges: CellBox[];
  errorCells: Set<number>;
  tables: RawTableRange[];
}

interface WorkbookFacts {
  locale: string | undefined;
  date1904: boolean;
}

export async function readOpenWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<RawWorkbook> {
  const supports = options.supports ?? officeSupports;
  const dataRoundTrips = options.dataRoundTrips ?? READ_DATA_ROUND_TRIPS;
  const trips = new RoundTrips(context, "read", options.signal, options.onProgress);
  const expected = (options.sheetNames ? 1 : 2) + dataRoundTrips;

  const facts: { value?: WorkbookFacts } = {};
  trips.ride(() => queueWorkbookFacts(context, supports, (read) => (facts.value = read)));
  const sheetNames = options.sheetNames ?? (await loadSheetNames(context, trips, expected));
  const outlines = await loadOutlines(context, sheetNames, supports, trips, expected);
  const selectSheets = isWorthSelecting(outlines) ? options.selectSheets : undefined;
  const starts = selectSheets
    ? await loadNeededStarts(
        context,
        outlines,
        { ...options, selectSheets },
        facts,
        trips,
        expected + 2
      )
    : null;
  const sheets = await loadCells(context, outlines, options, trips, starts);
  await trips.flush();
  return workbookOf(sheets, facts.value);
}

function workbookOf(sheets: RawSheet[], facts: WorkbookFacts | undefined): RawWorkbook {
  return {
    sheets,
    date1904: facts?.date1904 ?? false,
    ...(facts?.locale ? { locale: facts.locale } : {}),
  };
}

/**
 * The header bands, the caller's choice of sheets, and the start of the Credit Log's last
 * review: per sheet, what is loaded and how far the data round trips still go.
 */
async function loadNeededStarts(
  context: Excel.RequestContext,
  outlines: readonly SheetOutline[],
  options: Pick<ReadOptions, "likelyCreditLog"> & {
    selectSheets: (bands: RawWorkbook) => SheetSelection;
  },
  facts: { value?: WorkbookFacts },
  trips: RoundTrips<"read">,
  expected: number
): Promise<ReadStart[]> {
  const requests: BandRequest[] = outlines.map((outline) => ({
    name: outline.name,
    used: outline.used,
    whole:
      outline.visibility === "veryHidden" &&
      outline.used !== null &&
      outline.used.rowCount * outline.used.columnCount <= WHOLE_MAP_MAX_CELLS,
  }));
  const guessed = options.likelyCreditLog
    ? queueLikelyLogDates(context, outlines, requests, options.likelyCreditLog)
    : null;
  const bands = await loadHeaderBands(context, requests, trips, expected);
  const bandSheets = outlines.map((outline, index) =>
    toRawSheet({ outline, values: bands[index], formats: null })
  );
  const selection = options.selectSheets(workbookOf(bandSheets, facts.value));
  const full = new Set(selection.full);
  const starts: ReadStart[] = outlines.map((outline, index) => ({
    values: bands[index],
    rows: full.has(outline.name) ? (outline.used?.rowCount ?? 0) : bandRows(requests[index]),
  }));
  const logIndex = outlines.findIndex((outline) => outline.name === selection.creditLog?.sheet);
  const log = outlines[logIndex];
  if (selection.creditLog && log?.used) {
    const from = bandRows(requests[logIndex]);
    const { dateColumn } = selection.creditLog;
    const preloaded =
      guessed?.sheet === log.name && dateColumn === guessed.dateColumn
        ? loadedValues(guessed.range)
        : null;
    const lastReview = await findLastReviewStart(
      context,
      { sheet: log.name, used: log.used, dateColumn, fromOffset: from },
      trips,
      () => trips.done + 2,
      preloaded
    );
    // Earlier reviews are left unread (blank rows stand for them) or blanked in the band.
    const dateIndex = dateColumn - 1 - log.used.columnIndex;
    const values = keepLastReviewInBand(starts[logIndex].values, dateIndex, {
      startsBelow: lastReview.start > from,
      date: lastReview.date,
    });
    for (let row = from; row < lastReview.start; row++) values.push([]);
    starts[logIndex] = { values, rows: log.used.rowCount };
  }
  return starts;
}

/**
 * The date column below the band of the first sheet named as a Credit Log is usually named,
 * queued to ride on the band round trip: the log's last review is then found without a round
 * trip of its own. Only when it fits one request; a guess the selection does not confirm is
 * simply not used.
 */
function queueLikelyLogDates(
  context: Excel.RequestContext,
  outlines: readonly SheetOutline[],
  requests: readonly BandRequest[],
  likely: NonNullable<ReadOptions["likelyCreditLog"]>
): { sheet: string; dateColumn: number; range: Excel.Range } | null {
  const { names, dateColumn } = likely;
  const index = outlines.findIndex((outline) => names.includes(outline.name));
  const used = outlines[index]?.used;
  if (!used || !holdsColumn(used, dateColumn)) return null;
  const rows = { top: bandRows(requests[index]), bottom: used.rowCount };
  if (rows.bottom <= rows.top || rows.bottom - rows.top > DATE_ROWS_PER_REQUEST) return null;
  const sheet = outlines[index].name;
  return { sheet, dateColumn, range: queueDateColumn(context, sheet, used, dateColumn, rows) };
}

/** Culture and date system: queued now, handed over after the round trip. */
function queueWorkbookFacts(
  context: Excel.RequestContext,
  supports: ExcelApiSupport,
  deliver: (facts: WorkbookFacts) => void
): () => void {
  const culture = supports(API_SETS.cultureInfo) ? context.application.cultureInfo : null;
  culture?.load("name");
  // DATE() is evaluated in the workbook's own date system (ExcelApi 1.2): no 1904 flag needed.
  const probeDate = context.workbook.functions.date(2000, 1, 1);
  probeDate.load("value");
  return () =>
    deliver({
      locale: culture?.name || undefined,
      date1904: probeDate.value === PROBE_DATE_1900 - DATE_1904_OFFSET,
    });
}

/** Round trip 1: the names of all sheets, hidden ones included (the output map is very hidden). */
async function loadSheetNames(
  context: Excel.RequestContext,
  trips: RoundTrips<"read">,
  expected: number
): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await trips.sync(expected);
  return worksheets.items.map((sheet) => sheet.name);
}

interface OutlineRequest {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  formulaErrors: Excel.RangeAreas;
  constantErrors: Excel.RangeAreas;
  visible: Excel.RangeAreas;
}

function queueOutline(
  worksheets: Excel.WorksheetCollection,
  name: string,
  supports: ExcelApiSupport
): OutlineRequest {
  const sheet = worksheets.getItem(name);
  // Only a very hidden sheet can be the output map: a copied marker on a visible one is not.
  sheet.load("visibility");
  sheet.tables.load("items/name, items/showHeaders");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount, rowHidden");
  // Merged areas of the whole sheet: Office.js gives only those whose top-left cell is in the
  // range, and an empty merge right of the used range is still one a block must not write into.
  const merged = supports(API_SETS.mergedAreas)
    ? sheet.getRange().getMergedAreasOrNullObject()
    : null;
  merged?.load("address");
  const formulaErrors = used.getSpecialCellsOrNullObject("Formulas", "Errors");
  formulaErrors.load("address");
  const constantErrors = used.getSpecialCellsOrNullObject("Constants", "Errors");
  constantErrors.load("address");
  const visible = used.getSpecialCellsOrNullObject("Visible");
  visible.load("address");
  return { name, sheet, used, merged, formulaErrors, constantErrors, visible };
}

/** Round trip 2: addresses only. Table ranges are queued to ride on the next round trip. */
async function loadOutlines(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  supports: ExcelApiSupport,
  trips: RoundTrips<"read">,
  expected: number
): Promise<SheetOutline[]> {
  const worksheets = context.workbook.worksheets;
  const requests = sheetNames.map((name) => queueOutline(worksheets, name, supports));
  try {
    await trips.sync(expected, sheetNames.length === 1 ? sheetNames[0] : undefined);
  } catch (error) {
    throw await explainOutlineFailure(context, sheetNames, error);
  }
  const outlines = requests.map(readOutline);
  trips.ride(() => queueTableRanges(requests, outlines));
  return outlines;
}

/** A payload refusal of the outline is reported as such; a missing sheet is named. */
async function explainOutlineFailure(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  error: unknown
): Promise<unknown> {
  if (isPayloadTooLarge(error)) return translateOfficeError(error);
  return error instanceof ExcelAdapterError ? nameMissingSheet(context, sheetNames, error) : error;
}

function areasOf(areas: Excel.RangeAreas | null): CellBox[] {
  if (!areas || areas.isNullObject) return [];
  return parseAreas(areas.address);
}

function readOutline(request: OutlineRequest): SheetOutline {
  const used = request.used;
  const visibility = visibilityOf(request.sheet.visibility);
  if (used.isNullObject) {
    return {
      name: request.name,
      visibility,
      used: null,
      hiddenRows: [],
      merges: [],
      errorCells: new Set(),
      tables: [],
    };
  }
  const extent: UsedRange = {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
  const readable = Object.values(extent).every((value) => Number.isInteger(value) && value >= 0);
  if (!readable || extent.rowCount < 1 || extent.columnCount < 1) {
    throw new ExcelAdapterError("EXCEL_FAILED", unreadableUsedRange(request.name));
  }
  const firstRow = extent.rowIndex + 1;
  const lastRow = extent.rowIndex + extent.rowCount;
  return {
    name: request.name,
    visibility,
    used: extent,
    hiddenRows: hiddenRowsOf(used.rowHidden, firstRow, lastRow, request.visible),
    merges: areasOf(request.merged),
    errorCells: cellSet([...areasOf(request.formulaErrors), ...areasOf(request.constantErrors)]),
    tables: [],
  };
}

/** `rowHidden` is true (all hidden), false (none) or null (some): only then are areas needed. */
function hiddenRowsOf(
  rowHidden: boolean | null,
  firstRow: number,
  lastRow: number,
  visible: Excel.RangeAreas
): number[] {
  if (rowHidden === false) return [];
  if (rowHidden === true || visible.isNullObject) return rowsNotCovered(firstRow, lastRow, []);
  return rowsNotCovered(firstRow, lastRow, parseAreas(visible.address));
}

/** Tables shown with a header row (one without is read like any other cells). */
function queueTableRanges(
  requests: readonly OutlineRequest[],
  outlines: SheetOutline[]
): () => void {
  const ranges = requests.flatMap((request, index) =>
    request.sheet.tables.items
      .filter((table) => table.showHeaders)
      .map((table) => {
        const range = table.getRange();
        range.load("address");
        return { index, name: table.name, range };
      })
  );
  return () => {
    for (const table of ranges)
      outlines[table.index].tables.push(toRawTable(table.name, parseBox(table.range.address)));
  };
}

interface SheetAccumulator {
  outline: SheetOutline;
  progress: SheetToRead;
  values: unknown[][];
  formats: string[][] | null;
}

interface LoadedSlice {
  slice: RowSlice;
  range: Excel.Range;
}

/** The data round trips: row slices of every sheet until all rows are loaded. */
async function loadCells(
  context: Excel.RequestContext,
  outlines: readonly SheetOutline[],
  options: ReadOptions,
  trips: RoundTrips<"read">,
  starts: readonly ReadStart[] | null
): Promise<RawSheet[]> {
  // Formats are not loaded with the bands: a sheet read from its band has none.
  const withFormats = (options.numberFormats ?? false) && starts === null;
  const accumulators: SheetAccumulator[] = outlines.map((outline, index) => {
    const start = starts?.[index];
    const loaded = start?.values ?? [];
    const columns = outline.used?.columnCount ?? 0;
    const seen = loaded.filter((row) => row.length > 0);
    return {
      outline,
      progress: {
        rows: start?.rows ?? outline.used?.rowCount ?? 0,
        columns,
        rowsDone: loaded.length,
        bytesSeen: seen.length > 0 ? jsonBytes(seen) : 0,
        cellsSeen: seen.length * columns,
      },
      values: loaded,
      formats: withFormats ? [] : null,
    };
  });
  const fixedRoundTrips = options.dataRoundTrips ?? READ_DATA_ROUND_TRIPS;
  const worksheets = context.workbook.worksheets;
  let dataTrips = 0;

  // One sync per scheduled round trip (a handful), never one per row or per slice.
  for (;;) {
    const progress = accumulators.map((accumulator) => accumulator.progress);
    const limits = {
      maxRequestBytes: options.maxRequestBytes ?? REQUEST_BYTE_BUDGET,
      maxCellsPerRequest: options.maxCellsPerChunk ?? MAX_CELLS_PER_RANGE,
      assumedBytesPerCell: withFormats ? ASSUMED_BYTES_PER_CELL : ASSUMED_VALUE_BYTES_PER_CELL,
      roundTripsLeft: Math.max(0, fixedRoundTrips - dataTrips),
    };
    const slices = nextReadSlices(progress, limits);
    if (slices.length === 0) break;
    const expected = trips.done + roundTripsNeeded(progress, limits);
    const loaded = await loadSlicesWithRetry(
      worksheets,
      accumulators,
      slices,
      withFormats,
      trips,
      expected
    );
    dataTrips += 1;
    for (const { slice, range } of loaded)
      takeSlice(accumulators[slice.sheet], slice, range, withFormats);
  }
  return accumulators.map(toRawSheet);
}

function queueSlices(
  worksheets: Excel.WorksheetCollection,
  accumulators: readonly SheetAccumulator[],
  slices: readonly RowSlice[],
  withFormats: boolean
): LoadedSlice[] {
  return slices.map((slice) => {
    const { outline } = accumulators[slice.sheet];
    const used = outline.used as UsedRange;
    const range = worksheets
      .getItem(outline.name)
      .getRangeByIndexes(
        used.rowIndex + slice.offset,
        used.columnIndex,
        slice.count,
        used.columnCount
      );
    if (withFormats) range.load("values, numberFormat");
    else range.load("values");
    return { slice, range };
  });
}

/**
 * A too-large request is retried at half the rows, and again, down to MIN_ROWS_PER_REQUEST rows
 * per slice (one row of thousands of long texts can still be too large: that is reported).
 */
async function loadSlicesWithRetry(
  worksheets: Excel.WorksheetCollection,
  accumulators: readonly SheetAccumulator[],
  slices: readonly RowSlice[],
  withFormats: boolean,
  trips: RoundTrips<"read">,
  expected: number
): Promise<LoadedSlice[]> {
  const sheetHint = accumulators[slices[0].sheet].outline.name;
  let planned = slices;
  for (;;) {
    const loaded = queueSlices(worksheets, accumulators, planned, withFormats);
    try {
      await trips.sync(expected, sheetHint);
      return loaded;
    } catch (error) {
      const atFloor = planned.every((slice) => slice.count <= MIN_ROWS_PER_REQUEST);
      if (!isPayloadTooLarge(error) || atFloor)
        throw isPayloadTooLarge(error) ? translateOfficeError(error, { sheet: sheetHint }) : error;
      planned = halveSlices(planned);
    }
  }
}

function takeSlice(
  accumulator: SheetAccumulator,
  slice: RowSlice,
  range: Excel.Range,
  withFormats: boolean
): void {
  const values: unknown[][] = range.values;
  const formats: string[][] | null = withFormats ? range.numberFormat : null;
  const { progress } = accumulator;
  progress.rowsDone = slice.offset + slice.count;
  progress.bytesSeen += jsonBytes(values) + (formats ? jsonBytes(formats) : 0);
  progress.cellsSeen += slice.count * progress.columns;
  for (const row of values) accumulator.values.push(row);
  if (formats && accumulator.formats) for (const row of formats) accumulator.formats.push(row);
}

/** Office's sheet visibility ("Visible", "Hidden", "VeryHidden") in the raw sheet's words. */
function visibilityOf(visibility: string): RawSheet["visibility"] {
  if (visibility === "VeryHidden") return "veryHidden";
  return visibility === "Hidden" ? "hidden" : "visible";
}

function toRawSheet({
  outline,
  values,
  formats,
}: Pick<SheetAccumulator, "outline" | "values" | "formats">): RawSheet {
  if (!outline.used)
    return {
      name: outline.name,
      cells: [],
      firstRow: 1,
      firstColumn: 1,
      tables: outline.tables,
      visibility: outline.visibility,
    };
  const firstRow = outline.used.rowIndex + 1;
  const firstColumn = outline.used.columnIndex + 1;
  const errors = outline.errorCells;
  const cells = values.map((row, r) =>
    row.map((value, c) =>
      toRawCell(value, errors.size > 0 && errors.has(cellKey(firstRow + r, firstColumn + c)))
    )
  );
  return {
    name: outline.name,
    cells,
    firstRow,
    firstColumn,
    ...(formats ? { numberFormats: formats } : {}),
    merges: outline.merges.map(toRawMerge),
    hiddenRows: outline.hiddenRows,
    tables: outline.tables,
    visibility: outline.visibility,
  };
}
