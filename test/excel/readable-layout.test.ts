/**
 * The Office.js applier carries out the layout fields of the plan: column widths of a block
 * (in points), wrapped headers, the header frozen only on a sheet without frozen panes of its
 * own, and the print settings of an owned sheet.
 */
import { applyPlan } from "../../src/excel/apply-plan";
import type { ColumnBlockPlan, OutputPlan, SheetPlan } from "../../src/workbook/plan";
import { FakeExcel, asExcelContext } from "./recording-fake";

function ledger(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Receivables").put(1, 1, [
    ["Customer", "Invoice", "Amount"],
    ["C1", "I-1", 100],
  ]);
  return excel;
}

const BLOCK: ColumnBlockPlan = {
  sheet: "Receivables",
  role: "receivables",
  headerRow: 1,
  firstColumn: 4,
  keys: ["daysOverdue", "collectionAction"],
  headers: ["Days overdue", "Collection action"],
  rows: [[45, "Second letter; stop supply"]],
  numberFormats: ["0", "@"],
  clearRowsBelow: 0,
  conditionalFormats: [],
  columnWidths: [8, 28],
  headerLines: 2,
  freezeRowsIfUnfrozen: 1,
};

const LOG: SheetPlan = {
  key: "creditLog",
  name: "Credit Log",
  knownNames: ["Credit Log"],
  visibility: "visible",
  mode: "append",
  startRow: 1,
  cells: [
    ["Review date", "Payment terms (days)"],
    [46203, 90],
  ],
  numberFormats: [],
  conditionalFormats: [],
  boldRows: [1],
  columnWidths: [12, 10],
  freezeRows: 1,
  charts: [],
  wrappedHeader: { row: 1, lines: 2 },
  print: { orientation: "landscape", fitToPagesWide: 1, titleRows: { first: 1, last: 1 } },
};

const PLAN: OutputPlan = { columnBlocks: [BLOCK], sheets: [LOG], activate: null };

describe("the layout of the plan, through Office.js", () => {
  it("sets the block's widths in points: 8 characters → (8 × 7 + 5) × 0.75 = 45.75", async () => {
    const excel = ledger();
    await applyPlan(asExcelContext(excel.context()), PLAN);
    const sheet = excel.sheet("Receivables");
    expect(sheet.columnWidths.get(4)).toBe(45.75);
    expect(sheet.columnWidths.get(5)).toBe((28 * 7 + 5) * 0.75);
    // The user's own columns keep their widths.
    expect(sheet.columnWidths.has(3)).toBe(false);
  });

  it("wraps the block's header cells only, and lets Excel fit the user's header row", async () => {
    const excel = ledger();
    await applyPlan(asExcelContext(excel.context()), PLAN);
    const sheet = excel.sheet("Receivables");
    expect([...sheet.wrappedCells].sort()).toEqual(["1:4", "1:5"]);
    expect([...sheet.autofitRows]).toEqual([1]);
    expect(sheet.rowHeights.has(1)).toBe(false);
  });

  it("freezes the header row of a sheet without frozen panes", async () => {
    const excel = ledger();
    await applyPlan(asExcelContext(excel.context()), PLAN);
    expect(excel.sheet("Receivables").frozenRows).toBe(1);
  });

  it("leaves a user's own frozen panes as they are", async () => {
    const excel = ledger();
    excel.sheet("Receivables").frozenRows = 3;
    await applyPlan(asExcelContext(excel.context()), PLAN);
    expect(excel.sheet("Receivables").frozenRows).toBe(3);
  });

  it("gives an owned sheet its print settings and a two-line header row of 30 points", async () => {
    const excel = ledger();
    await applyPlan(asExcelContext(excel.context()), PLAN);
    const log = excel.sheet("Credit Log");
    expect(log.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
    expect(log.rowHeights.get(1)).toBe(30);
    expect([...log.wrappedCells].sort()).toEqual(["1:1", "1:2"]);
  });

  it("checks the panes in the check round trip: no round trip is added", async () => {
    const excel = ledger();
    const summary = await applyPlan(asExcelContext(excel.context()), PLAN, { writeRoundTrips: 1 });
    expect(summary.roundTrips).toBe(2);
  });
});
