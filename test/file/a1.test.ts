import fc from "fast-check";
import {
  cellAddress,
  columnLetter,
  columnNumber,
  formatRange,
  parseCellReference,
  parseRange,
} from "../../src/file/a1";

describe("A1 addresses", () => {
  test("worked examples", () => {
    expect([columnLetter(1), columnLetter(26), columnLetter(27), columnLetter(16_384)]).toEqual([
      "A",
      "Z",
      "AA",
      "XFD",
    ]);
    expect(parseRange("$G$40:B2")).toEqual({ top: 2, left: 2, bottom: 40, right: 7 });
    expect(formatRange(parseRange("C5"))).toBe("C5");
    expect(() => parseRange("B2:")).toThrow(RangeError);
    expect(() => parseRange("XFE1")).toThrow(/inside A1:XFD1048576/);
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

  test("property: every address inside the sheet parses back to its row and column, with or without $", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        (row, column) => {
          expect(parseCellReference(cellAddress(row, column))).toEqual({ row, column });
          expect(parseCellReference(`$${columnLetter(column)}$${row}`)).toEqual({ row, column });
        }
      )
    );
  });

  test("column letters and numbers are inverse, and a range formats back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (column) => {
        expect(columnNumber(columnLetter(column))).toBe(column);
      })
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        (row, column) => {
          const address = cellAddress(row, column);
          expect(formatRange(parseRange(`${address}:${address}`))).toBe(address);
        }
      )
    );
  });
});
