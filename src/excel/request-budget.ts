/**
 * How much one round trip to Excel may carry, and how many round trips a review takes.
 *
 * Excel on the web refuses a request or a response over 5 MB (and a range over 5 million cells).
 * Every `context.sync()` here stays under REQUEST_BYTE_BUDGET, counted as the JSON of the values
 * and number formats written plus the JSON of the values loaded.
 *
 * Round trips as needed, not as a floor: reads and writes take as many round trips as their
 * bytes need (at least one each), so a 1,000-row review takes fewer than a 100,000-row one.
 * Only values are read (the reader needs no number formats), which keeps a 100,000-row review
 * within 12 round trips. `npm run bench` prints both counts (test/bench/excel-bench.ts).
 */

/** The most one request or response may carry (the host's limit is 5 MB). */
export const REQUEST_BYTE_BUDGET = 4_000_000;

/** Share of the budget a round trip is planned to fill, so that rows heavier than the estimate
 * (longer texts further down a sheet) still fit. */
export const PLANNED_FILL = 0.9;

/** Read: data round trips made at least after the outline round trips (more as the data needs). */
export const READ_DATA_ROUND_TRIPS = 1;

/** Write: round trips made at least after the check (more as the output needs). */
export const WRITE_ROUND_TRIPS = 1;

/** A refused request is cut in half again and again, down to this many rows per slice. */
export const MIN_ROWS_PER_REQUEST = 1;

/**
 * JSON bytes per cell assumed for a sheet before any of its cells has been seen: a 12-character
 * text and "General" with their quotes and commas (the number format counts when it is loaded).
 * The first data round trip is planned with it; later ones use what the earlier ones measured.
 */
export const ASSUMED_BYTES_PER_CELL = 26;

/** The same for values alone: a 12-character text with its quotes and comma. */
export const ASSUMED_VALUE_BYTES_PER_CELL = 16;

/** Excel's own limit on the cells of one range in one request. */
export const MAX_CELLS_PER_RANGE = 5_000_000;
