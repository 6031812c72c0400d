import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { READ_DATA_ROUND_TRIPS } from "../../src/excel/request-budget";
import { isRawError } from "../../src/workbook/raw";
import { FakeExcel, asExcelContext } from "./recording-fake";

const ALL_SETS = (): boolean => true;

/** Customers: a title row, a blank row, a header in row 3, an error, a hidden row, a table. */
function customerWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.culture = "en-GB";
  const sheet = excel.addSheet("Customers");
  sheet.put(1, 1, [["Customer list"]]);
  sheet.put(3, 1, [["ID", "Name", "Since", "Limit"]]);
  sheet.put(4, 1, [["00123", "Acme", 45658, 1000]], ["@", "General", "yyyy-mm-dd", "#,##0.00"]);
  sheet.put(5, 1, [["C2", "#N/A", 45659, 2000]]); // "#N/A" typed as text: not an error
  sheet.put(6, 1, [["C3", "Beta", 45660]]).putError(6, 4, "#N/A");
  sheet.merges.push({ top: 1, left: 1, bottom: 1, right: 4 });
  sheet.hiddenRows.add(5);
  sheet.tables.push({
    name: "CustomerTable",
    box: { top: 3, left: 1, bottom: 6, right: 4 },
    showHeaders: true,
  });
  excel.addSheet("Notes");
  return excel;
}

describe("readOpenWorkbook", () => {
  it("reads values, errors, formats, merges, hidden rows, tables, culture and date system", async () => {
    const excel = customerWorkbook();
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      numberFormats: true,
    });

    expect(workbook.locale).toBe("en-GB");
    expect(workbook.date1904).toBe(false);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Customers", "Notes"]);
    const [customers, notes] = workbook.sheets;
    expect(customers.firstRow).toBe(1);
    expect(customers.firstColumn).toBe(1);
    expect(customers.cells).toHaveLength(6);
    expect(customers.cells[1]).toEqual([null, null, null, null]);
    expect(customers.cells[3]).toEqual(["00123", "Acme", 45658, 1000]);
    // Text that reads "#N/A" stays text; the cell Excel holds as an error becomes a RawError.
    expect(customers.cells[4][1]).toBe("#N/A");
    expect(customers.cells[5][3]).toEqual({ error: "#N/A" });
    expect(isRawError(customers.cells[5][3])).toBe(true);
    expect(customers.numberFormats?.[3]).toEqual(["@", "General", "yyyy-mm-dd", "#,##0.00"]);
    expect(customers.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
    expect(customers.hiddenRows).toEqual([5]);
    expect(customers.tables).toEqual([
      { name: "CustomerTable", headerRow: 3, firstColumn: 1, lastColumn: 4, lastRow: 6 },
    ]);
    expect(notes).toEqual({
      name: "Notes",
      cells: [],
      firstRow: 1,
      firstColumn: 1,
      tables: [],
      visibility: "visible",
    });
  });

  it("reads a tiny workbook in as few round trips as it needs: names, outline, one data round trip", async () => {
    const excel = customerWorkbook();
    await readOpenWorkbook(asExcelContext(excel.context()), { supports: ALL_SETS });
    expect(READ_DATA_ROUND_TRIPS).toBe(1);
    expect(excel.roundTrips).toBe(3);
    expect(excel.syncs.every((sync) => sync.writes === 0)).toBe(true);
  });

  it("loads no number formats unless asked: nothing downstream reads them, and they double the bytes", async () => {
    const withFormats = customerWorkbook();
    await readOpenWorkbook(asExcelContext(withFormats.context()), {
      supports: ALL_SETS,
      numberFormats: true,
    });
    const valuesOnly = customerWorkbook();
    const workbook = await readOpenWorkbook(asExcelContext(valuesOnly.context()), {
      supports: ALL_SETS,
    });
    expect(workbook.sheets[0].numberFormats).toBeUndefined();
    // The data round trip (the third) carries the 6 × 4 cells: with formats it weighs more.
    expect(valuesOnly.syncs[2].loadBytes).toBeLessThan(withFormats.syncs[2].loadBytes);
    // Exactly the JSON of the formats less: 24 cells' formats, none of them loaded.
    const formats = valuesOnly
      .sheet("Customers")
      .readFormats({ top: 1, left: 1, bottom: 6, right: 4 });
    expect(withFormats.syncs[2].loadBytes - valuesOnly.syncs[2].loadBytes).toBe(
      JSON.stringify(formats).length
    );
  });

  it("detects a 1904 workbook from Excel's own DATE()", async () => {
    const excel = customerWorkbook();
    excel.date1904 = true;
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
    });
    expect(workbook.date1904).toBe(true);
  });

  it("leaves culture and merges out when the host lacks their API sets", async () => {
    const excel = customerWorkbook();
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: () => false,
    });
    expect(workbook.locale).toBeUndefined();
    expect(workbook.sheets[0].merges).toEqual([]);
  });

  it("reads an empty merge right of the used range (F1:G2 beside A1:B2), so no block is written into it", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Customers");
    sheet.put(1, 1, [
      ["Customer ID", "Customer name"],
      ["C1", "Alpha"],
    ]);
    sheet.merges.push({ top: 1, left: 6, bottom: 2, right: 7 });
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
    });
    expect(workbook.sheets[0].merges).toEqual([{ top: 1, left: 6, bottom: 2, right: 7 }]);
  });

  it("reads a used range that does not start at A1", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Receivables").put(5, 3, [
      ["Invoice", "Amount"],
      ["I-1", 10],
    ]);
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
    });
    expect(workbook.sheets[0]).toMatchObject({
      firstRow: 5,
      firstColumn: 3,
      cells: [
        ["Invoice", "Amount"],
        ["I-1", 10],
      ],
    });
  });

  it("reads only the sheets asked for, with one outline round trip less", async () => {
    const excel = customerWorkbook();
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      sheetNames: ["Customers"],
      supports: ALL_SETS,
    });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Customers"]);
    expect(workbook.locale).toBe("en-GB");
    expect(workbook.sheets[0].tables).toHaveLength(1);
    expect(excel.roundTrips).toBe(1 + READ_DATA_ROUND_TRIPS);
  });

  it("names a sheet that is missing", async () => {
    const excel = customerWorkbook();
    await expect(
      readOpenWorkbook(asExcelContext(excel.context()), {
        sheetNames: ["Customers", "Orders"],
        supports: ALL_SETS,
      })
    ).rejects.toMatchObject({ code: "SHEET_MISSING", sheet: "Orders" });
  });

  it("reports progress after every round trip, ending at the total", async () => {
    const excel = customerWorkbook();
    const seen: { phase: string; done: number; total: number }[] = [];
    await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3]);
    expect(seen.every((p) => p.phase === "read" && p.total === 3)).toBe(true);
  });

  it("stops with an AbortError-named error when cancelled, before the next round trip", async () => {
    const excel = customerWorkbook();
    const controller = new AbortController();
    const reading = readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError", code: "CANCELLED" });
    expect(excel.roundTrips).toBe(2);
  });

  it("retries a refused data round trip at half the rows, and half again, until it passes", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ledger").put(
      1,
      1,
      Array.from({ length: 200 }, (_, row) => [`INV-${row}`, row * 1.5, "CNY"])
    );
    // One data round trip is planned (about 11.5 KB of values and formats); the host refuses
    // anything over 3,000 bytes: 200 rows, then 100, then 50 are refused; 25 rows (about 1.4 KB) pass.
    excel.hardLimitBytes = 3_000;
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      dataRoundTrips: 1,
      maxRequestBytes: 40_000,
      numberFormats: true,
    });
    expect(
      excel.syncs
        .filter((sync) => sync.failed === "ResponsePayloadSizeLimitExceeded")
        .map((sync) => sync.loadBytes)
        .every((bytes) => bytes > 3_000)
    ).toBe(true);
    expect(
      excel.syncs.filter((sync) => sync.failed === "ResponsePayloadSizeLimitExceeded").length
    ).toBeGreaterThanOrEqual(3);
    expect(workbook.sheets[0].cells).toHaveLength(200);
    expect(workbook.sheets[0].cells[199]).toEqual(["INV-199", 298.5, "CNY"]);
  });

  it("says the data is too large when even one row is refused", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ledger").put(
      1,
      1,
      Array.from({ length: 200 }, (_, row) => [`INV-${row}`, row, "x".repeat(2_000)])
    );
    // One row of the ledger is over 2,000 bytes: the host refuses even that.
    excel.hardLimitBytes = 1_000;
    await expect(
      readOpenWorkbook(asExcelContext(excel.context()), { supports: ALL_SETS, dataRoundTrips: 1 })
    ).rejects.toMatchObject({ code: "REQUEST_TOO_LARGE", sheet: "Ledger" });
  });

  it("lists every row of a sheet whose rows are all hidden, and reads values only when asked", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("Hidden").put(2, 1, [["a"], ["b"], ["c"]]);
    [2, 3, 4].forEach((row) => sheet.hiddenRows.add(row));
    const workbook = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      numberFormats: false,
    });
    expect(workbook.sheets[0].hiddenRows).toEqual([2, 3, 4]);
    expect(workbook.sheets[0].numberFormats).toBeUndefined();
  });

  it("asks the user to finish editing the cell when Excel is in cell-edit mode", async () => {
    const excel = customerWorkbook();
    excel.cellEditMode = true;
    await expect(
      readOpenWorkbook(asExcelContext(excel.context()), { supports: ALL_SETS })
    ).rejects.toMatchObject({
      code: "CELL_EDIT_MODE",
      message: "Finish editing the cell, then run the review again.",
      retryable: true,
    });
  });
});
