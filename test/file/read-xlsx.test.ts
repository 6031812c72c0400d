import ExcelJS from "exceljs";
import fc from "fast-check";
import { DATE_1904_OFFSET, serialFromIso } from "../../src/engine/dates";
import { openXlsxPackage } from "../../src/file/index";
import type { RawSheet } from "../../src/workbook/raw";

const MARCH_5 = serialFromIso("2026-03-05"); // 46086
const march5 = () => new Date(Date.UTC(2026, 2, 5));

async function roundTrip(workbook: ExcelJS.Workbook) {
  return openXlsxPackage(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The raw cell at a worksheet address (1-based), through the sheet's offset. */
function at(sheet: RawSheet, row: number, column: number) {
  return sheet.cells[row - sheet.firstRow]?.[column - sheet.firstColumn];
}

function kindsWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kinds");
  sheet.mergeCells("A2:C2");
  sheet.getCell("A2").value = "Ledger (merged title)";
  const values: ExcelJS.CellValue[] = [
    march5(),
    { formula: "6*7", result: 42 },
    { formula: "6*7" } as ExcelJS.CellFormulaValue,
    { error: "#N/A" } as ExcelJS.CellErrorValue,
    { richText: [{ text: "Credit " }, { text: "Desk", font: { bold: true } }] },
    { text: "Terms", hyperlink: "https://example.com/terms" },
    1234.5,
    true,
    "00123",
    new Date(Date.UTC(2026, 2, 5, 18, 0)),
    { formula: "DATE(2026,3,5)", result: march5() },
    { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue,
  ];
  values.forEach((value, index) => (sheet.getCell(3, index + 1).value = value));
  sheet.getCell("A3").numFmt = "yyyy-mm-dd";
  sheet.getCell("G3").numFmt = "#,##0.00";
  sheet.getCell("A4").value = 1;
  sheet.getCell("B4").value = {
    formula: "A4*2",
    result: 2,
    shareType: "shared",
    ref: "B4:B5",
  } as ExcelJS.CellFormulaValue;
  sheet.getCell("A5").value = 2;
  sheet.getCell("B5").value = { sharedFormula: "B4", result: 4 } as ExcelJS.CellSharedFormulaValue;
  sheet.getRow(5).hidden = true;
  const tables = workbook.addWorksheet("Tables");
  tables.getCell("A1").value = "Open orders";
  tables.addTable({
    name: "OpenOrders",
    ref: "B3",
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: "Customer ID", totalsRowLabel: "Total" },
      { name: "Amount", totalsRowFunction: "sum" },
    ],
    rows: [
      ["C00001", 100],
      ["C00002", 250],
    ],
  });
  return workbook;
}

describe("reading an .xlsx into raw sheets", () => {
  test("every cell kind comes back as the raw cell Office.js would give", async () => {
    const { raw } = await roundTrip(kindsWorkbook());
    expect(raw.date1904).toBe(false);
    const sheet = raw.sheets.find((item) => item.name === "Kinds") as RawSheet;
    // The used range starts at the merged title in row 2, column A.
    expect([sheet.firstRow, sheet.firstColumn]).toEqual([2, 1]);
    expect(sheet.cells[1]).toEqual([
      MARCH_5,
      42,
      { error: "#NO_RESULT" },
      { error: "#N/A" },
      "Credit Desk",
      "Terms",
      1234.5,
      true,
      "00123",
      MARCH_5 + 0.75, // 18:00 kept as Office.js gives it; the workbook layer drops the time
      MARCH_5,
      { error: "#DIV/0!" },
    ]);
    expect(at(sheet, 4, 2)).toBe(2);
    expect(at(sheet, 5, 2)).toBe(4); // the shared formula's own cached result
    expect(at(sheet, 3, 1)).toBe(46_086);
    expect(sheet.numberFormats?.[1][0]).toBe("yyyy-mm-dd");
    expect(sheet.numberFormats?.[1][6]).toBe("#,##0.00");
    expect(sheet.numberFormats?.[1][1]).toBe("General");
  });

  test("a merged range keeps its value in the top-left cell and is reported", async () => {
    const { raw } = await roundTrip(kindsWorkbook());
    const sheet = raw.sheets[0];
    expect(sheet.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
    expect(sheet.cells[0].slice(0, 3)).toEqual(["Ledger (merged title)", null, null]);
  });

  test("hidden rows are listed and still read", async () => {
    const { raw } = await roundTrip(kindsWorkbook());
    expect(raw.sheets[0].hiddenRows).toEqual([5]);
    expect(at(raw.sheets[0], 5, 1)).toBe(2);
  });

  test("an Excel Table is reported by its range, without its totals row", async () => {
    const { raw } = await roundTrip(kindsWorkbook());
    const sheet = raw.sheets.find((item) => item.name === "Tables") as RawSheet;
    // Header B3:C3, data rows 4-5, totals row 6.
    expect(sheet.tables).toEqual([
      { name: "OpenOrders", headerRow: 3, firstColumn: 2, lastColumn: 3, lastRow: 5 },
    ]);
    expect(at(sheet, 3, 2)).toBe("Customer ID");
    expect(at(sheet, 5, 3)).toBe(250);
  });

  test("a 1904 workbook is flagged and its dates come back as 1904 serials", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Old Mac book");
    sheet.getCell("A1").value = march5();
    sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    sheet.getCell("B1").value = 100;
    const { raw } = await roundTrip(workbook);
    expect(raw.date1904).toBe(true);
    // 46086 − 1462 = 44624: the workbook layer adds the 1,462 days back, as for Office.js.
    expect(raw.sheets[0].cells[0]).toEqual([MARCH_5 - DATE_1904_OFFSET, 100]);
  });

  test("only the sheets asked for are converted", async () => {
    const workbook = kindsWorkbook();
    const { raw } = await openXlsxPackage(new Uint8Array(await workbook.xlsx.writeBuffer()), {
      sheets: ["Tables"],
    });
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual(["Tables"]);
  });

  test("an empty sheet is an empty rectangle", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Empty");
    const { raw } = await roundTrip(workbook);
    expect(raw.sheets[0]).toMatchObject({
      name: "Empty",
      cells: [],
      firstRow: 1,
      firstColumn: 1,
      merges: [],
      tables: [],
    });
  });

  test("any set of dates survives writing and reading as the same serials", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 61, max: 2_958_465 }), { minLength: 1, maxLength: 40 }),
        async (serials) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("Dates");
          serials.forEach((serial, index) => {
            const cell = sheet.getCell(index + 1, 1);
            cell.value = new Date((serial - 25_569) * 86_400_000);
            cell.numFmt = "yyyy-mm-dd";
          });
          const { raw } = await roundTrip(workbook);
          expect(raw.sheets[0].cells.map((row) => row[0])).toEqual(serials);
        }
      ),
      { numRuns: 15 }
    );
  });
});
