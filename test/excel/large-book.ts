/**
 * A credit book of any size in the recording fake: a customer sheet (the 36 columns of the sample
 * book: ids, names, 18 ratings, balance sheet figures, marks) and a receivables ledger (9
 * columns), with the number formats people give them. Deterministic: the same sizes give the
 * same cells.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { serialFromIso } from "../../src/engine/dates";
import { FakeExcel, type FakeValue } from "./recording-fake";

export const AS_OF = serialFromIso("2026-06-30");
const FIRST_INVOICE_DAY = serialFromIso("2025-01-01");

const FACTOR_HEADERS = [
  "Payment record",
  "Bank credit",
  "Profitability",
  "Solvency",
  "Operating capacity",
  "Capital size",
  "First impression",
  "History",
  "Organisation & management",
  "Operating status",
  "Product & market",
  "Prospects",
  "Deal margin",
  "Product requirements",
  "Market appeal",
  "Competitiveness",
  "Guarantee",
  "Substitutability",
];
const FIGURE_HEADERS = [
  "Current assets",
  "Inventory",
  "Current liabilities",
  "Total assets",
  "Total liabilities",
  "Equity",
  "Sales",
  "Net profit",
  "Interest charges",
  "Receivables balance",
  "Fixed assets",
];
const MARK_HEADERS = [
  "Years in business",
  "Bad payments (3 months)",
  "New customer",
  "Manual status",
  "Long-standing",
];
const LEDGER_HEADERS = [
  "Customer ID",
  "Invoice No",
  "Invoice Date",
  "Due Date",
  "Terms",
  "Amount",
  "Paid Amount",
  "Paid Date",
  "Currency",
];

/** A small linear congruential generator: reproducible and fast enough for 100,000 rows. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function customerId(index: number): string {
  return `C${String(index + 1).padStart(5, "0")}`;
}

function customerRow(index: number, random: () => number): FakeValue[] {
  const ratings = FACTOR_HEADERS.map(() => (random() < 0.1 ? "" : 3 + Math.floor(random() * 8)));
  const totalAssets = Math.round(1_000_000 + random() * 40_000_000);
  const totalLiabilities = Math.round(totalAssets * (0.2 + random() * 0.6));
  const currentAssets = Math.round(totalAssets * (0.3 + random() * 0.4));
  const figures = [
    currentAssets,
    Math.round(currentAssets * random() * 0.5),
    Math.round(totalLiabilities * (0.3 + random() * 0.5)),
    totalAssets,
    totalLiabilities,
    totalAssets - totalLiabilities,
    Math.round(totalAssets * (0.5 + random() * 2)),
    Math.round(totalAssets * (random() * 0.1 - 0.02)),
    Math.round(totalAssets * random() * 0.01),
    Math.round(totalAssets * random() * 0.3),
    Math.round(totalAssets * random() * 0.4),
  ];
  const marks = [
    1 + Math.floor(random() * 30),
    Math.floor(random() * 4),
    random() < 0.05 ? "Yes" : "",
    random() < 0.02 ? "Suspended" : "",
    random() < 0.2 ? "Yes" : "",
  ];
  return [
    customerId(index),
    `Customer ${String(index + 1).padStart(5, "0")} Trading Co.`,
    ...ratings,
    ...figures,
    ...marks,
  ];
}

function ledgerRow(index: number, customers: number, random: () => number): FakeValue[] {
  const invoiceDate = FIRST_INVOICE_DAY + Math.floor(random() * (AS_OF - FIRST_INVOICE_DAY + 1));
  const terms = [30, 45, 60, 90][Math.floor(random() * 4)];
  const amount = Math.round(1_000 + random() * 300_000) / 100;
  const settle = random();
  const paid = settle < 0.6 ? amount : settle < 0.7 ? Math.round(amount * 50) / 100 : "";
  const paidDate =
    paid === "" ? "" : Math.min(AS_OF, invoiceDate + terms + Math.floor(random() * 40) - 10);
  return [
    customerId(Math.floor(random() * customers)),
    `INV-${String(index + 1).padStart(7, "0")}`,
    invoiceDate,
    invoiceDate + terms,
    terms,
    amount,
    paid,
    paidDate,
    "CNY",
  ];
}

export interface BookSize {
  customers: number;
  receivables: number;
}

export function largeBook(size: BookSize): FakeExcel {
  const excel = new FakeExcel();
  const random = generator(20260630);
  const customerFormats = [
    "@",
    "General",
    ...FACTOR_HEADERS.map(() => "General"),
    ...FIGURE_HEADERS.map(() => "#,##0"),
    ...MARK_HEADERS.map(() => "General"),
  ];
  const customers = excel.addSheet("Customers");
  customers.put(1, 1, [
    ["Customer ID", "Customer name", ...FACTOR_HEADERS, ...FIGURE_HEADERS, ...MARK_HEADERS],
  ]);
  customers.put(
    2,
    1,
    Array.from({ length: size.customers }, (_, index) => customerRow(index, random)),
    customerFormats
  );
  const ledgerFormats = [
    "@",
    "General",
    "yyyy-mm-dd",
    "yyyy-mm-dd",
    "0",
    "#,##0.00",
    "#,##0.00",
    "yyyy-mm-dd",
    "General",
  ];
  const ledger = excel.addSheet("Receivables");
  ledger.put(1, 1, [LEDGER_HEADERS]);
  ledger.put(
    2,
    1,
    Array.from({ length: size.receivables }, (_, index) =>
      ledgerRow(index, size.customers, random)
    ),
    ledgerFormats
  );
  return excel;
}

/** The policy the flow reviews with (the defaults). */
export const POLICY = DEFAULT_POLICY;
