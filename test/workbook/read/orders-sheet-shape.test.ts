/**
 * Only a sheet that looks like orders (an order date and an amount) is read as the orders sheet:
 * a payments list or a second ledger is left alone with one warning, and exposure then uses the
 * customer sheet's unshipped-orders column, as CREDIT-POLICY §11 says when there is no orders sheet.
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { headerSynonyms } from "../../../src/i18n/headers";
import type { RawCell } from "../../../src/workbook/raw";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { SERIAL, sheet, workbook } from "./raw-fixtures";

const MARCH_5 = SERIAL["2026-03-05"];
const APRIL_30 = SERIAL["2026-04-30"];
const JUNE_30 = SERIAL["2026-06-30"];

const customers = sheet("Customers", [
  ["Customer ID", "Customer name", "Unshipped orders"],
  ["C001", "Acme", 2500],
]);
const receivables = sheet("Receivables", [
  ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid"],
  ["C001", "INV-1", MARCH_5, APRIL_30, 1000, 200],
]);

function readWith(third: { name: string; cells: RawCell[][] }, noOrders = false) {
  return readWorkbook(
    workbook([customers, receivables, sheet(third.name, third.cells)]),
    headerSynonyms(),
    { noOrders }
  );
}

const payments = {
  name: "Payments 2025",
  cells: [
    ["Date", "Customer ID", "Amount paid"],
    [MARCH_5, "C001", 200],
  ],
};

describe("which sheet is the orders sheet", () => {
  test("a payments sheet is not orders: the review runs, exposure = 800 open + 2,500 unshipped", () => {
    const read = readWith(payments);
    expect(read.mappingRequests).toEqual([]);
    expect(read.input.orders).toBeUndefined();
    expect(read.problems.map((p) => [p.code, p.place.sheet])).toEqual([
      ["ORDERS_SHEET_NOT_USED", "Payments 2025"],
    ]);
    expect(read.problems[0].params).toEqual({});
    const result = review(read.input, DEFAULT_POLICY, JUNE_30);
    // 1,000 invoiced − 200 paid = 800 open, + 2,500 unshipped from the customer sheet, in cents.
    expect(result.customers.map((c) => [c.id, c.exposure])).toEqual([["C001", 330000]]);
  });

  test("a second ledger is not orders either (no order date), and is named once", () => {
    const read = readWith({
      name: "Ledger 2024",
      cells: [
        ["Customer ID", "Invoice No", "Invoice date", "Amount"],
        ["C001", "INV-0", MARCH_5, 300],
      ],
    });
    expect(read.mappingRequests).toEqual([]);
    expect(read.input.orders).toBeUndefined();
    expect(read.problems.map((p) => [p.code, p.place.sheet])).toEqual([
      ["ORDERS_SHEET_NOT_USED", "Ledger 2024"],
    ]);
  });

  test("a sheet named Orders without an order date and an amount is not used for orders", () => {
    const read = readWith({
      name: "Orders",
      cells: [
        ["Customer ID", "Note"],
        ["C001", "call"],
      ],
    });
    expect(read.input.orders).toBeUndefined();
    expect(read.mappingRequests).toEqual([]);
    expect(read.problems.map((p) => p.code)).toEqual(["ORDERS_SHEET_NOT_USED"]);
  });

  test("a real orders sheet is still read: 700 unshipped of 1,200 ordered, exposure 800 + 700", () => {
    const read = readWith({
      name: "Order book",
      cells: [
        ["Customer ID", "Order date", "Order amount", "Shipped"],
        ["C001", MARCH_5, 500, "Y"],
        ["C001", MARCH_5, 700, "N"],
      ],
    });
    expect(read.problems).toEqual([]);
    expect(read.input.orders).toHaveLength(2);
    const result = review(read.input, DEFAULT_POLICY, JUNE_30);
    // With an orders sheet the customer sheet's 2,500 is not used (CREDIT-POLICY §11).
    expect(result.customers.map((c) => c.exposure)).toEqual([150000]);
  });

  test("no orders sheet, as the user said: a real orders sheet is left unread, without a warning", () => {
    const read = readWith(
      {
        name: "Orders",
        cells: [
          ["Customer ID", "Order date", "Amount", "Shipped"],
          ["C001", MARCH_5, 700, "N"],
        ],
      },
      true
    );
    expect(read.input.orders).toBeUndefined();
    expect(read.problems).toEqual([]);
    expect(review(read.input, DEFAULT_POLICY, JUNE_30).customers[0].exposure).toBe(330000);
  });
});
