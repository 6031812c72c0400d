import fc from "fast-check";
import { parseAreas, parseBox, withoutSheetName } from "../../src/excel/address";
import {
  MAX_COLUMN,
  MAX_ROW,
  columnLetter,
  columnNumber,
  rangeAddress,
} from "../../src/workbook/plan-address";

describe("reading Office.js addresses", () => {
  it("turns column letters into numbers", () => {
    expect(columnNumber("A")).toBe(1);
    expect(columnNumber("z")).toBe(26);
    expect(columnNumber("AA")).toBe(27); // 1 × 26 + 1
    expect(columnNumber("XFD")).toBe(16_384);
    expect(() => columnNumber("XFE")).toThrow(RangeError);
  });

  it("drops sheet names, quoted ones with ! and apostrophes too", () => {
    expect(withoutSheetName("Sheet1!B2:C3")).toBe("B2:C3");
    expect(withoutSheetName("'It''s here!'!A1")).toBe("A1");
    expect(withoutSheetName("B2")).toBe("B2");
  });

  it("reads cells, ranges, whole rows and whole columns", () => {
    expect(parseBox("Sheet1!$B$2:D9")).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(parseBox("C5")).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseBox("7:9")).toEqual({ top: 7, left: 1, bottom: 9, right: MAX_COLUMN });
    expect(parseBox("B:B")).toEqual({ top: 1, left: 2, bottom: MAX_ROW, right: 2 });
    expect(() => parseBox("Sheet1!nonsense")).toThrow(/cannot be read/);
  });

  it("splits area lists at commas outside quoted sheet names", () => {
    expect(parseAreas("'A, B'!A1:A3,'A, B'!C5, 'A, B'!D7:E8")).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 5, left: 3, bottom: 5, right: 3 },
      { top: 7, left: 4, bottom: 8, right: 5 },
    ]);
  });

  it("reads back every address the plan writes (property)", () => {
    const box = fc
      .record({
        top: fc.integer({ min: 1, max: MAX_ROW }),
        left: fc.integer({ min: 1, max: MAX_COLUMN }),
        rows: fc.integer({ min: 0, max: 5000 }),
        columns: fc.integer({ min: 0, max: 50 }),
      })
      .map(({ top, left, rows, columns }) => ({
        top,
        left,
        bottom: Math.min(MAX_ROW, top + rows),
        right: Math.min(MAX_COLUMN, left + columns),
      }));
    fc.assert(
      fc.property(box, fc.constantFrom("", "Sheet1!", "'Q1 sales'!"), (cells, sheet) => {
        const address = sheet + rangeAddress(cells.top, cells.left, cells.bottom, cells.right);
        expect(parseBox(address)).toEqual(cells);
      })
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_COLUMN }),
        (column) => columnNumber(columnLetter(column)) === column
      )
    );
  });
});
