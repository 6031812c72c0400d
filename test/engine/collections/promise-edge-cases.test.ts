/**
 * Promises a user's log can hold that the plain rules would misjudge, worked by hand.
 * As-of 2026-06-30, default policy: grace 5 days, 2 broken promises in 3 months reduce.
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import type { CollectionLogEntry, CustomerResult, Receivable } from "../../../src/engine/types";
import { customer, day, invoice, units } from "../helpers";

const asOf = day("2026-06-30");

/** One customer's invoice 1,000 due 2026-05-01 (60 days overdue on 06-30). */
function owed(id: string, extra: Partial<Receivable> = {}): Receivable {
  return invoice(id, `${id}-1`, {
    invoiceDate: day("2026-04-01"),
    dueDate: day("2026-05-01"),
    amount: units(1_000),
    ...extra,
  });
}

function promise(
  id: string,
  madeIso: string,
  promisedIso: string,
  amount: number
): CollectionLogEntry {
  return {
    date: day(madeIso),
    customerId: id,
    invoiceNo: `${id}-1`,
    action: "CALL",
    promisedDate: day(promisedIso),
    promisedAmount: units(amount),
  };
}

function reviewed(receivable: Receivable, log: CollectionLogEntry[]): CustomerResult {
  const id = receivable.customerId;
  return review(
    { customers: [customer(id)], receivables: [receivable], collectionLog: log },
    DEFAULT_POLICY,
    asOf
  ).customers[0];
}

describe("promises the log states twice or beyond the invoice", () => {
  test("the same line typed twice is one broken promise, not two (no BROKEN_PROMISES)", () => {
    const line = promise("D", "2026-04-01", "2026-04-10", 1_000);
    const c = reviewed(owed("D"), [line, { ...line }]);
    expect(c.collection?.brokenPromises3m).toBe(1);
    expect(c.reasons).not.toContain("BROKEN_PROMISES");
  });

  test("two promises on different dates still count twice", () => {
    const c = reviewed(owed("T"), [
      promise("T", "2026-04-01", "2026-04-10", 1_000),
      promise("T", "2026-05-01", "2026-05-10", 1_000),
    ]);
    expect(c.collection?.brokenPromises3m).toBe(2);
    expect(c.reasons).toContain("BROKEN_PROMISES");
  });

  test("5,000 promised on an invoice of 1,000 paid in full by the deadline is kept", () => {
    // Promise made 06-01 for 06-10 (deadline 06-15); the whole 1,000 was paid on 06-12.
    const c = reviewed(owed("M", { paid: units(1_000), paidDate: day("2026-06-12") }), [
      promise("M", "2026-06-01", "2026-06-10", 5_000),
    ]);
    expect(c.collection?.promise).toMatchObject({
      status: "kept",
      amount: units(5_000),
      paid: units(1_000),
    });
    expect(c.collection?.brokenPromises3m).toBe(0);
  });

  test("a promise on an invoice paid in full before it was made is not broken", () => {
    // Paid 06-01; the promise of 06-05 for 06-10 (deadline 06-15) asks for nothing more.
    const c = reviewed(owed("P", { paid: units(1_000), paidDate: day("2026-06-01") }), [
      promise("P", "2026-06-05", "2026-06-10", 1_000),
    ]);
    expect(c.collection?.promise?.status).toBe("kept");
    expect(c.collection?.brokenPromises3m).toBe(0);
  });

  test("600 paid of 1,000 owed against a 5,000 promise is still broken", () => {
    const c = reviewed(owed("S", { paid: units(600), paidDate: day("2026-06-12") }), [
      promise("S", "2026-06-01", "2026-06-10", 5_000),
    ]);
    expect(c.collection?.promise).toMatchObject({ status: "broken", paid: units(600) });
  });
});
