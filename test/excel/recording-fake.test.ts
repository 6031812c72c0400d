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
});
