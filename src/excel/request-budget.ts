/**
 * How much one round trip to Excel may carry, and how many round trips a review takes.
 *
 * Excel on the web refuses a request or a response over 5 MB (and a range over 5 million cells).
 * Every `context.sync()` here stays under REQUEST_BYTE_BUDGET, counted as the JSON of the values
 * and number formats written plus the JSON of the values and number formats loaded.
 *
 * The round-trip count does not depend on the size of the workbook up to a supported size:
 * reads and writes are always cut into at least a fixed number of round trips (the number the
 * supported size needs), so a 1,000-row review and a 100,000-row review make the same count:
 * read 2 + 6, apply 1 + 3, 12 in all. Past the supported size the count grows by one for every
 * further ~3.6 MB of cells. Measured on the recording fake (test/bench/excel-bench.ts) with
 * 5,000 customers × 36 columns: 100,000 receivables × 9 columns → 12 (18.2 MB read, 10.7 MB
 * written, largest request 3.57 MB); 110,000 → 13; 120,000 → 14; 150,000 → 15.
 */

/** The most one request or response may carry (the host's limit is 5 MB). */
export const REQUEST_BYTE_BUDGET = 4_000_000;

/** Share of the budget a round trip is planned to fill, so that rows heavier than the estimate
 * (longer texts further down a sheet) still fit. */
export const PLANNED_FILL = 0.9;

/** Read: data round trips after the two outline round trips, whatever the size. The first is
 * planned on ASSUMED_BYTES_PER_CELL, so it carries less than a full share; six hold about 18 MB. */
export const READ_DATA_ROUND_TRIPS = 6;

/** Write: round trips after the check, whatever the size (up to 3 × 3.6 MB ≈ 10.8 MB). */
export const WRITE_ROUND_TRIPS = 3;

/**
 * JSON bytes per cell (value + number format) assumed for a sheet before any of its cells has
 * been seen: a 12-character text and "General" with their quotes and commas. The first data
 * round trip is planned with it; later ones use what the earlier ones measured.
 */
export const ASSUMED_BYTES_PER_CELL = 26;

/** Excel's own limit on the cells of one range in one request. */
export const MAX_CELLS_PER_RANGE = 5_000_000;
