/**
 * The one A1 module every layer uses: column letters, cells and ranges inside A1:XFD1048576.
 * Worked examples are Excel's own letters; the properties run over the whole sheet, limits included.
 */
import fc from "fast-check";
import {
  cellAddress,
  columnLetter,
  columnNumber,
  columnOfReference,
  columnRange,
  formatRange,
  MAX_COLUMN,
  MAX_ROW,
  parseCellReference,
  parseRange,
  rangeAddress,
} from "../../src/workbook/plan-address";

const anyRow = fc.integer({ min: 1, max: MAX_ROW });
const anyColumn = fc.integer({ min: 1, max: MAX_COLUMN });

describe("A1 addresses", () => {
  test("worked examples", () => {
    expect([columnLetter(1), columnLetter(26), columnLetter(27), columnLetter(16_384)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
    expect([MAX_COLUMN, MAX_ROW]).toEqual([16_384, 1_048_576]);
    expect(columnNumber("xfd")).toBe(16_384); // 24 × 676 + 6 × 26 + 4
    expect(parseRange("$G$40:B2")).toEqual({ top: 2, left: 2, bottom: 40, right: 7 });
    expect(formatRange(parseRange("C5"))).toBe("C5");
    expect(columnRange(3, 5, 20)).toBe("C5:C20");
    expect(() => parseRange("B2:")).toThrow(RangeError);
    expect(() => parseRange("XFE1")).toThrow(/inside A1:XFD1048576/);
  });

  test("past the last column or row is refused, never wrapped round", () => {
    expect(() => columnLetter(MAX_COLUMN + 1)).toThrow(RangeError);
    expect(() => columnLetter(0)).toThrow(RangeError);
    for (const notAColumn of ["XFE", "AAAA", "", "A1", "Ä", "$A"])
      expect(() => columnNumber(notAColumn)).toThrow(RangeError);
    expect(columnOfReference("AB12")).toBe(28);
    expect(columnOfReference("xfd9")).toBe(16_384);
    for (const noColumn of ["XFE1", "AAAA1", "12", ""]) expect(columnOfReference(noColumn)).toBe(0);
  });

  test("a cell reference is refused outside A1:XFD1048576, whatever its spelling", () => {
    expect(parseCellReference("XFD1048576")).toEqual({ row: 1_048_576, column: 16_384 });
    expect(parseCellReference("$b$7")).toEqual({ row: 7, column: 2 });
    for (const outside of [
      "XFE1",
      "A1048577",
      "A0",
      "AAAA1",
      "A12345678",
      "A99999999999",
      "1A",
      "A",
      "7",
      "A1B",
      "",
      " A1",
      "A-1",
    ])
      expect(parseCellReference(outside)).toBeNull();
  });

  test("property: index → letters → index, for every column from A to XFD", () => {
    fc.assert(
      fc.property(anyColumn, (column) => {
        const letters = columnLetter(column);
        expect(columnNumber(letters)).toBe(column);
        expect(columnNumber(letters.toLowerCase())).toBe(column);
        expect(columnOfReference(`${letters}1`)).toBe(column);
      })
    );
    expect(columnNumber(columnLetter(MAX_COLUMN))).toBe(MAX_COLUMN);
  });

  test("property: every address inside the sheet parses back to its row and column, with or without $", () => {
    fc.assert(
      fc.property(anyRow, anyColumn, (row, column) => {
        expect(parseCellReference(cellAddress(row, column))).toEqual({ row, column });
        expect(parseCellReference(`$${columnLetter(column)}$${row}`)).toEqual({ row, column });
      })
    );
    expect(parseCellReference(cellAddress(MAX_ROW, MAX_COLUMN))).toEqual({
      row: MAX_ROW,
      column: MAX_COLUMN,
    });
  });

  test("property: a range written by the plan reads back as the same rectangle", () => {
    fc.assert(
      fc.property(anyRow, anyRow, anyColumn, anyColumn, (rowA, rowB, columnA, columnB) => {
        const range = {
          top: Math.min(rowA, rowB),
          left: Math.min(columnA, columnB),
          bottom: Math.max(rowA, rowB),
          right: Math.max(columnA, columnB),
        };
        const address = rangeAddress(range.top, range.left, range.bottom, range.right);
        expect(parseRange(address)).toEqual(range);
        expect(formatRange(parseRange(address))).toBe(address);
      })
    );
  });
});
