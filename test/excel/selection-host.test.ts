import { detectHost } from "../../src/excel/host";
import { type BatchRunner, selectedRowOf, watchSelectedRow } from "../../src/excel/selection";
import { FakeExcel, asExcelContext } from "./recording-fake";

describe("selected row", () => {
  it("is the first row of the selection, and none for whole columns", () => {
    expect(selectedRowOf("B7")).toBe(7);
    expect(selectedRowOf("Customers!B7:D9")).toBe(7);
    expect(selectedRowOf("12:14")).toBe(12);
    expect(selectedRowOf("B7:B9,D12")).toBe(7);
    expect(selectedRowOf("C:C")).toBeNull();
  });

  it("reports selections on the watched sheet until unsubscribed", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers");
    const context = excel.context();
    const seen: { sheet: string; row: number }[] = [];
    // `Excel.run(context, batch)` in Office; the fake's context runs the batch directly.
    const run: BatchRunner = (handlerContext, batch) =>
      batch(handlerContext as unknown as Excel.RequestContext);
    const stop = await watchSelectedRow(
      asExcelContext(context),
      "Customers",
      (selection) => seen.push(selection),
      run
    );

    await excel.select("Customers", "C12");
    await excel.select("Customers", "A:A");
    await stop();
    await excel.select("Customers", "C13");

    expect(seen).toEqual([{ sheet: "Customers", row: 12 }]);
  });

  it("names a missing sheet", async () => {
    const excel = new FakeExcel();
    await expect(
      watchSelectedRow(asExcelContext(excel.context()), "Customers", () => undefined)
    ).rejects.toMatchObject({
      code: "SHEET_MISSING",
      sheet: "Customers",
    });
  });
});

describe("host detection", () => {
  const ready = (host: string | null) => ({
    onReady: async () => ({ host: host as Office.HostType | null }),
  });

  it("is the browser without Office, or when Office runs outside a host", async () => {
    expect(await detectHost(undefined)).toBe("browser");
    expect(await detectHost(ready(null), () => false)).toBe("browser");
  });

  it("is Excel inside Excel with the Excel API loaded", async () => {
    expect(await detectHost(ready("Excel"), () => true)).toBe("excel");
    expect(await detectHost(ready("Excel"), () => false)).toBe("browser");
    expect(await detectHost(ready("Word"), () => true)).toBe("browser");
  });
});
