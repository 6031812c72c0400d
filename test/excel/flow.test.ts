/**
 * The whole review through the adapter on the recording fake, with the real engine and plan:
 * round trips as the size needs (fewer for a small book, at most 12 for 100,000 receivables),
 * and no request passes 4 MB.
 */
import { REQUEST_BYTE_BUDGET } from "../../src/excel/request-budget";
import { toCellInput } from "../../src/excel/cell-input";
import type { ColumnBlockPlan } from "../../src/workbook/plan";
import { largeBook } from "./large-book";
import type { FakeExcel } from "./recording-fake";
import { reviewThroughExcel } from "./review-through-excel";

/** What Excel holds after the adapter wrote a plan value (an apostrophe is not part of it). */
function stored(value: ColumnBlockPlan["rows"][number][number]): unknown {
  const input = toCellInput(value, { sheet: "", row: 1, column: 1 });
  return typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
}

function expectBlockWritten(excel: FakeExcel, block: ColumnBlockPlan, rowIndexes: number[]): void {
  const sheet = excel.sheet(block.sheet);
  block.headers.forEach((header, c) =>
    expect(sheet.cell(block.headerRow, block.firstColumn + c)).toBe(header)
  );
  for (const index of rowIndexes) {
    const row = block.headerRow + 1 + index;
    block.rows[index].forEach((value, c) => {
      const cell = sheet.cell(row, block.firstColumn + c);
      expect(cell === undefined ? null : cell).toEqual(value === null ? "" : stored(value));
      expect(sheet.format(row, block.firstColumn + c)).toBe(block.numberFormats[c]);
    });
  }
}

describe("a review through the Office.js adapter", () => {
  it("takes fewer round trips for 1,000 receivables than for 100,000, at most 12, none over 4 MB", async () => {
    const small = largeBook({ customers: 50, receivables: 1_000 });
    const smallRun = await reviewThroughExcel(small);
    const large = largeBook({ customers: 5_000, receivables: 100_000 });
    const largeRun = await reviewThroughExcel(large);

    // Names, outline, one data round trip; check, the hidden sheet added, one write round trip.
    expect([smallRun.readRoundTrips, smallRun.applyRoundTrips]).toEqual([3, 3]);
    expect(small.roundTrips).toBeLessThan(large.roundTrips);
    expect(large.roundTrips).toBeLessThanOrEqual(12);
    for (const excel of [small, large]) {
      expect(excel.syncs.every((sync) => sync.failed === null)).toBe(true);
      expect(excel.largestRequest).toBeLessThanOrEqual(REQUEST_BYTE_BUDGET);
    }
    // The large book really needed the room: its read carried more than 7 MB of values.
    const readBytes = large.syncs
      .slice(0, largeRun.readRoundTrips)
      .reduce((sum, sync) => sum + sync.bytes, 0);
    expect(readBytes).toBeGreaterThan(7_000_000);

    const receivableBlock = largeRun.plan.columnBlocks.find(
      (block) => block.role === "receivables"
    );
    expect(receivableBlock?.rows).toHaveLength(100_000);
    // First, middle and last rows land on their own worksheet rows, in every chunk.
    expectBlockWritten(large, receivableBlock as ColumnBlockPlan, [0, 33_333, 66_666, 99_999]);
    const customerBlock = largeRun.plan.columnBlocks.find((block) => block.role === "customers");
    expectBlockWritten(large, customerBlock as ColumnBlockPlan, [0, 2_500, 4_999]);
  }, 120_000);

  it("updates its own output in place on a second review", async () => {
    const excel = largeBook({ customers: 40, receivables: 400 });
    const first = await reviewThroughExcel(excel);
    const formatsAfterFirst = excel.sheets.map((sheet) => [
      sheet.name,
      sheet.conditionalFormats.length,
    ]);
    const chartsAfterFirst = excel.sheets.map((sheet) => [sheet.name, sheet.charts.length]);

    const second = await reviewThroughExcel(excel);

    const blockColumns = (run: typeof first) =>
      run.plan.columnBlocks.map((block) => [block.sheet, block.firstColumn]);
    expect(blockColumns(second)).toEqual(blockColumns(first));
    expect(excel.sheets.map((sheet) => [sheet.name, sheet.conditionalFormats.length])).toEqual(
      formatsAfterFirst
    );
    expect(excel.sheets.map((sheet) => [sheet.name, sheet.charts.length])).toEqual(
      chartsAfterFirst
    );
    // The output map stays out of sight.
    const meta = excel.sheets.find((sheet) => sheet.name === "CreditDesk_Meta");
    expect(meta?.visibility).toBe("VeryHidden");
  }, 60_000);
});
