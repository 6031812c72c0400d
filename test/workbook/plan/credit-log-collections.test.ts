/**
 * The Credit Log keeps per review what collection counted: the open promise's amount, broken
 * promises in the window, disputed open invoices and their amount. As of 2026-06-30:
 * C1 has INV-1 10,000 (disputed) and INV-2 5,000 open, and promised 5,000 for 07-03 on 06-28;
 * C2 had no log line. A review without collection data leaves the four columns blank.
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { addDays } from "../../../src/engine/serial-date";
import type { Receivable, ReviewInput } from "../../../src/engine/types";
import { outputLabels } from "../../../src/i18n";
import {
  CREDIT_LOG_COLUMNS,
  creditLogRow,
  disputedInvoiceCounts,
} from "../../../src/workbook/plan-credit-log";
import { allRated, customer, day, invoice, units } from "../../engine/helpers";

const asOf = day("2026-06-30");
const labels = outputLabels("en-US", DEFAULT_POLICY);

function due(customerId: string, invoiceNo: string, dueIso: string, amount: number): Receivable {
  const dueDate = day(dueIso);
  return invoice(customerId, invoiceNo, {
    invoiceDate: addDays(dueDate, -30),
    dueDate,
    amount: units(amount),
  });
}

const receivables = [
  due("C1", "INV-1", "2026-04-01", 10_000),
  due("C1", "INV-2", "2026-06-10", 5_000),
  due("C2", "INV-3", "2026-06-20", 1_000),
];
const customers = [
  customer("C1", { ratings: allRated(4) }),
  customer("C2", { ratings: allRated(4) }),
];

function logValues(input: ReviewInput, id: string) {
  const result = review(input, DEFAULT_POLICY, asOf);
  const found = result.customers.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  const row = creditLogRow(found, result, labels, DEFAULT_POLICY, disputedInvoiceCounts(result));
  const at = (column: (typeof CREDIT_LOG_COLUMNS)[number]) =>
    row[CREDIT_LOG_COLUMNS.indexOf(column)];
  return [at("openPromise"), at("brokenPromises3m"), at("disputedInvoices"), at("disputedAmount")];
}

describe("the Credit Log's collection columns", () => {
  const withLog: ReviewInput = {
    customers,
    receivables,
    collectionLog: [
      { date: day("2026-06-15"), customerId: "C1", invoiceNo: "INV-1", disputed: true },
      {
        date: day("2026-06-28"),
        customerId: "C1",
        invoiceNo: "INV-2",
        promisedDate: day("2026-07-03"),
        promisedAmount: units(5_000),
      },
    ],
  };

  test("C1: open promise 5,000, no broken promise, 1 disputed invoice of 10,000", () => {
    expect(logValues(withLog, "C1")).toEqual([5_000, 0, 1, 10_000]);
  });

  test("C2, in the same review but never in the log: zeros, no promise", () => {
    expect(logValues(withLog, "C2")).toEqual([null, 0, 0, 0]);
  });

  test("a review without collection data leaves the four columns blank", () => {
    expect(logValues({ customers, receivables }, "C1")).toEqual([null, null, null, null]);
  });

  test("the collection columns come after the twelve a log written before them has", () => {
    expect(CREDIT_LOG_COLUMNS.slice(0, 12)).toEqual([
      "reviewDate",
      "policyVersion",
      "customerId",
      "customerName",
      "score",
      "grade",
      "creditLimit",
      "termsDays",
      "statusCode",
      "reasonCodes",
      "status",
      "reasons",
    ]);
  });
});
