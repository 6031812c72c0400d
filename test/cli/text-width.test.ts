/** Terminal widths: Chinese counts two columns, so tables in zh-CN and zh-TW line up. */
import fc from "fast-check";
import { alignedTable, pad } from "../../src/cli/text-width";
import { displayWidth } from "../../src/workbook/text-width";

describe("displayWidth", () => {
  test.each([
    ["", 0],
    ["Grade", 5],
    ["等级", 4], // two ideographs, two columns each
    ["A 等级", 6], // 1 + 1 + 2 + 2
    ["（天）", 6], // full-width brackets are wide too
    ["３,５００", 9], // four full-width digits (8) and an ASCII comma (1)
    ["e\u0301", 1], // e + combining acute accent: one column
    ["應收帳款淨額", 12],
    ["𠀀", 2], // a CJK extension B ideograph outside the basic plane
  ])("%j takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test("pad fills to the width on the chosen side", () => {
    expect(pad("等级", 6, "left")).toBe("等级  ");
    expect(pad("12", 5, "right")).toBe("   12");
    expect(pad("toolong", 3, "left")).toBe("toolong");
  });
});

describe("alignedTable", () => {
  test("a Chinese label and an English one line up their numbers", () => {
    const lines = alignedTable(
      [
        ["未评级", "11"],
        ["A", "13"],
      ],
      ["left", "right"]
    );
    // "未评级" is 6 columns wide, so "A" is padded with 5 spaces; then the gutter of 2.
    expect(lines).toEqual(["未评级  11", "A       13"]);
  });

  test("property: every column starts at the same terminal column on every row", () => {
    // Printable text mixing narrow and wide characters (spaces left out: a line's trailing spaces are trimmed).
    const safeCell = fc.string({
      unit: fc.constantFrom("a", "Z", "7", ",", ".", "-", "等", "級", "（", "３"),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(safeCell, safeCell, safeCell), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const lines = alignedTable(rows, ["left", "left", "left"]);
          const widths = [0, 1].map((column) =>
            Math.max(...rows.map((row) => displayWidth(row[column])))
          );
          return rows.every((row, index) => {
            // The third cell starts after the first two columns and two gutters.
            const start = widths[0] + 2 + widths[1] + 2;
            const prefix = lines[index].slice(0, lines[index].length - row[2].length);
            return row[2] === "" || displayWidth(prefix) === start;
          });
        }
      )
    );
  });
});
