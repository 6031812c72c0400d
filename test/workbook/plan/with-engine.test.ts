/**
 * The plan over a review computed by the engine itself (not a hand-written result), so the two
 * agree on shapes: aging rows, receivable indexes and source rows.
 */
import { minor } from "../../../src/engine/money";
import { serialDate } from "../../../src/engine/serial-date";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { FACTOR_KEYS } from "../../../src/engine/types";
import type { Customer, FactorKey, Receivable, ReviewInput } from "../../../src/engine/types";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { LABELS_EN } from "./labels-en";
import { blockCell, blockOf, sheetOf } from "./plan-helpers";
import { AS_OF, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const allTens = Object.fromEntries(FACTOR_KEYS.map((key) => [key, 10])) as Record<
  FactorKey,
  number
>;

function customer(id: string, row: number): Customer {
  return {
    id,
    name: `Customer ${id}`,
    ratings: allTens,
    financials: {},
    source: { sheet: "Customers", row },
  };
}

function invoice(
  customerId: string,
  invoiceNo: string,
  amount: number,
  invoiceDate: number,
  row: number
): Receivable {
  return {
    customerId,
    invoiceNo,
    invoiceDate: serialDate(invoiceDate),
    termsDays: 30,
    amount: minor(amount),
    source: { sheet: "Receivables", row },
  };
}

const INPUT: ReviewInput = {
  customers: [customer("K1", 2), customer("K2", 3)],
  receivables: [
    invoice("K1", "A-1", 100_000, AS_OF - 40, 2), // due AS_OF − 10 → 1-30
    invoice("K2", "B-1", 250_000, AS_OF - 20, 3), // due AS_OF + 10 → not due
    invoice("K2", "B-2", 50_000, AS_OF - 250, 4), // due AS_OF − 220 → >180
  ],
};

/** Customers on rows 2..3, invoices on rows 2..4. */
function layout() {
  const base = firstRunLayout();
  return {
    ...base,
    customers: { ...base.customers, lastDataRow: 3 },
    receivables: { ...base.receivables, lastDataRow: 4 },
  };
}

describe("plan over the engine's own review", () => {
  const result = review(INPUT, DEFAULT_POLICY, AS_OF);
  const plan = buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: INPUT,
    result,
    layout: layout(),
    labels: LABELS_EN,
    previousLog: [],
    policy: DEFAULT_POLICY,
  });

  test("K1 rated 10 everywhere: score 100, grade A, new-customer base 300,000 × 300 % = 900,000 for 120 days", () => {
    const block = blockOf(plan, "customers");
    expect(blockCell(block, 2, "score")).toBe(100);
    expect(blockCell(block, 2, "grade")).toBe("A");
    expect(blockCell(block, 2, "creditLimit")).toBe(900_000);
    expect(blockCell(block, 2, "termsDays")).toBe(120);
    expect(blockCell(block, 2, "exposure")).toBe(1_000);
    expect(blockCell(block, 2, "available")).toBe(899_000);
  });

  test("K2 is 220 days overdue on B-2 (≥ 90): suspended, limit 0", () => {
    const block = blockOf(plan, "customers");
    expect(blockCell(block, 3, "maxDaysOverdue")).toBe(220);
    expect(blockCell(block, 3, "status")).toBe("Suspend");
    expect(blockCell(block, 3, "creditLimit")).toBe(0);
  });

  test("each invoice's aging lands on its own row", () => {
    expect(blockOf(plan, "receivables").rows.map((row) => [row[0], row[1]])).toEqual([
      [10, "1-30"],
      [-10, "Not due"],
      [220, ">180"],
    ]);
  });

  test("the aging sheet agrees with the engine's totals (no note) and puts K2 (>180) first", () => {
    expect(plan.notes).toEqual([]);
    const aging = sheetOf(plan, "aging");
    expect(aging.cells[4].slice(0, 10)).toEqual([
      "K2",
      "Customer K2",
      2_500,
      0,
      0,
      0,
      0,
      500,
      0,
      3_000,
    ]);
    // Average age: (2,500 × 20 days + 500 × 250 days) / 3,000 = 58.33 days.
    expect(aging.cells[4][10]).toBeCloseTo(175 / 3, 9);
    expect(aging.cells[5]).toEqual(["K1", "Customer K1", 0, 1_000, 0, 0, 0, 0, 0, 1_000, 40]);
    expect(aging.cells[6].slice(0, 10)).toEqual([
      "Total",
      null,
      2_500,
      1_000,
      0,
      0,
      0,
      500,
      0,
      4_000,
    ]);
  });
});
