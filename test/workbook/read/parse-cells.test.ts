import { parseIdCell, idWithoutLeadingZeros } from "../../../src/workbook/parse-id";
import { parseManualStatusCell } from "../../../src/workbook/parse-manual-status";
import {
  parseCountCell,
  parseNumberCell,
  parsePercentCell,
} from "../../../src/workbook/parse-number";
import { MAX_CELL_TEXT, parseTextCell } from "../../../src/workbook/parse-text";
import { parseYesNoCell } from "../../../src/workbook/parse-yes-no";
import type { Parsed } from "../../../src/workbook/parsed";

function ok<T>(parsed: Parsed<T>): T {
  if (!parsed.ok)
    throw new Error(`expected a value, got ${parsed.code}: ${JSON.stringify(parsed.params ?? {})}`);
  return parsed.value;
}

function code<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected a problem, got ${String(parsed.value)}`);
  return parsed.code;
}

describe("id cells (BAD-INPUTS #8, #9, #35)", () => {
  test("#8 text ids are trimmed and keep their leading zeros; whole numbers become their digits", () => {
    expect(ok(parseIdCell("  00123 "))).toBe("00123");
    expect(ok(parseIdCell(123))).toBe("123");
    expect(ok(parseIdCell("Ｃ００１"))).toBe("C001");
    expect(idWithoutLeadingZeros("00123")).toBe("123");
    expect(idWithoutLeadingZeros("C0012")).toBe("C0012");
    expect(idWithoutLeadingZeros("000")).toBe("0");
  });

  test("#9 numeric ids of 16 digits or more were rounded by Excel: reported", () => {
    expect(code(parseIdCell(1234567890123456))).toBe("ID_PRECISION_LOST");
    expect(code(parseIdCell("1.23457E+15"))).toBe("ID_PRECISION_LOST");
    expect(ok(parseIdCell(999999999999999))).toBe("999999999999999");
    expect(ok(parseIdCell("1234567890123456789"))).toBe("1234567890123456789"); // text keeps every digit
  });

  test("#35 a whitespace-only id is a missing id", () => {
    expect(code(parseIdCell(" \u00a0\u3000 "))).toBe("MISSING_ID");
  });

  test("#11 an error in an id cell is reported", () => {
    expect(code(parseIdCell({ error: "#REF!" }))).toBe("CELL_ERROR");
    expect(code(parseIdCell(true))).toBe("NOT_AN_ID");
  });
});

describe("numbers, counts and percentages (BAD-INPUTS #31)", () => {
  test("numbers as numbers or text", () => {
    expect(ok(parseNumberCell(8.5))).toBe(8.5);
    expect(ok(parseNumberCell("８．５"))).toBe(8.5);
    expect(ok(parseNumberCell("1,250,000.75"))).toBe(1250000.75);
    expect(ok(parseNumberCell("(300)"))).toBe(-300);
    expect(code(parseNumberCell("high"))).toBe("NOT_A_NUMBER");
    expect(code(parseNumberCell("45%"))).toBe("PERCENT_NOT_ALLOWED");
  });

  test("counts are whole and not negative", () => {
    expect(ok(parseCountCell("30"))).toBe(30);
    expect(code(parseCountCell(30.5))).toBe("NOT_A_WHOLE_NUMBER");
    expect(code(parseCountCell(-1))).toBe("NEGATIVE_NUMBER");
  });

  test("#31 45, 45% and 0.45 are the same share", () => {
    expect(ok(parsePercentCell(45))).toBe(0.45);
    expect(ok(parsePercentCell("45%"))).toBe(0.45);
    expect(ok(parsePercentCell("45 %"))).toBe(0.45);
    expect(ok(parsePercentCell("４５％"))).toBe(0.45);
    expect(ok(parsePercentCell(0.45))).toBe(0.45);
    expect(ok(parsePercentCell(1))).toBe(1); // 1 is 100 %, not 1 %
    expect(ok(parsePercentCell("0.5%"))).toBe(0.005);
    expect(code(parsePercentCell("a lot"))).toBe("NOT_A_NUMBER");
  });
});

describe("yes/no and manual status", () => {
  test("yes/no words in English and Chinese, check marks, 1/0, booleans", () => {
    for (const yes of ["Y", "yes", "TRUE", "1", "是", "✓", "✔"])
      expect(ok(parseYesNoCell(yes))).toBe(true);
    for (const no of ["N", "No", "false", "0", "否", "✗"])
      expect(ok(parseYesNoCell(no))).toBe(false);
    expect(ok(parseYesNoCell(true))).toBe(true);
    expect(ok(parseYesNoCell(0))).toBe(false);
    expect(code(parseYesNoCell("maybe"))).toBe("NOT_YES_NO");
    expect(code(parseYesNoCell(2))).toBe("NOT_YES_NO");
  });

  test("manual status words suspend; active words and 'no' do not; unknown words are reported", () => {
    for (const word of [
      "Suspended",
      "暫停",
      "暂停",
      "bankrupt",
      "破產",
      "破产",
      "frozen",
      "凍結",
      "冻结",
      "Assets frozen",
      "Blocked",
      "Credit hold",
    ]) {
      expect(ok(parseManualStatusCell(word))).toBe(true);
    }
    expect(ok(parseManualStatusCell("Active"))).toBe(false);
    expect(ok(parseManualStatusCell("正常"))).toBe(false);
    expect(ok(parseManualStatusCell("Y"))).toBe(true);
    expect(ok(parseManualStatusCell("N"))).toBe(false);
    expect(code(parseManualStatusCell("not suspended"))).toBe("UNKNOWN_STATUS");
    expect(code(parseManualStatusCell("unblocked"))).toBe("UNKNOWN_STATUS");
  });
});

describe("text cells (BAD-INPUTS #34)", () => {
  test("text longer than 32,767 characters is cut there with a warning", () => {
    const parsed = parseTextCell("x".repeat(MAX_CELL_TEXT + 10));
    expect(parsed.ok && parsed.value.length).toBe(32_767);
    expect(parsed.ok && parsed.warning?.code).toBe("TEXT_TRUNCATED");
  });

  test("names are trimmed, numbers become text, errors are reported", () => {
    expect(ok(parseTextCell("  Acme Ltd（香港） "))).toBe("Acme Ltd（香港）");
    expect(ok(parseTextCell(2026))).toBe("2026");
    expect(code(parseTextCell({ error: "#N/A" }))).toBe("CELL_ERROR");
  });
});
