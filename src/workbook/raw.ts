/**
 * A sheet as it comes out of a spreadsheet, before any meaning is given to it.
 * Both readers (`src/excel/` through Office.js and `src/file/` from the package's XML) produce this
 * shape, so that header recognition and cell parsing are written and tested once.
 */

/** An error value as Excel shows it (`#N/A`, `#REF!`, `#DIV/0!`, ...). */
export interface RawError {
  error: string;
}

/**
 * One cell's value. Readers normalise what their library gives them:
 * - formula cells become their result (a formula with no result → `RawError { error: "#NO_RESULT" }`),
 * - rich text and hyperlinks become their text,
 * - dates arrive as serial numbers, from either reader.
 */
export type RawCell = string | number | boolean | null | RawError;

export interface RawMerge {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawTableRange {
  name: string;
  /** 1-based row of the table's header row and first column. */
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
}

export interface RawSheet {
  name: string;
  /** Rows of cells; `cells[0][0]` is the cell at (`firstRow`, `firstColumn`). */
  cells: RawCell[][];
  /** 1-based worksheet row of `cells[0]` (the used range may not start at A1). */
  firstRow: number;
  /** 1-based worksheet column of `cells[r][0]`. */
  firstColumn: number;
  /** Number formats parallel to `cells` where the reader has them (used to tell dates from numbers). */
  numberFormats?: string[][];
  merges?: RawMerge[];
  /** 1-based worksheet rows that are hidden or filtered out (they are still data). */
  hiddenRows?: number[];
  tables?: RawTableRange[];
  /**
   * Set when the reader left the sheet's cells out because they span more than it may hold (its
   * extent as read, e.g. "A1:XFD1048576", that many cells, the limit). Only a sheet the review
   * needs makes it a refusal; a side sheet is left as it is.
   */
  /** Left unread for its size; `declared` when only its `<dimension>` said so. */
  notRead?: { range: string; cells: number; limit: number; declared: boolean };
  /** The sheet's visibility when the reader knows it; only a very hidden sheet can be the output map. */
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** True when the workbook uses the 1904 date system (BAD-INPUTS #5). */
  date1904: boolean;
  /** The workbook's locale when known (e.g. "en-US", "en-GB", "zh-CN"), for d/m vs m/d dates. */
  locale?: string;
  /**
   * The output map's sheet name as the host records it outside the sheets (Excel: the document
   * settings; a file: a hidden defined name). Absent when the host records none.
   */
  outputMapName?: string;
}

export function isRawError(cell: RawCell): cell is RawError {
  return typeof cell === "object" && cell !== null && "error" in cell;
}
