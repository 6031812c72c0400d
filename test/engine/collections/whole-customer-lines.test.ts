/**
 * Log lines that name no invoice concern their whole customer, next to lines that name one
 * (the index by customer, then invoice, must keep both apart). As-of 2026-06-30, grace 5 days.
 * C1 owes INV-1 10,000 due 2026-04-01 (90 days overdue) and INV-2 5,000 due 2026-06-10 (20 days).
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { addDays } from "../../../src/engine/serial-date";
import type { CollectionLogEntry, Receivable, ReviewResult } from "../../../src/engine/types";
import { customer, day, invoice, units } from "../helpers";

const asOf = day("2026-06-30");

function owed(invoiceNo: string, dueIso: string, amount: number): Receivable {
  const dueDate = day(dueIso);
  return invoice("C1", invoiceNo, {
    invoiceDate: addDays(dueDate, -30),
    dueDate,
    amount: units(amount),
  });
}

const receivables = [owed("INV-1", "2026-04-01", 10_000), owed("INV-2", "2026-06-10", 5_000)];

function run(log: CollectionLogEntry[], rows = receivables): ReviewResult {
  return review(
    { customers: [customer("C1")], receivables: rows, collectionLog: log },
    DEFAULT_POLICY,
    asOf
  );
}

const line = (dateIso: string, fields: Partial<CollectionLogEntry>): CollectionLogEntry => ({
  date: day(dateIso),
  customerId: "C1",
  ...fields,
});

describe("lines without an invoice number concern the whole customer", () => {
  test("an open promise naming no invoice holds both invoices; its amount is all 15,000 open", () => {
    const result = run([line("2026-06-20", { promisedDate: day("2026-07-05") })]);
    expect(result.receivables.map((r) => [r.invoiceNo, r.promised, r.collectionAction])).toEqual([
      ["INV-1", true, "NONE"],
      ["INV-2", true, "NONE"],
    ]);
    expect(result.customers[0].collection?.promise).toMatchObject({
      invoiceNo: null,
      amount: units(15_000),
      paid: 0,
      status: "open",
      deadline: day("2026-07-10"),
    });
  });

  test("a promise naming INV-2 holds INV-2 only; INV-1 stays on the ladder at 90 days", () => {
    const result = run([
      line("2026-06-20", { invoiceNo: "INV-2", promisedDate: day("2026-07-05") }),
    ]);
    expect(result.receivables.map((r) => [r.invoiceNo, r.promised ?? false])).toEqual([
      ["INV-1", false],
      ["INV-2", true],
    ]);
    expect(result.customers[0].collection?.promise?.amount).toBe(units(5_000));
    expect(result.receivables[0].collectionAction).toBe("FOURTH_LETTER");
  });

  test("a later line for the whole customer closes an earlier dispute of INV-1; a still later one on INV-2 opens it", () => {
    const result = run([
      line("2026-05-01", { invoiceNo: "INV-1", disputed: true }),
      line("2026-06-01", { disputed: false }),
      line("2026-06-15", { invoiceNo: "INV-2", disputed: true }),
    ]);
    expect(result.receivables.map((r) => [r.invoiceNo, r.disputed ?? false])).toEqual([
      ["INV-1", false],
      ["INV-2", true],
    ]);
    expect(result.customers[0].collection?.disputedAmount).toBe(units(5_000));
  });

  test("a row without an invoice number answers to whole-customer lines, not to another invoice's", () => {
    const rows = [owed("", "2026-04-01", 10_000), owed("INV-2", "2026-06-10", 5_000)];
    const byInvoice = run([line("2026-06-01", { invoiceNo: "INV-2", disputed: true })], rows);
    expect(byInvoice.receivables.map((r) => r.disputed ?? false)).toEqual([false, true]);
    const whole = run([line("2026-06-01", { disputed: true })], rows);
    expect(whole.receivables.map((r) => r.disputed ?? false)).toEqual([true, true]);
  });
});
