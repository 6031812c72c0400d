import fc from "fast-check";
import { DATE_1904_OFFSET, serialFromIso } from "../../src/engine/dates";
import { INVALID_DATE, NO_RESULT, rawCellFromValue } from "./support/exceljs-raw-cell";

const MS_PER_DAY = 86_400_000;
/** The UTC midnight of a serial day (serial 25569 = 1970-01-01). */
const utcMidnight = (serial: number) => new Date((serial - 25_569) * MS_PER_DAY);

describe("exceljs cell values → raw cells", () => {
  test("worked examples of each kind", () => {
    expect(rawCellFromValue(null, false)).toBeNull();
    expect(rawCellFromValue(undefined, false)).toBeNull();
    expect(rawCellFromValue(1234.5, false)).toBe(1234.5);
    expect(rawCellFromValue("00123", false)).toBe("00123");
    expect(rawCellFromValue(true, false)).toBe(true);
    // 2026-03-05 18:00 UTC is serial 46086; the time of day is dropped.
    expect(rawCellFromValue(new Date(Date.UTC(2026, 2, 5, 18)), false)).toBe(46_086);
    // The same day in a 1904 workbook is 46086 − 1462 = 44624, the serial Office.js would give.
    expect(rawCellFromValue(new Date(Date.UTC(2026, 2, 5)), true)).toBe(44_624);
    expect(rawCellFromValue({ formula: "6*7", result: 42 }, false)).toBe(42);
    expect(rawCellFromValue({ formula: "6*7" }, false)).toEqual(NO_RESULT);
    expect(rawCellFromValue({ formula: "1/0", result: { error: "#DIV/0!" } }, false)).toEqual({
      error: "#DIV/0!",
    });
    expect(
      rawCellFromValue({ formula: "DATE(2026,3,5)", result: new Date(Date.UTC(2026, 2, 5)) }, false)
    ).toBe(46_086);
    expect(rawCellFromValue({ sharedFormula: "B5", result: 4 }, false)).toBe(4);
    expect(rawCellFromValue({ error: "#N/A" }, false)).toEqual({ error: "#N/A" });
    expect(
      rawCellFromValue(
        { richText: [{ text: "Credit " }, { text: "Desk", font: { bold: true } }] },
        false
      )
    ).toBe("Credit Desk");
    expect(rawCellFromValue({ text: "Terms", hyperlink: "https://example.com/terms" }, false)).toBe(
      "Terms"
    );
    expect(rawCellFromValue(new Date(Number.NaN), false)).toEqual(INVALID_DATE);
  });

  test("a date becomes its serial day whatever the time of day, in both date systems", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_958_465 }),
        fc.integer({ min: 0, max: MS_PER_DAY - 1 }),
        (serial, ms) => {
          const date = new Date(utcMidnight(serial).getTime() + ms);
          expect(rawCellFromValue(date, false)).toBe(serial);
          expect(rawCellFromValue(date, true)).toBe(serial - DATE_1904_OFFSET);
        }
      )
    );
    expect(serialFromIso("1970-01-01")).toBe(25_569);
  });

  test("plain values and formula results pass through unchanged", () => {
    const plain = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string(),
      fc.boolean()
    );
    fc.assert(
      fc.property(plain, (value) => {
        expect(rawCellFromValue(value, false)).toBe(value);
        expect(rawCellFromValue({ formula: "X", result: value }, false)).toBe(value);
      })
    );
  });

  test("rich text reads as the concatenation of its runs", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (runs) => {
        expect(rawCellFromValue({ richText: runs.map((text) => ({ text })) }, false)).toBe(
          runs.join("")
        );
      })
    );
  });
});
