/** Payment terms as ledgers write them, one worked case per form (issue: "Net 45" left 900 rows out). */
import fc from "fast-check";
import { READ_CODES } from "../../../src/workbook/read-problem";
import { parseTermsCell, termsDaysFromText } from "../../../src/workbook/parse-terms";

const days = (cell: Parameters<typeof parseTermsCell>[0]) => {
  const parsed = parseTermsCell(cell);
  if (!parsed.ok) throw new Error(`${String(cell)}: ${JSON.stringify(parsed.params ?? {})}`);
  return parsed.value;
};

describe("parseTermsCell", () => {
  test.each([
    [45, 45],
    ["45", 45],
    ["Net 45", 45],
    ["NET45", 45],
    ["net-30", 30],
    ["N45", 45],
    ["n/30", 30],
    ["45 days", 45],
    ["45 Days", 45],
    ["1 day", 1],
    ["Net 60 days", 60],
    ["2/10 net 30", 30],
    ["2%/10 Net 30", 30],
    ["2/10, n/30", 30],
    ["Due on receipt", 0],
    ["Due upon receipt", 0],
    ["COD", 0],
    ["30天", 30],
    ["月结30天", 30],
    ["月結60天", 60],
    ["30日", 30],
    ["货到付款", 0],
    ["貨到付款", 0],
    ["Ｎｅｔ ４５", 45], // full-width, as some input methods type it
    ["  Net 45  ", 45],
  ])("%j → %d days", (cell, expected) => {
    expect(days(cell)).toBe(expected);
  });

  test.each([
    "Net 45 EOM",
    "45/60",
    "2/10",
    "Net",
    "forty-five days",
    "Net 45 or 60",
    "1/10 2/20 net 30",
    "=45",
    "Net 4\u00e9",
    `Net ${"4".repeat(80)}`,
  ])("%j is not read as terms: reported, never guessed", (cell) => {
    const parsed = parseTermsCell(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.code).toBe(READ_CODES.notTerms);
  });

  test("negative and fractional days keep their own reasons; error cells say the error", () => {
    expect(parseTermsCell(-5)).toMatchObject({ ok: false, code: READ_CODES.negativeNumber });
    expect(parseTermsCell(4.5)).toMatchObject({ ok: false, code: READ_CODES.notWholeNumber });
    expect(parseTermsCell({ error: "#N/A" })).toMatchObject({
      ok: false,
      code: READ_CODES.cellError,
    });
  });

  test("property: every way of writing n days reads as n", () => {
    const forms = [
      (n: number) => `Net ${n}`,
      (n: number) => `N${n}`,
      (n: number) => `${n} days`,
      (n: number) => `2/10 net ${n}`,
      (n: number) => `${n}天`,
      (n: number) => `月结${n}天`,
      (n: number) => String(n),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.constantFrom(...forms), (n, form) => {
        expect(termsDaysFromText(form(n))).toBe(n);
      })
    );
  });
});
