import fc from "fast-check";
import { agingColors, readableFontColor } from "../../../src/workbook/colors";
import {
  MAX_CELL_TEXT,
  fitCellText,
  needsLiteralPrefix,
  startsLikeFormula,
} from "../../../src/workbook/literal-text";
import { moneyFormat } from "../../../src/workbook/number-formats";
import { columnLetter, columnNumber, rangeAddress } from "../../../src/workbook/plan-address";
import {
  SHEET_NAME_MAX,
  safeSheetName,
  uniqueSheetName,
} from "../../../src/workbook/plan-sheet-name";
import { displayScore } from "../../../src/workbook/plan-values";

describe("literal text", () => {
  test.each(["=SUM(A1)", "+1", "-5", "@user", "\t=1", "\r=1", '  =HYPERLINK("x")'])(
    "%j starts like a formula",
    (text) => {
      expect(startsLikeFormula(text)).toBe(true);
      expect(needsLiteralPrefix(text)).toBe(true);
    }
  );

  test.each(["00123", "1-30", "2026-03-05", "3/5", "45%", "TRUE", "false", "#N/A", "１２３"])(
    "%j would be converted by Excel, so it is written literally",
    (text) => expect(needsLiteralPrefix(text)).toBe(true)
  );

  test.each(["Acme Trading", "Not due", "未到期", "", "Reduce"])(
    "%j stays text as it is",
    (text) => {
      expect(needsLiteralPrefix(text)).toBe(false);
    }
  );

  test("text over 32,767 characters is cut and says from how many", () => {
    expect(fitCellText("x".repeat(MAX_CELL_TEXT))).toEqual({
      text: "x".repeat(MAX_CELL_TEXT),
      cutFrom: null,
    });
    const cut = fitCellText("y".repeat(MAX_CELL_TEXT + 5));
    expect(cut.text.length).toBe(MAX_CELL_TEXT);
    expect(cut.cutFrom).toBe(MAX_CELL_TEXT + 5);
  });
});

describe("addresses", () => {
  test("column letters as Excel writes them", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(() => columnLetter(16_385)).toThrow(RangeError);
    expect(rangeAddress(2, 7, 6, 7)).toBe("G2:G6");
    expect(rangeAddress(2, 2, 2, 2)).toBe("B2");
  });

  test("letters read back as the same column number (base 26 without a zero digit)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (column) => {
        expect(columnNumber(columnLetter(column))).toBe(column);
      })
    );
  });
});

describe("sheet names", () => {
  test("forbidden characters replaced, apostrophes trimmed, 31 characters at most", () => {
    expect(safeSheetName("A/B:C*D?E[F]G\\H", "x")).toBe("A_B_C_D_E_F_G_H");
    expect(safeSheetName("'Quoted'", "x")).toBe("Quoted");
    expect(safeSheetName("   ", "aging")).toBe("aging");
    expect(safeSheetName("History", "x")).toBe("History_");
    // Cut at 31 UTF-16 units, never through an emoji, and no apostrophe left at the end.
    expect(safeSheetName("a".repeat(30) + "😀", "x")).toBe("a".repeat(30));
    expect(safeSheetName("b".repeat(30) + "'c", "x")).toBe("b".repeat(30));
  });

  test("a taken name gets a number, compared without case", () => {
    expect(uniqueSheetName("Aging", ["aging"])).toBe("Aging (2)");
    expect(uniqueSheetName("Aging", ["AGING", "Aging (2)"])).toBe("Aging (3)");
    expect(uniqueSheetName("Aging", ["Other"])).toBe("Aging");
  });

  test("any label gives a valid, unused name", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
        (label, taken) => {
          const name = uniqueSheetName(safeSheetName(label, "aging"), taken);
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
          expect(name).not.toMatch(/[[\]:*?/\\]/);
          expect(taken.map((existing) => existing.toLowerCase())).not.toContain(name.toLowerCase());
        }
      )
    );
  });
});

describe("cell values and looks", () => {
  test("scores are shown with one decimal, rounded down so the shown score never passes a grade edge", () => {
    expect(displayScore(89.96)).toBe(89.9);
    expect(displayScore(80.3)).toBe(80.3);
    expect(displayScore(90)).toBe(90);
    expect(displayScore(null)).toBeNull();
  });

  test("money has as many decimals as the currency's minor units", () => {
    expect(moneyFormat(100)).toBe("#,##0.00");
    expect(moneyFormat(1)).toBe("#,##0");
    expect(moneyFormat(1000)).toBe("#,##0.000");
  });

  test("aging colours: first bucket green, last dark red with white text, whatever the bucket count", () => {
    for (const count of [2, 4, 6, 9]) {
      expect(agingColors(0, count).fill).toBe("#63BE7B");
      expect(agingColors(count - 1, count)).toEqual({ fill: "#8B0000", fontColor: "#FFFFFF" });
    }
    expect(readableFontColor("#FFEB84")).toBe("#000000");
  });
});
