import fc from "fast-check";
import { formatMinorGrouped, parseMoneyCell } from "../../../src/workbook/parse-money";
import type { RawCell } from "../../../src/workbook/raw";

const CENTS = 100; // DEFAULT_POLICY.minorPerUnit

/** Single cells are read as in a column whose other values show a dot decimal point. */
function minor(cell: RawCell, minorPerUnit = CENTS): number {
  const parsed = parseMoneyCell(cell, minorPerUnit, "dot");
  if (!parsed.ok)
    throw new Error(
      `expected an amount, got ${parsed.code}: ${JSON.stringify(parsed.params ?? {})}`
    );
  return parsed.value.minor;
}

function code(cell: RawCell, minorPerUnit = CENTS): string {
  const parsed = parseMoneyCell(cell, minorPerUnit, "dot");
  if (parsed.ok) throw new Error(`expected a problem, got ${parsed.value.minor}`);
  return parsed.code;
}

describe("amount cells (BAD-INPUTS #7, #10, #11)", () => {
  test("a number cell becomes cents", () => {
    expect(minor(1200.5)).toBe(120050);
    expect(minor(-3)).toBe(-300);
  });

  test("#10 float artefacts round to the cent without a warning (0.1 + 0.2 → 30)", () => {
    const parsed = parseMoneyCell(0.1 + 0.2, CENTS, null);
    expect(parsed).toEqual({ ok: true, value: { minor: 30, currency: null } });
  });

  test("a number with real extra decimals is rounded with a warning (12.346 → 1235)", () => {
    const parsed = parseMoneyCell(12.346, CENTS, null);
    expect(parsed.ok && parsed.value.minor).toBe(1235);
    expect(parsed.ok && parsed.warning?.code).toBe("AMOUNT_ROUNDED");
  });

  test("#7 thousands separators, currency signs and codes", () => {
    expect(minor("1,200.00")).toBe(120000);
    expect(minor("$1,200.50")).toBe(120050);
    expect(minor("¥12,000")).toBe(1200000);
    expect(minor("￥12,000")).toBe(1200000);
    expect(minor("HK$ 3,400.10")).toBe(340010);
    expect(minor("NT$500")).toBe(50000);
    expect(minor("RMB 8,000.00")).toBe(800000);
    expect(minor("8000 CNY")).toBe(800000);
    expect(minor("€ 99.99")).toBe(9999);
    expect(minor("£0.01")).toBe(1);
    expect(minor("1200元")).toBe(120000);
    expect(minor("1.234.567,89")).toBe(123456789);
  });

  test("#7 the named currency is kept when it is unambiguous", () => {
    const parsed = parseMoneyCell("USD 10.00", CENTS, null);
    expect(parsed.ok && parsed.value.currency).toBe("USD");
    const dollar = parseMoneyCell("$10.00", CENTS, null);
    expect(dollar.ok && dollar.value.currency).toBeNull();
  });

  test("#7 non-breaking and full-width spaces, full-width digits", () => {
    expect(minor("1\u00a0200.00")).toBe(120000);
    expect(minor("\u00a0\u00a01,200.00\u3000")).toBe(120000);
    expect(minor("１，２００．５０")).toBe(120050);
  });

  test("#7 negatives: (1,200.00), trailing minus, leading minus, Unicode minus", () => {
    expect(minor("(1,200.00)")).toBe(-120000);
    expect(minor("($1,200.00)")).toBe(-120000);
    expect(minor("$(1,200.00)")).toBe(-120000);
    expect(minor("1,200.00-")).toBe(-120000);
    expect(minor("-$1,200.00")).toBe(-120000);
    expect(minor("$-1,200.00")).toBe(-120000);
    expect(minor("\u22121200")).toBe(-120000);
  });

  test("#7 text that is not an amount is reported", () => {
    expect(code("12,3x")).toBe("NOT_A_NUMBER");
    expect(code("1,23,456")).toBe("NOT_A_NUMBER");
    expect(code("--5")).toBe("NOT_A_NUMBER");
    expect(code("(-5)")).toBe("NOT_A_NUMBER");
    expect(code("USD 5 EUR")).toBe("NOT_A_NUMBER");
    expect(code("")).toBe("NOT_A_NUMBER");
    expect(code(true)).toBe("NOT_A_NUMBER");
    expect(code("45%")).toBe("PERCENT_NOT_ALLOWED");
  });

  test("#7 text with more decimals than the currency is reported, not rounded", () => {
    expect(code("12.345")).toBe("TOO_MANY_DECIMALS");
    expect(code("1.234")).toBe("TOO_MANY_DECIMALS");
    expect(minor("12.3400")).toBe(1234); // trailing zeros are not extra decimals
    expect(minor("1.234", 1000)).toBe(1234); // a 3-decimal currency
    expect(code("12.5", 1)).toBe("TOO_MANY_DECIMALS"); // a currency without minor units
  });

  test("#11 error cells and formulas without a result", () => {
    expect(code({ error: "#DIV/0!" })).toBe("CELL_ERROR");
    expect(code({ error: "#NO_RESULT" })).toBe("FORMULA_NO_RESULT");
  });

  test("amounts beyond exact integers are refused", () => {
    expect(code("123456789012345678")).toBe("NUMBER_TOO_LARGE");
    expect(code(1e300)).toBe("NUMBER_TOO_LARGE");
    expect(code(Number.NaN)).toBe("NOT_A_NUMBER");
  });

  test("any integer minor amount, formatted with separators, sign or parentheses, parses back to itself", () => {
    const styles = ["plain", "$", "¥", "HK$", "USD", "CNY-suffix", "元-suffix"] as const;
    const negatives = ["minus", "parentheses", "trailing"] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999_999_99, max: 999_999_999_999_99 }),
        fc.constantFrom(...styles),
        fc.constantFrom(...negatives),
        fc.constantFrom(" ", "\u00a0", ""),
        (amount, style, negative, space) => {
          const text = formatted(amount, style, negative, space);
          expect(minor(text)).toBe(amount);
        }
      )
    );
  });
});

describe("amounts as letters print them", () => {
  test("whole units grouped by thousands, the sign kept, no grouping inside the cents", () => {
    expect(formatMinorGrouped(15_500_000, CENTS)).toBe("155,000.00");
    expect(formatMinorGrouped(-123_456_789, CENTS)).toBe("-1,234,567.89");
    expect(formatMinorGrouped(99_999, CENTS)).toBe("999.99");
    expect(formatMinorGrouped(5, CENTS)).toBe("0.05");
    expect(formatMinorGrouped(1_234_567, 1)).toBe("1,234,567");
  });

  test("what a letter prints reads back as the same amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_99, max: 999_999_999_999_99 }), (amount) => {
        expect(minor(formatMinorGrouped(amount, CENTS))).toBe(amount);
      })
    );
  });
});

/** 123456 → "1,234.56" with the chosen decorations. */
function formatted(amount: number, style: string, negative: string, space: string): string {
  const digits = String(Math.abs(amount)).padStart(3, "0");
  const units = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let body = `${units}.${digits.slice(-2)}`;
  if (style.endsWith("-suffix")) body = `${body}${space}${style.replace("-suffix", "")}`;
  else if (style !== "plain") body = `${style}${space}${body}`;
  if (amount >= 0) return body;
  if (negative === "parentheses") return `(${body})`;
  if (negative === "trailing") return `${body}-`;
  return `-${body}`;
}
