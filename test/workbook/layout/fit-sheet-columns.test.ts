import { fitSheetColumns } from "../../../src/workbook/fit-sheet-columns";

describe("fitting an owned sheet's columns to the formats its ranges give", () => {
  it("measures each cell in the last range covering it, column by column", () => {
    // A2:B3 in two decimals, then A2:A3 again in whole numbers: column A shows 123457 (6
    // characters + 2 padding = 8), column B 123456.79 (9 + 2 = 11).
    const fitted = fitSheetColumns(
      {
        cells: [
          ["A", "B"],
          [123456.789, 123456.789],
          [1, 1],
        ],
        startRow: 1,
        numberFormats: [
          { range: "A2:B3", format: "0.00" },
          { range: "A2:A3", format: "0" },
        ],
      },
      { row: 1, texts: ["A", "B"] }
    );
    expect(fitted.columnWidths).toEqual([8, 11]);
  });

  it("measures a cell no range covers as General, even when a range covers its column above", () => {
    // Row 3 lies below A2's range: 1234.5 shows in General as 1234.5 (6 + 2 = 8), not 1,234.50.
    const fitted = fitSheetColumns(
      {
        cells: [["A"], [1], [1234.5]],
        startRow: 1,
        numberFormats: [{ range: "A2", format: "#,##0.00" }],
      },
      { row: 1, texts: ["A"] }
    );
    expect(fitted.columnWidths).toEqual([8]);
  });
});
