/**
 * What people put under a table after a blank row (a signature, a totals line, a second small
 * table) is not data: the table ends there and the rows left unread are said once. A blank row
 * inside a ledger still never cuts off the real rows below it.
 */
import fc from "fast-check";
import type { RawCell } from "../../../src/workbook/raw";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { isIdLike } from "../../../src/workbook/table-end";
import { CUSTOMER_HEADERS, RECEIVABLE_HEADERS, SERIAL, sheet, workbook } from "./raw-fixtures";
import { SYNONYMS } from "./synonyms-fixture";

const MARCH_5 = SERIAL["2026-03-05"];
const APRIL_30 = SERIAL["2026-04-30"];
const BLANK: RawCell[] = [null, null, null, null, null, null];

const customers = (tail: RawCell[][] = []) =>
  sheet("Customers", [
    CUSTOMER_HEADERS,
    ["K1", "Kite Trading", 10, null],
    ["M2", "Mesa Foods", 8, null],
    ["N3", "Nord AG", 5, null],
    ...tail,
  ]);
/** Rows 2–5: K1 1,200.00 and 300.00, M2 800.00, N3 500.00 (2,800.00 in all, K1 1,500.00). */
const receivables = (tail: RawCell[][] = []) =>
  sheet("Receivables", [
    RECEIVABLE_HEADERS,
    ["K1", "I-1", MARCH_5, APRIL_30, 1200, 0],
    ["M2", "I-2", MARCH_5, APRIL_30, 800, 0],
    ["N3", "I-3", MARCH_5, APRIL_30, 500, 100],
    ["K1", "I-4", MARCH_5, APRIL_30, 300, 0],
    ...tail,
  ]);

function read(customerTail: RawCell[][] = [], receivableTail: RawCell[][] = []) {
  return readWorkbook(workbook([customers(customerTail), receivables(receivableTail)]), SYNONYMS);
}

/** Each problem's code, sheet and params: what the reader says, before any language words it. */
const facts = (result: ReturnType<typeof read>) =>
  result.problems.map((problem) => [problem.code, problem.place.sheet, problem.params]);
const minorOf = (result: ReturnType<typeof read>, id: string) =>
  result.input.receivables
    .filter((receivable) => receivable.customerId === id)
    .reduce((sum, receivable) => sum + receivable.amount, 0);

describe("rows below a table after a blank row", () => {
  test('"Prepared by: Ann" and "Checked" under the customers are not customers: 3, not 5', () => {
    const result = read([BLANK, ["Prepared by: Ann", "2026-06-30"], ["Checked", "Bob"]]);
    expect(result.input.customers.map((customer) => customer.id)).toEqual(["K1", "M2", "N3"]);
    expect(facts(result)).toEqual([["ROWS_BELOW_TABLE", "Customers", { rows: "6–7" }]]);
    // The output is written next to rows 2–4 only, never beside the signature.
    expect(result.layout?.customers.lastDataRow).toBe(4);
  });

  test("a totals line, then a second small table: K1 owes 1,500.00, not 2,499.00", () => {
    const result = read(
      [],
      [
        BLANK,
        ["Total", null, null, null, 2800, null],
        BLANK,
        ["Disputed items", null, null, null, null, null],
        ["Customer", "Ref", "Date", "Due", "Amount", null],
        ["K1", "X-9", MARCH_5, APRIL_30, 999, null],
      ]
    );
    expect(result.input.receivables.map((receivable) => receivable.invoiceNo)).toEqual([
      "I-1",
      "I-2",
      "I-3",
      "I-4",
    ]);
    expect(minorOf(result, "K1")).toBe(150_000); // 1,200.00 + 300.00 in cents
    expect(facts(result)).toEqual([
      ["TOTAL_ROW_SKIPPED", "Receivables", { rows: "7", variant: "one" }],
      ["ROWS_BELOW_TABLE", "Receivables", { rows: "9–11" }],
    ]);
  });

  test("a second table's header right after the blank row ends the table too (one row said)", () => {
    // The same fields in other words (synonyms of the fixture), as a second table would have them.
    const result = read(
      [],
      [BLANK, ["Customer No", "Invoice number", "Invoice date", "Due date", "Amount", null]]
    );
    expect(result.input.receivables).toHaveLength(4);
    expect(facts(result)).toEqual([
      ["ROWS_BELOW_TABLE", "Receivables", { rows: "7", variant: "one" }],
    ]);
  });

  test("an id after a blank row keeps the table going: a row missing its amount stays a problem, the next row is read", () => {
    const result = read(
      [],
      [
        BLANK,
        ["M2", "I-5", MARCH_5, APRIL_30, null, null],
        ["N3", "I-6", MARCH_5, APRIL_30, 40, null],
      ]
    );
    expect(result.input.receivables.map((receivable) => receivable.invoiceNo)).toEqual([
      "I-1",
      "I-2",
      "I-3",
      "I-4",
      "I-6",
    ]);
    expect(result.problems.map((problem) => [problem.code, problem.place.row])).toEqual([
      ["MISSING_VALUE", 7],
    ]);
    expect(result.layout?.receivables.lastDataRow).toBe(8);
  });

  test("a note whose id cell is empty but with an amount is still read (and reported) as a row", () => {
    const result = read([], [BLANK, [null, "I-7", MARCH_5, APRIL_30, 60, null]]);
    expect(result.input.receivables).toHaveLength(4);
    expect(result.problems.map((problem) => [problem.code, problem.place.row])).toEqual([
      ["MISSING_ID", 7],
    ]);
  });

  test("what is an id: a number or one word; not a phrase, a label or a totals word", () => {
    expect([123, "K1", "00123", "客户A01", "Ｋ１"].map(isIdLike)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      [
        "Prepared by: Ann",
        "Note:",
        "制表人：张三",
        "Disputed items",
        "Total",
        "合计",
        "",
        null,
      ].map(isIdLike)
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  test("blank rows anywhere in a ledger of one-word ids never lose a row (property)", () => {
    const invoice = fc
      .tuple(fc.stringMatching(/^[A-Z][0-9]{1,4}$/), fc.integer({ min: 1, max: 99_999 }))
      .map(([id, amount]): RawCell[] => [id, "INV", MARCH_5, APRIL_30, amount, null]);
    const line = fc.oneof(invoice, fc.constant(BLANK));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const result = read([], lines);
        const invoices = lines.filter((cells) => cells[0] !== null).length;
        expect(result.input.receivables).toHaveLength(4 + invoices);
        expect(result.problems.filter((p) => p.code === "ROWS_BELOW_TABLE")).toEqual([]);
      }),
      { numRuns: 100 }
    );
  });
});
