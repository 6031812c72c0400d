/**
 * Disputes, promises to pay, broken promises and the worklist's priority, worked by hand.
 * As-of 2026-06-30, default policy: grace 5 days, 2 broken promises in 3 months reduce, 3 suspend.
 */
import fc from "fast-check";
import { collectionPriority } from "../../../src/engine/collection-priority";
import { minor } from "../../../src/engine/money";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { addDays } from "../../../src/engine/serial-date";
import { review } from "../../../src/engine/review";
import type {
  CollectionLogEntry,
  Customer,
  CustomerResult,
  Receivable,
  ReviewInput,
  ReviewResult,
} from "../../../src/engine/types";
import { allRated, customer, day, invoice, units } from "../helpers";

const asOf = day("2026-06-30");

/** An invoice issued 30 days before it falls due; open unless `paid` says otherwise. */
function due(
  customerId: string,
  invoiceNo: string,
  dueIso: string,
  amount: number,
  extra: Partial<Receivable> = {}
): Receivable {
  const dueDate = day(dueIso);
  return invoice(customerId, invoiceNo, {
    invoiceDate: addDays(dueDate, -30),
    dueDate,
    amount: units(amount),
    ...extra,
  });
}

function logLine(
  dateIso: string,
  customerId: string,
  fields: Partial<CollectionLogEntry> = {}
): CollectionLogEntry {
  return { date: day(dateIso), customerId, ...fields };
}

function run(input: Partial<ReviewInput> & { customers: Customer[] }): ReviewResult {
  return review({ receivables: [], ...input }, DEFAULT_POLICY, asOf);
}

function only(input: Partial<ReviewInput> & { customers: Customer[] }): CustomerResult {
  return run(input).customers[0];
}

describe("disputes", () => {
  // INV-1: 10,000 due 2026-04-01 → 90 days overdue (fourth letter, OVERDUE_90).
  // INV-2: 5,000 due 2026-06-10 → 20 days overdue (first letter, no rule).
  const receivables = [
    due("C1", "INV-1", "2026-04-01", 10_000),
    due("C1", "INV-2", "2026-06-10", 5_000),
  ];
  const customers = [customer("C1")];

  test("without a log: fourth letter and suspended for 90 days overdue", () => {
    const c = only({ customers, receivables });
    expect(c.collectionAction).toBe("FOURTH_LETTER");
    expect(c.status).toBe("SUSPEND");
    expect(c.reasons).toContain("OVERDUE_90");
    expect(c.collection).toBeUndefined();
  });

  test("INV-1 disputed: stays in the aging, leaves the ladder and the overdue rules", () => {
    const result = run({
      customers,
      receivables,
      collectionLog: [logLine("2026-05-02", "C1", { invoiceNo: "INV-1", disputed: true })],
    });
    const c = result.customers[0];
    expect(c.collectionAction).toBe("FIRST_LETTER");
    expect(c.status).toBe("OK");
    expect(c.reasons).not.toContain("OVERDUE_90");
    expect(c.overdueAmount).toBe(units(15_000));
    expect(c.maxDaysOverdue).toBe(90);
    expect(result.aging.byCustomer.C1.amounts[3]).toBe(units(10_000)); // 61-90 bucket
    expect(c.collection).toMatchObject({
      disputedAmount: units(10_000),
      nextAction: "FIRST_LETTER",
      // INV-2 was due 2026-06-10 and reached the first letter 15 days later.
      nextActionDue: day("2026-06-25"),
    });
    const inv1 = result.receivables.find((r) => r.invoiceNo === "INV-1");
    expect(inv1).toMatchObject({
      disputed: true,
      collectionAction: "NONE",
      debtClass: "IN_COLLECTION",
    });
    expect(result.collections).toEqual({
      customers: 1,
      overdueAmount: units(15_000),
      disputedAmount: units(10_000),
      promisedAmount: 0,
    });
  });

  test("a later line with disputed = no releases it; a line after the as-of date is not read", () => {
    const c = only({
      customers,
      receivables,
      collectionLog: [
        logLine("2026-05-02", "C1", { invoiceNo: "INV-1", disputed: true }),
        logLine("2026-06-15", "C1", { invoiceNo: "INV-1", disputed: false }),
        logLine("2026-07-02", "C1", { invoiceNo: "INV-1", disputed: true }),
      ],
    });
    expect(c.collectionAction).toBe("FOURTH_LETTER");
    expect(c.status).toBe("SUSPEND");
    expect(c.collection?.disputedAmount).toBe(0);
  });

  test("the receivables sheet's Disputed mark counts until a log line closes it", () => {
    const marked = [
      due("C1", "INV-1", "2026-04-01", 10_000, { disputed: true }),
      due("C1", "INV-2", "2026-06-10", 5_000),
    ];
    expect(only({ customers, receivables: marked }).collectionAction).toBe("FIRST_LETTER");
    const closed = only({
      customers,
      receivables: marked,
      collectionLog: [logLine("2026-06-01", "C1", { invoiceNo: "INV-1", disputed: false })],
    });
    expect(closed.collectionAction).toBe("FOURTH_LETTER");
  });

  test("a line without an invoice number disputes the whole customer: only a dispute to resolve", () => {
    const c = only({
      customers,
      receivables,
      collectionLog: [logLine("2026-06-01", "C1", { disputed: true, disputeReason: "quality" })],
    });
    expect(c.collectionAction).toBe("NONE");
    expect(c.collection).toMatchObject({
      disputedAmount: units(15_000),
      nextAction: "RESOLVE_DISPUTE",
      nextActionDue: null,
      priority: 0,
    });
  });
});

describe("promises to pay (grace 5 days)", () => {
  // 8,000 due 2026-05-01: 60 days overdue → third letter, OVERDUE_60.
  const owed = (id: string, extra: Partial<Receivable> = {}) =>
    due(id, `${id}-1`, "2026-05-01", 8_000, extra);
  const promise = (id: string, madeIso: string, promisedIso: string, amount?: number) =>
    logLine(madeIso, id, {
      invoiceNo: `${id}-1`,
      action: "CALL",
      person: "Ms Lee",
      promisedDate: day(promisedIso),
      promisedAmount: amount === undefined ? undefined : units(amount),
    });

  test("kept: 8,000 paid on 2026-06-24, by the promised date 06-20 + 5 days", () => {
    const c = only({
      customers: [customer("K")],
      receivables: [owed("K", { paid: units(8_000), paidDate: day("2026-06-24") })],
      collectionLog: [promise("K", "2026-06-01", "2026-06-20", 8_000)],
    });
    expect(c.collection?.promise).toMatchObject({
      status: "kept",
      amount: units(8_000),
      paid: units(8_000),
      deadline: day("2026-06-25"),
    });
    expect(c.collection?.brokenPromises3m).toBe(0);
    expect(c.collection?.lastContact).toEqual({
      date: day("2026-06-01"),
      action: "CALL",
      person: "Ms Lee",
    });
  });

  test("broken: nothing paid by 06-25; one broken promise changes no status by itself", () => {
    const c = only({
      customers: [customer("B")],
      receivables: [owed("B")],
      collectionLog: [promise("B", "2026-06-01", "2026-06-20", 8_000)],
    });
    expect(c.collection?.promise).toMatchObject({ status: "broken", paid: 0 });
    expect(c.collection?.brokenPromises3m).toBe(1);
    expect(c.reasons).not.toContain("BROKEN_PROMISES");
    expect(c.collectionAction).toBe("THIRD_LETTER");
  });

  test("partial: 2,500 of 8,000 paid by the deadline is broken, the 2,500 shown", () => {
    const c = only({
      customers: [customer("P")],
      receivables: [owed("P", { paid: units(2_500), paidDate: day("2026-06-12") })],
      collectionLog: [promise("P", "2026-06-05", "2026-06-10", 8_000)],
    });
    expect(c.collection?.promise).toMatchObject({
      status: "broken",
      amount: units(8_000),
      paid: units(2_500),
    });
  });

  test("paid before the promise was made does not count toward it", () => {
    const c = only({
      customers: [customer("E")],
      receivables: [owed("E", { paid: units(2_000), paidDate: day("2026-05-20") })],
      collectionLog: [promise("E", "2026-06-01", "2026-06-10", 6_000)],
    });
    expect(c.collection?.promise).toMatchObject({ status: "broken", paid: 0 });
  });

  test("open: promised for 07-03, the ladder is held, the overdue rule still applies", () => {
    const result = run({
      customers: [customer("O")],
      receivables: [owed("O")],
      collectionLog: [promise("O", "2026-06-28", "2026-07-03")],
    });
    const c = result.customers[0];
    expect(c.collection?.promise).toMatchObject({
      status: "open",
      amount: units(8_000), // no amount typed: the open amount of the invoice
      deadline: day("2026-07-08"),
    });
    expect(c.collectionAction).toBe("NONE");
    expect(c.collection).toMatchObject({
      nextAction: "CHECK_PROMISE",
      nextActionDue: day("2026-07-08"),
    });
    expect(c.reasons).toContain("OVERDUE_60");
    expect(result.receivables[0]).toMatchObject({ promised: true, collectionAction: "NONE" });
    expect(result.collections?.promisedAmount).toBe(units(8_000));
  });

  test("within grace: promised for 06-27, still open on 06-30 (deadline 07-02)", () => {
    const c = only({
      customers: [customer("G")],
      receivables: [owed("G")],
      collectionLog: [promise("G", "2026-06-20", "2026-06-27", 8_000)],
    });
    expect(c.collection?.promise?.status).toBe("open");
    expect(c.collectionAction).toBe("NONE");
  });

  test("no amount and paid after the deadline: broken", () => {
    const c = only({
      customers: [customer("L")],
      receivables: [owed("L", { paid: units(8_000), paidDate: day("2026-06-28") })],
      collectionLog: [promise("L", "2026-06-01", "2026-06-20")],
    });
    expect(c.collection?.promise).toMatchObject({
      status: "broken",
      amount: units(8_000),
      paid: 0,
    });
  });

  test("a promised date on the receivables sheet: kept when the invoice is settled in time", () => {
    const c = only({
      customers: [customer("R")],
      receivables: [
        owed("R", {
          promisedDate: day("2026-06-15"),
          paid: units(8_000),
          paidDate: day("2026-06-18"),
        }),
      ],
    });
    expect(c.collection?.promise).toMatchObject({ status: "kept", madeOn: null });
  });

  describe("broken promises in the window (EDATE(asOf, −3), asOf] = (03-30, 06-30]", () => {
    const brokenOn = (id: string, promisedIsos: string[]) =>
      only({
        customers: [customer(id, { ratings: allRated(9.5) })],
        receivables: [due(id, `${id}-1`, "2026-06-20", 1_000)],
        collectionLog: promisedIsos.map((iso) =>
          logLine("2026-03-01", id, { promisedDate: day(iso), promisedAmount: units(1_000) })
        ),
      });

    test("2 → reduce (BROKEN_PROMISES)", () => {
      const c = brokenOn("X", ["2026-04-10", "2026-05-10"]);
      expect(c.collection?.brokenPromises3m).toBe(2);
      expect(c.status).toBe("REDUCE");
      expect(c.reasons).toContain("BROKEN_PROMISES");
    });

    test("3 → suspend (BROKEN_PROMISES_SEVERE), the mildest code not added", () => {
      const c = brokenOn("Y", ["2026-04-10", "2026-05-10", "2026-06-01"]);
      expect(c.status).toBe("SUSPEND");
      expect(c.reasons).toContain("BROKEN_PROMISES_SEVERE");
      expect(c.reasons).not.toContain("BROKEN_PROMISES");
    });

    test("a promise due on 03-30 is outside the window, 03-31 inside", () => {
      expect(brokenOn("Z", ["2026-03-30", "2026-05-10"]).collection?.brokenPromises3m).toBe(1);
      expect(brokenOn("W", ["2026-03-31", "2026-05-10"]).collection?.brokenPromises3m).toBe(2);
    });
  });
});

describe("priority = overdue × (1 + oldest overdue days / 30) × grade factor", () => {
  test("worked: Z 4,000 @ 150 days D = 48,000; X 10,000 @ 45 days B = 30,000; Y 12,000 @ 15 days A = 18,000", () => {
    const p = (amount: number, days: number, grade: "A" | "B" | "C" | "D" | null) =>
      collectionPriority(units(amount), days, grade, DEFAULT_POLICY) / 100;
    expect(p(4_000, 150, "D")).toBeCloseTo(48_000, 6);
    expect(p(10_000, 45, "B")).toBeCloseTo(30_000, 6);
    expect(p(12_000, 15, "A")).toBeCloseTo(18_000, 6);
    expect(p(10_000, 30, null)).toBeCloseTo(30_000, 6); // ungraded: factor 1.5
    expect(p(0, 100, "D")).toBe(0);
  });

  test("in a review: the grade comes from the score, disputes leave the amount", () => {
    const result = run({
      customers: [
        customer("Z", { ratings: allRated(5) }), // score 50 → D
        customer("X", { ratings: allRated(8.5) }), // 85 → B
        customer("Y", { ratings: allRated(9.5) }), // 95 → A
      ],
      receivables: [
        due("Z", "Z-1", "2026-01-31", 4_000), // 150 days
        due("X", "X-1", "2026-05-16", 10_000), // 45 days
        due("X", "X-2", "2026-01-01", 50_000, { disputed: true }), // left out of the priority
        due("Y", "Y-1", "2026-06-15", 12_000), // 15 days
      ],
    });
    const order = [...result.customers]
      .sort((a, b) => (b.collection?.priority ?? 0) - (a.collection?.priority ?? 0))
      .map((c) => [c.id, c.grade, Math.round((c.collection?.priority ?? 0) / 100)]);
    expect(order).toEqual([
      ["Z", "D", 48_000],
      ["X", "B", 30_000],
      ["Y", "A", 18_000],
    ]);
  });
});

describe("properties", () => {
  const grade = fc.constantFrom("A" as const, "B" as const, "C" as const, "D" as const, null);

  test("priority never falls when the overdue amount rises", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }).map(minor),
        fc.integer({ min: 0, max: 1e10 }).map(minor),
        fc.integer({ min: 0, max: 2000 }),
        grade,
        (a, b, days, g) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(collectionPriority(low, days, g, DEFAULT_POLICY)).toBeLessThanOrEqual(
            collectionPriority(high, days, g, DEFAULT_POLICY)
          );
        }
      )
    );
  });

  const invoiceArb = fc.record({
    dueOffset: fc.integer({ min: -60, max: 400 }),
    amount: fc.integer({ min: -500, max: 50_000 }),
    paid: fc.integer({ min: 0, max: 50_000 }),
  });
  const toReceivable = (
    i: { dueOffset: number; amount: number; paid: number },
    n: number
  ): Receivable =>
    invoice("C", `I${n}`, {
      invoiceDate: addDays(asOf, -Math.max(0, i.dueOffset) - 30),
      dueDate: addDays(asOf, -i.dueOffset),
      amount: units(i.amount),
      paid: units(Math.min(i.paid, Math.max(0, i.amount))),
      paidDate: addDays(asOf, -1),
    });

  test("a disputed invoice never changes the ladder step", () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 6 }), invoiceArb, (others, extra) => {
        const rows = others.map(toReceivable);
        const disputed = { ...toReceivable(extra, 99) };
        const without = only({ customers: [customer("C")], receivables: rows, collectionLog: [] });
        const withDisputed = only({
          customers: [customer("C")],
          receivables: [...rows, disputed],
          collectionLog: [logLine("2026-06-01", "C", { invoiceNo: "I99", disputed: true })],
        });
        expect(withDisputed.collectionAction).toBe(without.collectionAction);
      })
    );
  });

  test("with an empty log the review equals today's, but for the collection lines it adds", () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 8 }), (invoices) => {
        const input = { customers: [customer("C")], receivables: invoices.map(toReceivable) };
        const today = run(input);
        const withLog = run({ ...input, collectionLog: [] });
        const { collections, ...rest } = withLog;
        expect(collections).toBeDefined();
        expect({
          ...rest,
          customers: rest.customers.map(({ collection, ...c }) => {
            expect(collection).toBeDefined();
            return c;
          }),
        }).toEqual(today);
      })
    );
  });
});
