/**
 * Issue 8, point by point, against the recording fake (which models what each point depends
 * on: undo groups, protection, Table expansion, chart series, cell-edit delay, Text format).
 * Point 6 (reads) is in read-workbook.test.ts, point 9 (settings) in settings.test.ts.
 */
import fc from "fast-check";
import { parseBox } from "../../src/excel/address";
import { applyPlan } from "../../src/excel/apply-plan";
import { clearableRanges } from "../../src/excel/table-headers";
import { rangeAddress } from "../../src/workbook/plan-address";
import { translateOfficeError } from "../../src/excel/errors";
import type { ExcelRun } from "../../src/excel/run";
import type { ColumnBlockPlan, OutputPlan, SheetPlan } from "../../src/workbook/plan";
import { largeBook } from "./large-book";
import { FakeExcel, FakeOfficeError, asExcelContext } from "./recording-fake";
import { reviewThroughExcel } from "./review-through-excel";
import { bareSheetPlan } from "../support/sheet-plan";

const ALL_SETS = (): boolean => true;
const NO_SETS = (): boolean => false;

/** `Excel.run` on the fake, recording the options of every run. */
function runOn(excel: FakeExcel): ExcelRun {
  return (options, batch) => excel.run(options, (context) => batch(asExcelContext(context)));
}

function ledger(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Receivables").put(1, 1, [
    ["Customer", "Invoice", "Amount"],
    ["C1", "I-1", 100],
    ["C2", "I-2", 200],
  ]);
  return excel;
}

function block(overrides: Partial<ColumnBlockPlan> = {}): ColumnBlockPlan {
  return {
    sheet: "Receivables",
    role: "receivables",
    headerRow: 1,
    firstColumn: 4,
    keys: ["daysOverdue", "agingBucket"],
    headers: ["Days overdue", "Aging bucket"],
    rows: [
      [45, "31-60"],
      [-3, "Not due"],
    ],
    numberFormats: ["0", "@"],
    clearRowsBelow: 0,
    conditionalFormats: [],
    rowGuard: { column: 1, values: ["C1", "C2"] },
    ...overrides,
  };
}

function ownedSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return bareSheetPlan({
    key: "aging",
    name: "Aging",
    knownNames: ["Aging", "账龄分析"],
    cells: [
      ["Bucket", "Not due", "1-30", "31-60"],
      ["Total", 10, 20, 30],
    ],
    ...overrides,
  });
}

function metaSheet(): SheetPlan {
  return ownedSheet({
    key: "meta",
    name: "CreditDesk_Meta",
    knownNames: [],
    visibility: "veryHidden",
    cells: [["map"]],
  });
}

function plan(overrides: Partial<OutputPlan> = {}): OutputPlan {
  return { columnBlocks: [block()], sheets: [], activate: null, ...overrides };
}

describe("2. undo: names and visibility outside the undo group", () => {
  it("renames and hides in a run of their own, then writes as one undo step", async () => {
    const excel = ledger();
    excel.addSheet("账龄分析").put(1, 1, [["old"]]);
    const summary = await applyPlan(runOn(excel), plan({ sheets: [ownedSheet(), metaSheet()] }), {
      supports: ALL_SETS,
    });
    expect(excel.runs).toEqual([
      { delayForCellEdit: true },
      { mergeUndoGroup: true, delayForCellEdit: true },
    ]);
    expect(excel.syncs.map((sync) => sync.failed)).not.toContain("UndoNotSupported");
    expect(excel.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ["Receivables", "Visible"],
      ["Aging", "Visible"],
      ["CreditDesk_Meta", "VeryHidden"],
    ]);
    expect(excel.sheet("CreditDesk_Meta").cell(1, 1)).toBe("map");
    expect(summary).toMatchObject({ oneUndoStep: true, undoHistoryCleared: true });
  });

  it("leaves the user's undo history alone when nothing needs renaming or hiding", async () => {
    const excel = ledger();
    excel.addSheet("Aging");
    // The output map exists and the user made it visible: it is not hidden again.
    excel.addSheet("CreditDesk_Meta").visibility = "Visible";
    const summary = await applyPlan(
      runOn(excel),
      plan({ sheets: [ownedSheet(), { ...metaSheet(), knownNames: ["CreditDesk_Meta"] }] }),
      { supports: ALL_SETS }
    );
    expect(excel.undoStackCleared).toBe(false);
    expect(excel.runs).toHaveLength(2);
    expect(excel.sheet("CreditDesk_Meta").visibility).toBe("Visible");
    expect(summary).toMatchObject({ oneUndoStep: true, undoHistoryCleared: false });
  });

  it("does not promise one undo step where Excel cannot merge", async () => {
    const excel = ledger();
    const summary = await applyPlan(runOn(excel), plan(), { supports: NO_SETS });
    expect(excel.runs).toEqual([{}, {}]);
    expect(summary.oneUndoStep).toBe(false);
  });

  it("maps Excel's UndoNotSupported to its own code", async () => {
    const excel = ledger();
    const context = excel.context({ mergeUndoGroup: true });
    context.workbook.worksheets.getItem("Receivables").name = "Renamed";
    const refusal = context.sync();
    await expect(refusal).rejects.toMatchObject({ code: "UndoNotSupported" });
    const error = await refusal.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(translateOfficeError(error)).toMatchObject({ code: "UNDO_NOT_SUPPORTED" });
    expect(excel.sheet("Receivables").name).toBe("Receivables");
  });
});

describe("3. stale preview: the rows are read again before writing", () => {
  it("refuses, naming the sheet and the first moved row, when the rows were sorted after the preview", async () => {
    const excel = largeBook({ customers: 20, receivables: 60 });
    // Round trips 1-3 read; before round trip 4 (the apply's check) the user sorts two customers.
    excel.beforeSync = (syncNumber) => {
      if (syncNumber !== 4) return;
      const sheet = excel.sheet("Customers");
      [sheet.values[1], sheet.values[2]] = [sheet.values[2], sheet.values[1]];
    };
    await expect(reviewThroughExcel(excel)).rejects.toMatchObject({
      code: "ROWS_MOVED",
      sheet: "Customers",
      message: expect.stringContaining(
        'Sheet "Customers", row 2: the rows changed since the preview'
      ),
    });
    expect(excel.writesDone).toBe(0);
    expect(excel.writeRoundTrips).toBe(0);
  });

  it("reports a sheet deleted since the preview as missing, by name, not as moved", async () => {
    const excel = ledger();
    excel.deleteSheet("Receivables");
    await expect(applyPlan(runOn(excel), plan(), { supports: ALL_SETS })).rejects.toMatchObject({
      code: "SHEET_MISSING",
      sheet: "Receivables",
    });
    expect(excel.writesDone).toBe(0);
  });

  it("writes when nothing moved", async () => {
    const excel = ledger();
    await applyPlan(runOn(excel), plan(), { supports: ALL_SETS });
    expect(excel.sheet("Receivables").cell(2, 4)).toBe(45);
  });

  it("refuses when a row was inserted above the planned rows", async () => {
    const excel = ledger();
    const sheet = excel.sheet("Receivables");
    sheet.values.splice(1, 0, ["C9", "I-9", 900]);
    await expect(applyPlan(runOn(excel), plan(), { supports: ALL_SETS })).rejects.toMatchObject({
      code: "ROWS_MOVED",
      message: expect.stringContaining('Sheet "Receivables", row 2'),
    });
    expect(excel.writesDone).toBe(0);
  });
});

describe("4. the aging chart is one series", () => {
  it("charts a one-row range of totals by rows: one series, buckets as categories", async () => {
    const excel = ledger();
    const chart = {
      kind: "column" as const,
      title: "Open by bucket",
      categoriesRange: "B1:D1",
      valuesRange: "B2:D2",
      seriesName: "Total",
      anchor: "F2",
      widthPoints: 480,
      heightPoints: 240,
    };
    await applyPlan(
      asExcelContext(excel.context()),
      plan({ sheets: [ownedSheet({ charts: [chart] })] })
    );
    const [made] = excel.sheet("Aging").charts;
    expect(made).toMatchObject({ source: "B2:D2", seriesBy: "Rows", seriesCount: 1 });
    expect(made.settings["series0.xValues"]).toBe("B1:D1");
  });

  it("keeps one series in a whole review; the Trends chart stacks one series per bucket", async () => {
    const excel = largeBook({ customers: 20, receivables: 60 });
    await reviewThroughExcel(excel);
    const clustered = excel.sheets
      .flatMap((sheet) => sheet.charts)
      .filter((chart) => chart.type === "ColumnClustered");
    expect(clustered.length).toBeGreaterThan(0);
    expect(clustered.every((chart) => chart.seriesCount === 1)).toBe(true);
    const trends = excel.sheets.find((sheet) => sheet.name === "Trends");
    // Six buckets of the default aging edges, charted by columns from B4 (one review on file).
    expect(trends?.charts).toMatchObject([
      { type: "ColumnStacked", source: "B4:G4", seriesBy: "Columns", seriesCount: 6 },
    ]);
    expect(trends?.charts[0].settings["series5.name"]).toBe(">180");
    expect(trends?.charts[0].settings["series0.xValues"]).toBe("A4");
  });
});

describe("5. Excel Tables are not widened over the output", () => {
  it("leaves one blank column after a Table, so Excel does not take the block into it", async () => {
    const excel = largeBook({ customers: 20, receivables: 60 });
    const table = {
      name: "Ledger",
      box: { top: 1, left: 1, bottom: 61, right: 9 },
      showHeaders: true,
    };
    excel.sheet("Receivables").tables.push(table);
    const run = await reviewThroughExcel(excel);
    const receivables = run.plan.columnBlocks.find((candidate) => candidate.role === "receivables");
    expect(receivables?.firstColumn).toBe(11);
    expect(table.box.right).toBe(9);
    expect(excel.sheet("Receivables").cell(1, 10)).toBeUndefined();
    // Without the gap the fake widens the Table, as Excel does.
    const widened = ledger();
    const tight = { name: "T", box: { top: 1, left: 1, bottom: 3, right: 3 }, showHeaders: true };
    widened.sheet("Receivables").tables.push(tight);
    await applyPlan(asExcelContext(widened.context()), plan());
    expect(tight.box.right).toBe(5);
  });
});

describe("5. a Table header cell is never cleared", () => {
  it("clears the owned cells a Table took in, but not the Table's header cells", async () => {
    const excel = ledger();
    const sheet = excel.sheet("Receivables");
    // An earlier block in D:E that a Table (A1:E3) has since taken in; the new block goes to G.
    sheet.put(1, 4, [
      ["Days overdue", "Aging bucket"],
      [1, "1-30"],
      [2, "1-30"],
    ]);
    sheet.tables.push({
      name: "T",
      box: { top: 1, left: 1, bottom: 3, right: 5 },
      showHeaders: true,
    });
    await applyPlan(
      asExcelContext(excel.context()),
      plan({
        columnBlocks: [
          block({ firstColumn: 7, clearRanges: ["D1:E3"], excelTableHeaders: ["A1:E1"] }),
        ],
      })
    );
    expect(sheet.read({ top: 1, left: 4, bottom: 3, right: 5 })).toEqual([
      ["Days overdue", "Aging bucket"],
      ["", ""],
      ["", ""],
    ]);
    expect(sheet.cell(2, 7)).toBe(45);
  });

  it("cuts a range around header cells, keeping every other cell (property)", () => {
    const header = fc.record({
      row: fc.integer({ min: 1, max: 8 }),
      left: fc.integer({ min: 1, max: 8 }),
      width: fc.integer({ min: 0, max: 4 }),
    });
    const box = fc.record({
      top: fc.integer({ min: 1, max: 8 }),
      left: fc.integer({ min: 1, max: 8 }),
      rows: fc.integer({ min: 0, max: 4 }),
      columns: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(box, fc.array(header, { maxLength: 3 }), (b, headers) => {
        const address = rangeAddress(b.top, b.left, b.top + b.rows, b.left + b.columns);
        const headerRanges = headers.map((h) =>
          rangeAddress(h.row, h.left, h.row, h.left + h.width)
        );
        const isHeader = (row: number, column: number) =>
          headers.some((h) => h.row === row && column >= h.left && column <= h.left + h.width);
        const cleared = new Map<string, number>();
        for (const range of clearableRanges(address, headerRanges)) {
          const { top, left, bottom, right } = parseBox(range);
          for (let row = top; row <= bottom; row++)
            for (let column = left; column <= right; column++)
              cleared.set(`${row}:${column}`, (cleared.get(`${row}:${column}`) ?? 0) + 1);
        }
        for (let row = b.top; row <= b.top + b.rows; row++)
          for (let column = b.left; column <= b.left + b.columns; column++)
            expect(cleared.get(`${row}:${column}`) ?? 0).toBe(isHeader(row, column) ? 0 : 1);
        expect([...cleared.values()].reduce((sum, count) => sum + count, 0)).toBe(
          [...cleared.keys()].length
        );
      })
    );
  });
});

describe("7. protection and partial writes", () => {
  it("refuses a protected sheet in the check, naming it, with nothing written", async () => {
    const excel = ledger();
    excel.sheet("Receivables").protected = true;
    await expect(applyPlan(runOn(excel), plan(), { supports: ALL_SETS })).rejects.toMatchObject({
      code: "SHEET_PROTECTED",
      sheet: "Receivables",
      message: expect.stringContaining('The sheet "Receivables" is protected'),
    });
    expect(excel.writesDone).toBe(0);
    expect(excel.roundTrips).toBe(1);
  });

  it("refuses a protected workbook structure when the review must add a sheet", async () => {
    const excel = ledger();
    excel.workbookProtected = true;
    await expect(
      applyPlan(runOn(excel), plan({ sheets: [metaSheet()] }), { supports: ALL_SETS })
    ).rejects.toMatchObject({ code: "WORKBOOK_PROTECTED" });
    expect(excel.writesDone).toBe(0);
    // Writing into existing sheets is still allowed under structure protection.
    await applyPlan(runOn(excel), plan(), { supports: ALL_SETS });
    expect(excel.sheet("Receivables").cell(3, 5)).toBe("Not due");
  });

  it("reports a failure after the first write as possibly partial, naming the Credit Log rows to recover from", async () => {
    const excel = ledger();
    excel.addSheet("Credit Log").put(1, 1, [["Date"], [46000], [46000], [46100]]);
    const log = ownedSheet({
      key: "creditLog",
      name: "Credit Log",
      knownNames: ["Credit Log"],
      mode: "append",
      startRow: 5,
      cells: [[46203]],
    });
    // The second write round trip meets a sheet protected in the meantime.
    excel.beforeSync = (syncNumber) => {
      if (syncNumber === 3) excel.sheet("Credit Log").protected = true;
    };
    const attempt = applyPlan(runOn(excel), plan({ sheets: [log] }), {
      supports: ALL_SETS,
      writeRoundTrips: 2,
    });
    await expect(attempt).rejects.toMatchObject({ code: "WRITE_INTERRUPTED" });
    await expect(attempt).rejects.toThrow(
      'may be only partly written: A sheet the review writes to is protected. Unprotect it (Review › Unprotect Sheet), then run the review again. The sheet "Credit Log" still holds the earlier reviews in rows 2 to 4'
    );
  });
});

describe("10. cell-edit mode during Apply", () => {
  it("waits for the edit to end where Excel can delay the batch", async () => {
    const excel = ledger();
    excel.cellEditMode = true;
    await applyPlan(runOn(excel), plan(), { supports: ALL_SETS });
    expect(excel.delayedForCellEdit).toBe(excel.roundTrips);
    expect(excel.sheet("Receivables").cell(2, 4)).toBe(45);
  });

  it("fails at once with a clear message, nothing written, where it cannot", async () => {
    const excel = ledger();
    excel.cellEditMode = true;
    await expect(applyPlan(runOn(excel), plan(), { supports: NO_SETS })).rejects.toMatchObject({
      code: "CELL_EDIT_MODE",
    });
    expect(excel.writesDone).toBe(0);
  });
});

describe("12. no visible apostrophe in Text-formatted cells", () => {
  it("writes text into a Text column as it is, and marks only text in other columns", async () => {
    const excel = ledger();
    await applyPlan(
      asExcelContext(excel.context()),
      plan({
        columnBlocks: [
          block({
            keys: ["code", "note"],
            headers: ["Code", "Note"],
            rows: [
              ["00123", "1-30"],
              ["=SUM(1)", "=SUM(1)"],
            ],
            numberFormats: ["General", "@"],
          }),
        ],
      })
    );
    const sheet = excel.sheet("Receivables");
    const written = [sheet.cell(2, 4), sheet.cell(2, 5), sheet.cell(3, 4), sheet.cell(3, 5)];
    expect(written).toEqual(["00123", "1-30", "=SUM(1)", "=SUM(1)"]);
    expect(written.some((value) => String(value).startsWith("'"))).toBe(false);
    expect(sheet.formulas.size).toBe(0);
  });
});
