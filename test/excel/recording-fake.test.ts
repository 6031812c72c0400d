/** The recording fake itself: strict where Office is strict, and counting what it should. */
import { FakeExcel } from "./recording-fake";

describe("recording fake of the Excel API", () => {
  // This test reads before load and before sync on purpose: the fake must refuse it like Office.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  it("throws when a property is read before load and sync, like Office", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S").put(1, 1, [[1, 2]]);
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
    expect(() => range.values).toThrow(/PropertyNotLoaded: Range.values/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([[1, 2]]);
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */

  it("counts round trips and the JSON bytes written and loaded in each", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    const context = excel.context();
    context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["ab", 12]];
    await context.sync();
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
    range.load("values");
    await context.sync();
    // [["ab",12]] is 11 bytes of JSON, written once and loaded once.
    expect(excel.syncs.map((sync) => [sync.writeBytes, sync.loadBytes])).toEqual([
      [11, 0],
      [0, 11],
    ]);
  });

  it("parses unmarked text like typed input and keeps apostrophe-marked text", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    const context = excel.context();
    context.workbook.worksheets.getItem("S").getRange("A1:D1").values = [
      ["=1+1", "'=1+1", "00123", "'00123"],
    ];
    await context.sync();
    expect(sheet.read({ top: 1, left: 1, bottom: 1, right: 4 })).toEqual([
      ["=1+1", "=1+1", 123, "00123"],
    ]);
    expect([...sheet.formulas]).toEqual(["1:1"]);
  });

  it("refuses a request over the host's limit without changing anything", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    excel.hardLimitBytes = 10;
    const context = excel.context();
    context.workbook.worksheets.getItem("S").getRange("A1").values = [
      ["a text longer than ten bytes"],
    ];
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sheet.cell(1, 1)).toBeUndefined();
  });

  it("keeps text in a Text-formatted cell as written, apostrophe and all", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    const context = excel.context();
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
    range.numberFormat = [["@", "@"]];
    range.values = [["'00123", "=1+1"]];
    await context.sync();
    expect(sheet.read({ top: 1, left: 1, bottom: 1, right: 2 })).toEqual([["'00123", "=1+1"]]);
    expect(sheet.formulas.size).toBe(0);
  });

  it("refuses writes to a protected sheet and counts only the writes that ran", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S");
    sheet.protected = true;
    const context = excel.context();
    context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sheet.cell(1, 1)).toBeUndefined();
    expect(excel.writesDone).toBe(0);
  });

  it("widens a Table over values written in the column right after it, not one further", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S").put(1, 1, [
      ["A", "B"],
      [1, 2],
    ]);
    const table = { name: "T", box: { top: 1, left: 1, bottom: 2, right: 2 }, showHeaders: true };
    sheet.tables.push(table);
    const context = excel.context();
    context.workbook.worksheets.getItem("S").getRange("D1:D2").values = [["gap"], [3]];
    await context.sync();
    expect(table.box.right).toBe(2);
    context.workbook.worksheets.getItem("S").getRange("C1:C2").values = [["next"], [4]];
    await context.sync();
    expect(table.box.right).toBe(3);
  });

  it("makes one series per column of a range charted by columns", async () => {
    const excel = new FakeExcel();
    const sheet = excel.addSheet("S").put(1, 1, [[1, 2, 3]]);
    const context = excel.context();
    const worksheet = context.workbook.worksheets.getItem("S");
    worksheet.charts.add("ColumnClustered", worksheet.getRange("A1:C1"), "Columns");
    worksheet.charts.add("ColumnClustered", worksheet.getRange("A1:C1"), "Rows");
    await context.sync();
    expect(sheet.charts.map((chart) => chart.seriesCount)).toEqual([3, 1]);
  });
});
