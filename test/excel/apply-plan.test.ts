import { applyPlan } from "../../src/excel/apply-plan";
import { CELL_EDIT_MODE_MESSAGE, ExcelAdapterError } from "../../src/excel/errors";
import { WRITE_ROUND_TRIPS } from "../../src/excel/request-budget";
import type { ColumnBlockPlan, OutputPlan, SheetPlan } from "../../src/workbook/plan";
import { bareSheetPlan } from "../support/sheet-plan";
import { FakeExcel, asExcelContext } from "./recording-fake";

/** Receivables in A1:C4 (header row 1), a block of two output columns from D. */
function ledger(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Receivables").put(1, 1, [
    ["Customer", "Invoice", "Amount"],
    ["C1", "I-1", 100],
    ["C2", "I-2", 200],
    ["C3", "I-3", 300],
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
      [null, null],
      [-3, "Not due"],
    ],
    numberFormats: ["0", "@"],
    clearRowsBelow: 0,
    conditionalFormats: [
      {
        kind: "cellValue",
        range: "D2:D4",
        operator: "greaterThan",
        values: [30],
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ],
    ...overrides,
  };
}

function sheetPlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    key: "aging",
    name: "Aging",
    knownNames: ["Aging", "账龄分析"],
    visibility: "visible",
    mode: "replace",
    startRow: 1,
    cells: [["Aging"], ["Customer", "Total"], ["C1", 45.5], ["=HYPERLINK(1)", 12]],
    numberFormats: [{ range: "B3:B4", format: "#,##0.00" }],
    conditionalFormats: [{ kind: "dataBar", range: "B3:B4", color: "#5B9BD5" }],
    boldRows: [2],
    columnWidths: [10, 0, 14],
    freezeRows: 2,
    charts: [
      {
        kind: "column",
        title: "Open by bucket",
        categoriesRange: "A3:A4",
        valuesRange: "B3:B4",
        seriesName: "Total",
        anchor: "E2",
        widthPoints: 480,
        heightPoints: 240,
      },
    ],
    ...overrides,
  };
}

function plan(overrides: Partial<OutputPlan> = {}): OutputPlan {
  return { columnBlocks: [block()], sheets: [sheetPlan()], activate: "Aging", ...overrides };
}

async function apply(
  excel: FakeExcel,
  outputPlan: OutputPlan,
  options: Parameters<typeof applyPlan>[2] = {}
) {
  return applyPlan(asExcelContext(excel.context()), outputPlan, options);
}

describe("applyPlan", () => {
  it("writes a block next to the user's table: headers, values, number formats, one conditional format per range", async () => {
    const excel = ledger();
    const summary = await apply(excel, plan());
    const sheet = excel.sheet("Receivables");
    expect(sheet.read({ top: 1, left: 1, bottom: 4, right: 5 })).toEqual([
      ["Customer", "Invoice", "Amount", "Days overdue", "Aging bucket"],
      ["C1", "I-1", 100, 45, "31-60"],
      ["C2", "I-2", 200, "", ""],
      ["C3", "I-3", 300, -3, "Not due"],
    ]);
    expect(sheet.readFormats({ top: 2, left: 4, bottom: 4, right: 5 })).toEqual([
      ["0", "@"],
      ["0", "@"],
      ["0", "@"],
    ]);
    expect(sheet.conditionalFormats).toEqual([
      {
        address: "D2:D4",
        type: "CellValue",
        settings: {
          "cellValue.format.fill.color": "#FFC7CE",
          "cellValue.format.font.color": "#9C0006",
          "cellValue.rule": { operator: "GreaterThan", formula1: "=30" },
        },
      },
    ]);
    // One check, then the fixed write round trips (even a plan this small is spread over them).
    expect(summary.roundTrips).toBe(1 + WRITE_ROUND_TRIPS);
    expect(excel.calculationSuspended).toBe(WRITE_ROUND_TRIPS);
  });

  it("writes text that Excel would read as a formula or a date as literal text", async () => {
    const excel = ledger();
    await apply(excel, plan());
    const aging = excel.sheet("Aging");
    expect(aging.cell(4, 1)).toBe("=HYPERLINK(1)");
    expect(aging.formulas.size).toBe(0);
    // "31-60" would be a date if typed; it is stored as the text.
    expect(excel.sheet("Receivables").cell(2, 5)).toBe("31-60");
  });

  it("adds an owned sheet with its formats, widths in points, frozen rows, bold header and chart", async () => {
    const excel = ledger();
    await apply(excel, plan());
    const aging = excel.sheet("Aging");
    expect(aging.read({ top: 1, left: 1, bottom: 3, right: 2 })).toEqual([
      ["Aging", ""],
      ["Customer", "Total"],
      ["C1", 45.5],
    ]);
    expect(aging.format(3, 2)).toBe("#,##0.00");
    expect(aging.boldRows).toEqual(new Set([2]));
    // 10 characters → (10 × 7 + 5) × 0.75 = 56.25 points; a 0 width is left alone.
    expect([...aging.columnWidths.entries()]).toEqual([
      [1, 56.25],
      [3, 77.25],
    ]);
    expect(aging.frozenRows).toBe(2);
    expect(aging.conditionalFormats).toEqual([
      {
        address: "B3:B4",
        type: "DataBar",
        settings: { "dataBar.positiveFormat.fillColor": "#5B9BD5" },
      },
    ]);
    expect(aging.charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        source: "B3:B4",
        seriesBy: "Columns",
        seriesCount: 1,
        settings: {
          "title.text": "Open by bucket",
          "series0.name": "Total",
          "series0.xValues": "A3:A4",
          anchor: "E2",
          width: 480,
          height: 240,
        },
      },
    ]);
    expect(excel.activeSheet).toBe("Aging");
  });

  it("finds an owned sheet by a name it had in another language, renames it and replaces its content and chart", async () => {
    const excel = ledger();
    const old = excel.addSheet("账龄分析").put(1, 1, [["old"], ["x"], ["y"], ["z"], ["below"]]);
    old.charts.push({
      name: "Old chart",
      type: "ColumnClustered",
      source: "B3:B4",
      seriesBy: "Columns",
      seriesCount: 1,
      settings: {},
    });
    old.conditionalFormats.push({ address: "A1:A5", type: "DataBar", settings: {} });
    await apply(excel, plan());
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Receivables", "Aging"]);
    expect(old.name).toBe("Aging");
    expect(old.cell(5, 1)).toBeUndefined();
    expect(old.charts).toHaveLength(1);
    expect(old.charts[0].settings["title.text"]).toBe("Open by bucket");
    expect(old.conditionalFormats).toHaveLength(1);
  });

  it("appends from the start row and keeps what is above", async () => {
    const excel = ledger();
    excel.addSheet("Credit Log").put(1, 1, [
      ["Date", "Customer"],
      [46000, "C1"],
    ]);
    const log = bareSheetPlan({
      key: "creditLog",
      name: "Credit Log",
      mode: "append",
      startRow: 3,
      cells: [[46100, "C2"]],
    });
    await apply(excel, plan({ sheets: [log], activate: null }));
    expect(excel.sheet("Credit Log").read({ top: 1, left: 1, bottom: 3, right: 2 })).toEqual([
      ["Date", "Customer"],
      [46000, "C1"],
      [46100, "C2"],
    ]);
  });

  it("clears rows below and columns right that an earlier, longer and wider block wrote", async () => {
    const excel = ledger();
    const sheet = excel.sheet("Receivables");
    // An earlier review wrote 3 columns (D:F) down to row 6.
    sheet.put(1, 4, [
      ["Days", "Bucket", "Flag"],
      [1, "a", "x"],
      [2, "b", "y"],
      [3, "c", "z"],
      [4, "d", "w"],
      [5, "e", "v"],
    ]);
    sheet.conditionalFormats.push({ address: "D2:F6", type: "DataBar", settings: {} });
    await apply(
      excel,
      plan({
        columnBlocks: [block({ clearRowsBelow: 2, clearColumnsRight: 1, conditionalFormats: [] })],
        sheets: [],
        activate: null,
      })
    );
    expect(sheet.read({ top: 1, left: 4, bottom: 6, right: 6 })).toEqual([
      ["Days overdue", "Aging bucket", ""],
      [45, "31-60", ""],
      ["", "", ""],
      [-3, "Not due", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(sheet.conditionalFormats).toEqual([]);
    // The user's own cells are untouched.
    expect(sheet.read({ top: 1, left: 1, bottom: 6, right: 3 })[5]).toEqual(["", "", ""]);
    expect(sheet.cell(4, 3)).toBe(300);
  });

  it("hides the output map very hidden", async () => {
    const excel = ledger();
    const meta = sheetPlan({
      key: "meta",
      name: "CreditDesk_Meta",
      knownNames: ["CreditDesk_Meta"],
      visibility: "veryHidden",
      charts: [],
      conditionalFormats: [],
    });
    await apply(excel, plan({ sheets: [meta], activate: null }));
    expect(excel.sheet("CreditDesk_Meta").visibility).toBe("VeryHidden");
  });

  it("writes nothing when a sheet it writes into was deleted after the read", async () => {
    const excel = ledger();
    excel.deleteSheet("Receivables");
    const attempt = apply(excel, plan());
    await expect(attempt).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(attempt).rejects.toMatchObject({
      code: "SHEET_MISSING",
      sheet: "Receivables",
      retryable: true,
    });
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs.every((sync) => sync.writes === 0)).toBe(true);
    expect(excel.findSheet("Aging")).toBeUndefined();
  });

  it("never takes a user's sheet that carries the planned name for its own, and writes nothing", async () => {
    const excel = ledger();
    const users = excel.addSheet("Aging").put(1, 1, [["my own notes"]]);
    const firstReview = plan({ sheets: [sheetPlan({ knownNames: [] })] });
    await expect(apply(excel, firstReview)).rejects.toMatchObject({
      code: "SHEET_NAME_TAKEN",
      sheet: "Aging",
    });
    expect(excel.writeRoundTrips).toBe(0);
    expect(users.cell(1, 1)).toBe("my own notes");
  });

  it("refuses to rename its own sheet onto the name of a user's sheet", async () => {
    const excel = ledger();
    excel.addSheet("账龄分析");
    excel.addSheet("Aging");
    await expect(
      apply(excel, plan({ sheets: [sheetPlan({ knownNames: ["账龄分析"] })] }))
    ).rejects.toMatchObject({
      code: "SHEET_NAME_TAKEN",
    });
    expect(excel.writeRoundTrips).toBe(0);
  });

  it("asks the user to finish editing the cell when Excel is in cell-edit mode; running again then works", async () => {
    const excel = ledger();
    excel.cellEditMode = true;
    await expect(apply(excel, plan())).rejects.toMatchObject({
      code: "CELL_EDIT_MODE",
      message: CELL_EDIT_MODE_MESSAGE,
      retryable: true,
    });
    expect(excel.findSheet("Aging")).toBeUndefined();
    excel.cellEditMode = false;
    await apply(excel, plan());
    expect(excel.sheet("Receivables").cell(2, 4)).toBe(45);
  });

  it("retries a refused request once in two halves", async () => {
    const excel = ledger();
    const rows = Array.from({ length: 400 }, (_, index) => [index, "label"]);
    excel.sheet("Receivables").put(
      5,
      1,
      rows.map(() => ["C", "I", 1])
    );
    const big = block({ rows: [...block().rows, ...rows], conditionalFormats: [] });
    // One round trip of ~8.5 KB planned; the host refuses anything over 6,000 bytes; halves pass.
    excel.hardLimitBytes = 6_000;
    await apply(excel, plan({ columnBlocks: [big], sheets: [], activate: null }), {
      maxRequestBytes: 40_000,
      writeRoundTrips: 1,
    });
    expect(
      excel.syncs.filter((sync) => sync.failed === "RequestPayloadSizeLimitExceeded").length
    ).toBeGreaterThan(0);
    expect(excel.sheet("Receivables").cell(404, 4)).toBe(399);
    expect(excel.sheet("Receivables").cell(404, 5)).toBe("label");
  });

  it("cuts a refused request in half again and again, and says the data is too large when one cell is", async () => {
    const excel = ledger();
    excel.hardLimitBytes = 100;
    // Halves of halves pass under 100 bytes: everything is written.
    await apply(excel, plan(), { writeRoundTrips: 1 });
    expect(excel.sheet("Receivables").cell(4, 5)).toBe("Not due");

    const tooLong = ledger();
    tooLong.hardLimitBytes = 1_000;
    const oneHugeCell = block({
      rows: [
        [1, "x".repeat(2_000)],
        [null, null],
        [null, null],
      ],
    });
    const attempt = apply(
      tooLong,
      plan({ columnBlocks: [oneHugeCell], sheets: [], activate: null })
    );
    // The halves before the huge cell went through: the write is reported as possibly partial.
    await expect(attempt).rejects.toMatchObject({ code: "WRITE_INTERRUPTED" });
    await expect(attempt).rejects.toThrow("Excel refused the data even in small pieces");
    expect(tooLong.sheet("Receivables").cell(2, 5)).toBeUndefined();
  });

  it("says the output may be partly written when a sheet vanishes between write round trips", async () => {
    const excel = ledger();
    // Round trip 1 checks, 2 writes the first part; the user deletes the sheet before round trip 3.
    excel.beforeSync = (syncNumber) => {
      if (syncNumber === 3) excel.deleteSheet("Receivables");
    };
    const attempt = apply(excel, plan({ sheets: [], activate: null }), { writeRoundTrips: 2 });
    await expect(attempt).rejects.toMatchObject({
      code: "WRITE_INTERRUPTED",
      sheet: "Receivables",
    });
    await expect(attempt).rejects.toThrow(
      'The review stopped while writing, so its results may be only partly written: the sheet "Receivables" was renamed or deleted while the review wrote to it. Run the review again to write them in full.'
    );
  });

  it("names the sheet that vanished even when another sheet comes first in the round trip", async () => {
    const excel = ledger();
    excel.addSheet("Notes");
    excel.beforeSync = (syncNumber) => {
      if (syncNumber === 2) excel.deleteSheet("Receivables");
    };
    // The first write round trip starts with the Aging sheet, then writes into Receivables.
    await expect(apply(excel, plan())).rejects.toMatchObject({
      code: "SHEET_MISSING",
      sheet: "Receivables",
    });
  });

  it("can be cancelled until writing starts, not after", async () => {
    const controller = new AbortController();
    controller.abort();
    const excel = ledger();
    await expect(apply(excel, plan(), { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(excel.roundTrips).toBe(0);

    const started = new AbortController();
    const running = ledger();
    await apply(running, plan(), {
      signal: started.signal,
      onProgress: (progress) => {
        if (progress.done === 2) started.abort();
      },
    });
    expect(running.sheet("Receivables").cell(4, 4)).toBe(-3);
  });
});
