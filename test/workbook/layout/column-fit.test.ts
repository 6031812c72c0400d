/**
 * Column widths fitted to headers and values: worked examples a person can count, and the
 * properties that keep a number from showing as "###" and a header from being cut.
 */
import fc from "fast-check";
import {
  COLUMN_PADDING,
  ColumnWidthTally,
  MAX_HEADER_LINES,
  MAX_TEXT_WIDTH,
  fitColumn,
  headerLineCount,
} from "../../../src/workbook/column-fit";
import { formattedWidth } from "../../../src/workbook/formatted-width";
import { displayWidth } from "../../../src/workbook/text-width";

function fit(header: string, values: (string | number | null)[], format: string) {
  const tally = new ColumnWidthTally();
  for (const value of values) tally.add(value, format);
  return fitColumn(header, tally.widths());
}

describe("formatted widths", () => {
  test.each([
    [1234567.5, "#,##0.00", "1,234,567.50"],
    [-45, "#,##0.00", "-45.00"],
    [92.3, "0.0", "92.3"],
    [0.125, "0.0%", "12.5%"],
    [1_200_000, "#,##0", "1,200,000"],
    [46203, "yyyy-mm-dd", "2026-06-30"],
  ])("%p in %s shows as %s", (value, format, shown) => {
    expect(formattedWidth(value, format)).toBe(shown.length);
  });

  test("CJK characters count two columns: 上海华信 is 8", () => {
    expect(formattedWidth("上海华信", "@")).toBe(8);
    expect(displayWidth("A 等级")).toBe(6);
  });
});

describe("fitted columns", () => {
  test("a money column fits its widest amount: 1,800,000.00 (12) + 2 = 14 under the short header 'Credit limit'", () => {
    expect(fit("Credit limit", [1_800_000, 0, -30_000], "#,##0.00")).toEqual({
      width: 14,
      headerLines: 1,
    });
  });

  test("the widest number is the one with most digits or a minus sign: -999,999.00 beats 100,000.00", () => {
    expect(fit("X", [100_000, -999_999], "#,##0.00").width).toBe("-999,999.00".length + 2);
  });

  test("'Payment terms (days)' (20) over three-digit days wraps as 'Payment' / 'terms (days)': 12 + 2 = 14 wide, 2 lines", () => {
    expect(fit("Payment terms (days)", [120, 90], "0")).toEqual({ width: 14, headerLines: 2 });
  });

  test("a short header stays on one line: 'Credit score' (12) over '92.3'", () => {
    expect(fit("Credit score", [92.3], "0.0")).toEqual({ width: 14, headerLines: 1 });
  });

  test("a Chinese header of 7 characters (14 wide) wraps onto 2 lines of 4 characters: 8 + 2 = 10", () => {
    expect(fit("付款期限（天）", [120], "0")).toEqual({ width: 10, headerLines: 2 });
  });

  test("long text is fitted up to the cap; numbers never are", () => {
    expect(fit("Reasons", ["x".repeat(200)], "@").width).toBe(MAX_TEXT_WIDTH + COLUMN_PADDING);
    const huge = 10 ** 15;
    expect(fit("N", [huge], "#,##0.00").width).toBe(formattedWidth(huge, "#,##0.00") + 2);
  });

  test("property: every number fits inside its column's padding, whatever the values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom("#,##0.00", "#,##0", "0", "0.0", "0.0%"),
        (values, format) => {
          const { width } = fit("Amount", values, format);
          return values.every((value) => formattedWidth(value, format) + COLUMN_PADDING <= width);
        }
      )
    );
  });

  test("property: every header is whole at its width in at most the lines it was given", () => {
    const word = fc.stringMatching(/^[A-Za-z()]{1,12}$/);
    const cjk = fc.stringMatching(/^[一-龥]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, cjk), { minLength: 1, maxLength: 5 }), (words) => {
        const header = words.join(" ");
        const { width, headerLines } = fit(header, [1], "0");
        const inside = width - COLUMN_PADDING;
        return (
          headerLineCount(header, inside) === headerLines &&
          headerLines <= MAX_HEADER_LINES &&
          words.every((piece) => /^[一-龥]+$/.test(piece) || displayWidth(piece) <= inside)
        );
      })
    );
  });

  test("a short text of wide characters still widens a column of longer narrow text: 5 × 2 = 10 > 9", () => {
    const tally = new ColumnWidthTally();
    for (const text of ["abcdefghi", "abcd", "等级等级等", "ab"]) tally.add(text, "@");
    expect(tally.widths().text).toBe(10);
  });

  test("property: the text width is the widest text's, whatever their order", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[一-龥]{0,8}$/),
      fc.constantFrom("e\u0301", "😀😀", "Ａｂ", "")
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), (texts) => {
        const tally = new ColumnWidthTally();
        for (const value of texts) tally.add(value, "@");
        const widest = texts.reduce((max, value) => Math.max(max, displayWidth(value)), 0);
        expect(tally.widths().text).toBe(widest);
      })
    );
  });
});
