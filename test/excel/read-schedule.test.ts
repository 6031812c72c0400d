import fc from "fast-check";
import {
  type ReadScheduleLimits,
  type SheetToRead,
  halveSlices,
  nextReadSlices,
  roundTripsNeeded,
} from "../../src/excel/read-schedule";
import { PLANNED_FILL } from "../../src/excel/request-budget";

const LIMITS: ReadScheduleLimits = {
  maxRequestBytes: 4_000_000,
  maxCellsPerRequest: 5_000_000,
  roundTripsLeft: 6,
  assumedBytesPerCell: 26,
};

function sheet(
  rows: number,
  columns: number,
  seen?: { bytes: number; cells: number }
): SheetToRead {
  return { rows, columns, rowsDone: 0, bytesSeen: seen?.bytes ?? 0, cellsSeen: seen?.cells ?? 0 };
}

/** Runs the schedule to the end, measuring each slice at `bytesPerCell`; returns the round trips. */
function drain(
  sheets: SheetToRead[],
  limits: ReadScheduleLimits,
  bytesPerCell: number[]
): { trips: number; largest: number } {
  let trips = 0;
  let largest = 0;
  for (;;) {
    const slices = nextReadSlices(sheets, {
      ...limits,
      roundTripsLeft: Math.max(0, limits.roundTripsLeft - trips),
    });
    if (slices.length === 0) return { trips, largest };
    let bytes = 0;
    for (const slice of slices) {
      const target = sheets[slice.sheet];
      expect(slice.offset).toBe(target.rowsDone);
      const cells = slice.count * target.columns;
      target.rowsDone += slice.count;
      target.cellsSeen += cells;
      target.bytesSeen += cells * bytesPerCell[slice.sheet];
      bytes += cells * bytesPerCell[slice.sheet];
    }
    largest = Math.max(largest, bytes);
    trips += 1;
  }
}

describe("read schedule", () => {
  it("spreads a small book over the fixed round trips: 12 rows, 6 round trips, 2 rows each", () => {
    const slices = nextReadSlices([sheet(12, 4)], LIMITS);
    expect(slices).toEqual([{ sheet: 0, offset: 0, count: 2 }]);
    expect(drain([sheet(12, 4)], LIMITS, [20]).trips).toBe(6);
  });

  it("adds round trips when the bytes need them: 40 MB at 4 MB × 0.9 → 12", () => {
    // 1,000,000 cells at a measured 40 bytes = 40 MB; 40 / 3.6 = 11.1 → 12 round trips.
    expect(roundTripsNeeded([sheet(100_000, 10, { bytes: 400, cells: 10 })], LIMITS)).toBe(12);
  });

  it("plans with the assumed size until cells have been seen, then with what was measured", () => {
    // 200,000 cells assumed at 26 bytes = 5.2 MB → 2 round trips; measured at 10 bytes → the floor.
    const unseen = sheet(20_000, 10);
    expect(roundTripsNeeded([unseen], { ...LIMITS, roundTripsLeft: 0 })).toBe(2);
    expect(
      roundTripsNeeded([sheet(20_000, 10, { bytes: 100, cells: 10 })], {
        ...LIMITS,
        roundTripsLeft: 0,
      })
    ).toBe(1);
  });

  it("respects a cap on cells per round trip", () => {
    const slices = nextReadSlices([sheet(1000, 10)], {
      ...LIMITS,
      maxCellsPerRequest: 500,
      roundTripsLeft: 1,
    });
    expect(slices[0].count * 10).toBeLessThanOrEqual(500);
  });

  it("halves a refused round trip, keeping at least one row", () => {
    expect(
      halveSlices([
        { sheet: 0, offset: 10, count: 7 },
        { sheet: 1, offset: 0, count: 1 },
      ])
    ).toEqual([
      { sheet: 0, offset: 10, count: 4 },
      { sheet: 1, offset: 0, count: 1 },
    ]);
  });

  it("covers every row once, in order, in max(floor, needed) round trips, each under the budget (property)", () => {
    const book = fc.array(
      fc.record({
        rows: fc.integer({ min: 0, max: 200_000 }),
        columns: fc.integer({ min: 1, max: 60 }),
        bytes: fc.integer({ min: 3, max: 40 }),
      }),
      { minLength: 1, maxLength: 5 }
    );
    fc.assert(
      fc.property(book, fc.integer({ min: 0, max: 8 }), (sheets, floor) => {
        const limits = { ...LIMITS, roundTripsLeft: floor, assumedBytesPerCell: 40 };
        const state = sheets.map(({ rows, columns }) => sheet(rows, columns));
        const { trips, largest } = drain(
          state,
          limits,
          sheets.map((s) => s.bytes)
        );
        state.forEach((s) => expect(s.rowsDone).toBe(s.rows));
        const totalBytes = sheets.reduce((sum, s) => sum + s.rows * s.columns * s.bytes, 0);
        if (totalBytes === 0) return expect(trips).toBe(0);
        // Never fewer than the floor (unless the sheets have fewer rows than that).
        const rowsAvailable = Math.max(...sheets.map((s) => s.rows));
        expect(trips).toBeGreaterThanOrEqual(Math.min(floor, rowsAvailable));
        // The assumed 40 bytes per cell is an upper bound here, so no round trip passes the planned
        // fill of the budget by more than the rounding of one row per sheet.
        expect(largest).toBeLessThanOrEqual(
          limits.maxRequestBytes * PLANNED_FILL + 60 * 40 * sheets.length
        );
      }),
      { numRuns: 60 }
    );
  });
});
