import fc from "fast-check";
import type { RawCell } from "../../../src/workbook/raw";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { CUSTOMER_HEADERS, RECEIVABLE_HEADERS, SERIAL, sheet, workbook } from "./raw-fixtures";
import { SYNONYMS } from "./synonyms-fixture";

const MARCH_5 = SERIAL["2026-03-05"];
const APRIL_30 = SERIAL["2026-04-30"];

/** A ledger of one customer whose Amount column (E) holds `amounts`, from row 2 on. */
function readAmounts(amounts: RawCell[]) {
  const rows = amounts.map((amount, i) => ["C001", `I-${i}`, MARCH_5, APRIL_30, amount, null]);
  return readWorkbook(
    workbook([
      sheet("Customers", [CUSTOMER_HEADERS, ["C001", "Acme", 8, null]]),
      sheet("Receivables", [RECEIVABLE_HEADERS, ...rows]),
    ]),
    SYNONYMS
  );
}

const amountsOf = (result: ReturnType<typeof readAmounts>) =>
  result.input.receivables.map((receivable) => receivable.amount);

describe("a text amount column's decimal mark (BAD-INPUTS #7)", () => {
  test('German text amounts: "1.200" and "2.500" are read by the comma the column shows', () => {
    const result = readAmounts(["1.200,00", "950,50", "1.200", "2.500"]);
    expect(result.problems).toEqual([]);
    // 1,200.00 + 950.50 + 1,200 + 2,500 = 5,850.50
    expect(amountsOf(result)).toEqual([120000, 95050, 120000, 250000]);
    expect(amountsOf(result).reduce((sum, minor) => sum + minor, 0)).toBe(585050);
  });

  test('English text amounts: "1,200" is read by the dot the column shows', () => {
    const result = readAmounts(["1,200.00", "12.5", "1,200", "2,500,000"]);
    expect(result.problems).toEqual([]);
    expect(amountsOf(result)).toEqual([120000, 1250, 120000, 250000000]);
  });

  test("a column that shows both marks: its ambiguous values are problems, the others are read", () => {
    const result = readAmounts(["1,200.00", "1.200,00", "1.200"]);
    expect(amountsOf(result)).toEqual([120000, 120000]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: "AMBIGUOUS_SEPARATOR",
      place: { sheet: "Receivables", row: 4, cell: "E4", header: "Amount" },
      params: { asDot: "1.2", asComma: "1200" },
    });
  });

  test("a column of only ambiguous text values is not guessed; numbers stored as numbers are", () => {
    const result = readAmounts(["1.200", 1200.5, "2,500"]);
    expect(amountsOf(result)).toEqual([120050]);
    expect(result.problems.map((problem) => [problem.code, problem.place.cell])).toEqual([
      ["AMBIGUOUS_SEPARATOR", "E2"],
      ["AMBIGUOUS_SEPARATOR", "E4"],
    ]);
  });

  test("property: amounts written in either convention read back as the same amounts", () => {
    const amount = fc.integer({ min: 0, max: 99_999_999_999 });
    fc.assert(
      fc.property(
        fc.constantFrom<"dot" | "comma">("dot", "comma"),
        amount,
        fc.array(fc.tuple(amount, fc.boolean()), { maxLength: 8 }),
        (mark, first, rest) => {
          // The first keeps its decimals so the column shows its mark; whole amounts may drop them.
          const written = [
            formatted(first, mark, true),
            ...rest.map(([minor, keep]) => formatted(minor, mark, keep || minor % 100 !== 0)),
          ];
          const result = readAmounts(written);
          expect(result.problems).toEqual([]);
          expect(amountsOf(result)).toEqual([first, ...rest.map(([minor]) => minor)]);
        }
      ),
      { numRuns: 200 }
    );
  });
});

/** 123456789 cents → "1,234,567.89" (dot) or "1.234.567,89" (comma); "1.234.567" without cents. */
function formatted(minor: number, mark: "dot" | "comma", withCents: boolean): string {
  const [group, point] = mark === "dot" ? [",", "."] : [".", ","];
  const units = String(Math.floor(minor / 100));
  let grouped = "";
  for (let end = units.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = units.slice(start, end) + (grouped === "" ? "" : group + grouped);
  }
  return withCents ? `${grouped}${point}${String(minor % 100).padStart(2, "0")}` : grouped;
}
