/** One rule of review() at a time, on the smallest input that shows it. As-of 2026-06-30. */
import { MinorRangeError, minor, roundMinor } from "../../src/engine/money";
import { addDays } from "../../src/engine/serial-date";
import fc from "fast-check";
import { EngineError, INVALID_AS_OF, INVALID_POLICY } from "../../src/engine/errors";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { review } from "../../src/engine/review";
import type {
  Customer,
  CustomerResult,
  Order,
  Receivable,
  ReviewInput,
} from "../../src/engine/types";
import { allRated, customer, day, invoice, order, policyWith, units } from "./helpers";

const asOf = day("2026-06-30");

function only(
  input: Partial<ReviewInput> & { customers: Customer[] },
  policy: Policy = DEFAULT_POLICY
): CustomerResult {
  return review({ receivables: [], ...input }, policy, asOf).customers[0];
}

/** Three orders of 100,000 in the window: an established customer with a base of 300,000. */
const threeOrders = (id: string): Order[] => [
  order(id, day("2026-04-01"), units(100_000)),
  order(id, day("2026-05-01"), units(100_000)),
  order(id, day("2026-06-01"), units(100_000)),
];

describe("review(): limit base and exposure", () => {
  test("the base window is (EDATE(asOf, −3), asOf]: 2026-03-30 is out, 2026-03-31 is in", () => {
    const orders = [
      ...threeOrders("A"),
      order("A", day("2026-03-30"), units(1_000_000)),
      order("A", day("2026-03-31"), units(50_000)),
    ];
    const a = only({ customers: [customer("A", { ratings: allRated(9.5) })], orders });
    // 300,000 + 50,000 = 350,000 × 300 % = 1,050,000; five orders count for "not new"
    expect(a.explanation).toMatchObject({
      base: units(350_000),
      ordersInWindow: 4,
      baseSource: "orders",
    });
    expect(a.limit).toBe(units(1_050_000));
  });

  test("the new-customer mark wins over any order history", () => {
    const a = only({
      customers: [customer("A", { ratings: allRated(9.5), isNewCustomer: true })],
      orders: threeOrders("A"),
    });
    expect(a.explanation).toMatchObject({ base: units(300_000), baseSource: "newCustomer" });
  });

  test("without an orders sheet every customer is new and the customer sheet's unshipped orders count", () => {
    const a = only({
      customers: [customer("A", { ratings: allRated(8.5), unshippedOrders: units(70_000) })],
    });
    // 300,000 × 200 % = 600,000; exposure = 0 open + 70,000
    expect(a.limit).toBe(units(600_000));
    expect(a.exposure).toBe(units(70_000));
    expect(a.available).toBe(units(530_000));
  });

  test("with an orders sheet the customer sheet's unshipped orders are ignored", () => {
    const a = only({
      customers: [customer("A", { ratings: allRated(8.5), unshippedOrders: units(70_000) })],
      orders: [...threeOrders("A"), order("A", day("2026-06-29"), units(20_000), false)],
    });
    expect(a.exposure).toBe(units(20_000));
  });
});

describe("review(): reasons", () => {
  test("LOW_SCORE: graded below 60 → no credit, status unchanged", () => {
    const a = only({
      customers: [customer("A", { ratings: allRated(5.9) })],
      orders: threeOrders("A"),
    });
    expect(a.grade).toBe("D");
    expect(a.limit).toBe(0);
    expect(a.termsDays).toBe(0);
    expect(a.status).toBe("OK");
    expect(a.reasons).toEqual(["LOW_SCORE"]);
  });

  test("INSUFFICIENT_DATA below 60 % coverage, even with perfect ratings", () => {
    // 58 of 100 weight rated: paymentRecord…history (12+8+8+10+6+6+4+4 = 58)
    const ratings = {
      paymentRecord: 10,
      bankCredit: 10,
      profitability: 10,
      solvency: 10,
      operatingCapacity: 10,
      capitalSize: 10,
      firstImpression: 10,
      history: 10,
    };
    const a = only({ customers: [customer("A", { ratings })], orders: threeOrders("A") });
    expect(a.coverage).toBeCloseTo(0.58, 12);
    expect(a.score).toBe(100);
    expect(a.grade).toBeNull();
    expect(a.limit).toBe(0);
    expect(a.reasons).toEqual(["INSUFFICIENT_DATA"]);
    // one more factor (organisation, 6) → 64 %: graded A
    const graded = only({
      customers: [customer("A", { ratings: { ...ratings, organisation: 10 } })],
      orders: threeOrders("A"),
    });
    expect(graded.grade).toBe("A");
  });

  test("NEGATIVE_EQUITY: the working-capital limit is 0 and, as the lower one, the final limit", () => {
    const financials = {
      currentAssets: 1_000_000,
      inventory: 100_000,
      currentLiabilities: 800_000,
      totalLiabilities: 3_000_000,
      equity: -50_000,
    };
    const a = only({
      customers: [customer("A", { ratings: allRated(9.5), financials })],
      orders: threeOrders("A"),
    });
    expect(a.limitOrderBased).toBe(units(900_000));
    expect(a.limitWorkingCapital).toBe(0);
    expect(a.limit).toBe(0);
    expect(a.reasons).toEqual(["NEGATIVE_EQUITY"]);
  });

  test("working-capital mode 'report' shows it beside, 'off' leaves it out", () => {
    const financials = {
      currentAssets: 1_000_000,
      inventory: 100_000,
      currentLiabilities: 800_000,
      totalLiabilities: 3_000_000,
      equity: -50_000,
    };
    const customers = [customer("A", { ratings: allRated(9.5), financials })];
    const reported = only(
      { customers, orders: threeOrders("A") },
      policyWith((p) => {
        p.workingCapital.mode = "report";
      })
    );
    expect(reported.limitWorkingCapital).toBe(0);
    expect(reported.limit).toBe(units(900_000));
    const off = only(
      { customers, orders: threeOrders("A") },
      policyWith((p) => {
        p.workingCapital.mode = "off";
      })
    );
    expect(off.limitWorkingCapital).toBeNull();
    expect(off.reasons).toEqual([]);
  });

  test("BAD_PAYMENTS (3) reduces, BAD_PAYMENTS_SEVERE (4) suspends", () => {
    const reduce = only({
      customers: [customer("A", { ratings: allRated(9.5), badPayments3m: 3 })],
      orders: threeOrders("A"),
    });
    // 95 → REDUCE to 200 % / 90 days: 600,000
    expect([reduce.status, reduce.reasons, reduce.limit, reduce.termsDays]).toEqual([
      "REDUCE",
      ["BAD_PAYMENTS"],
      units(600_000),
      90,
    ]);
    const suspend = only({
      customers: [customer("A", { ratings: allRated(9.5), badPayments3m: 4 })],
      orders: threeOrders("A"),
    });
    expect([suspend.status, suspend.reasons, suspend.limit, suspend.termsDays]).toEqual([
      "SUSPEND",
      ["BAD_PAYMENTS_SEVERE"],
      0,
      0,
    ]);
  });

  test("INACTIVE_3M: last business on EDATE(asOf, −3)", () => {
    const receivables = [
      invoice("A", "1", {
        invoiceDate: day("2026-03-30"),
        termsDays: 30,
        amount: units(1_000),
        paid: units(1_000),
        paidDate: day("2026-04-10"),
      }),
    ];
    const a = only({ customers: [customer("A", { ratings: allRated(8.5) })], receivables });
    expect(a.lastBusinessDate).toBe(day("2026-03-30"));
    // 85 → REDUCE to 150 % / 60 on the new-customer base 300,000 = 450,000
    expect([a.status, a.reasons, a.limit, a.termsDays]).toEqual([
      "REDUCE",
      ["INACTIVE_3M"],
      units(450_000),
      60,
    ]);
  });

  test("reduceBandSteps = 2 moves two bands down", () => {
    const policy = policyWith((p) => {
      p.adjustments.reduceBandSteps = 2;
    });
    const a = only(
      {
        customers: [customer("A", { ratings: allRated(9.5), badPayments3m: 3 })],
        orders: threeOrders("A"),
      },
      policy
    );
    expect([a.limit, a.termsDays]).toEqual([units(450_000), 60]);
  });
});

describe("review(): aging rules", () => {
  test("aging by invoice date is a policy switch; days overdue and actions still go by the due date", () => {
    const receivables = [
      invoice("A", "1", { invoiceDate: day("2026-05-01"), termsDays: 90, amount: units(1_000) }),
    ];
    const byDue = review({ customers: [customer("A")], receivables }, DEFAULT_POLICY, asOf)
      .receivables[0];
    const byInvoice = review(
      { customers: [customer("A")], receivables },
      policyWith((p) => {
        p.aging.basis = "invoiceDate";
      }),
      asOf
    ).receivables[0];
    // due 2026-07-30: −30 days → Not due; invoice 60 days old → 31-60
    expect([byDue.bucket, byDue.daysOverdue]).toEqual([0, -30]);
    expect([byInvoice.bucket, byInvoice.daysOverdue, byInvoice.collectionAction]).toEqual([
      2,
      -30,
      "NONE",
    ]);
  });

  test("the customer's action follows its largest days overdue among positive open amounts only", () => {
    const receivables = [
      invoice("A", "1", { invoiceDate: day("2026-01-01"), termsDays: 0, amount: units(-500) }), // open credit: ignored
      invoice("A", "2", { invoiceDate: day("2026-06-20"), termsDays: 30, amount: units(1_000) }), // −20 days
    ];
    const a = only({ customers: [customer("A")], receivables });
    expect([a.maxDaysOverdue, a.collectionAction, a.debtClass]).toEqual([0, "NONE", "CURRENT"]);
  });

  test("a policy currency refuses every other currency, even the first row's", () => {
    const receivables = [
      invoice("A", "1", {
        invoiceDate: day("2026-06-01"),
        termsDays: 30,
        amount: units(1_000),
        currency: "eur",
      }),
      invoice("A", "2", {
        invoiceDate: day("2026-06-01"),
        termsDays: 30,
        amount: units(2_000),
        currency: " USD ",
      }),
    ];
    const result = review(
      { customers: [customer("A")], receivables },
      policyWith((p) => {
        p.currency = "USD";
      }),
      asOf
    );
    expect(result.aging.net).toBe(units(2_000));
    expect(result.problems.map((p) => [p.code, p.value])).toEqual([["OTHER_CURRENCY", "eur"]]);
  });

  test("unusable numbers are reported and the row left out, never guessed", () => {
    const receivables: Receivable[] = [
      invoice("A", "1", {
        invoiceDate: day("2026-06-01"),
        termsDays: 30,
        // @ts-expect-error a caller without types can pass this; the engine must refuse it
        amount: 10.5,
      }),
      invoice("A", "2", {
        // @ts-expect-error a caller without types can pass this; the engine must refuse it
        invoiceDate: Number.NaN,
        termsDays: 30,
        amount: units(1),
      }),
      invoice("A", "3", {
        invoiceDate: day("2026-06-01"),
        termsDays: 30,
        amount: units(1),
        // @ts-expect-error a caller without types can pass this; the engine must refuse it
        paidDate: 45000.5,
      }),
    ];
    const result = review(
      {
        customers: [customer("A")],
        receivables,
        // @ts-expect-error a caller without types can pass this; the engine must refuse it
        orders: [order("A", day("2026-06-01"), Number.POSITIVE_INFINITY)],
      },
      DEFAULT_POLICY,
      asOf
    );
    expect(result.receivables).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.place.field, p.value])).toEqual([
      ["INVALID_NUMBER", "amount", "10.5"],
      ["INVALID_NUMBER", "invoiceDate", "NaN"],
      ["INVALID_NUMBER", "paidDate", "45000.5"],
      ["INVALID_NUMBER", "amount", "Infinity"],
    ]);
    expect(result.problems[0]).toMatchObject({ severity: "error", params: { variant: "amount" } });
  });

  test("a wrong policy or as-of date is refused before anything runs", () => {
    const input = { customers: [], receivables: [] };
    const wrongWeights = policyWith((p) => {
      p.score.factors[0].weight = 13;
    });
    let thrown: unknown = null;
    try {
      review(input, wrongWeights, asOf);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EngineError);
    expect(thrown).toMatchObject({
      code: INVALID_POLICY,
      issues: [{ code: "WEIGHT_SUM", place: { path: "score.factors" }, params: { sum: 101 } }],
    });
    // @ts-expect-error a caller without types can pass this; the engine must refuse it
    expect(() => review(input, DEFAULT_POLICY, 46203.5)).toThrow(INVALID_AS_OF);
  });
});

describe("review(): amounts beyond what a number holds exactly", () => {
  const SAFE = Number.MAX_SAFE_INTEGER;
  const oneDay = (amount: number, paid?: number) =>
    invoice("A", "INV-1", {
      invoiceDate: addDays(asOf, -10),
      termsDays: 30,
      amount: minor(amount),
      ...(paid === undefined ? {} : { paid: minor(paid) }),
    });

  test("an open amount past 2^53 (amount − a negative paid) is refused, never handed out", () => {
    // 2^53 − 1 − (−(2^53 − 1)) = 2^54 − 2 minor units owed: no exact total can hold it.
    const input = { customers: [customer("A")], receivables: [oneDay(SAFE, -SAFE)] };
    let thrown: unknown = null;
    try {
      review(input, DEFAULT_POLICY, asOf);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MinorRangeError);
    expect(thrown).toMatchObject({ code: "MINOR_OUT_OF_RANGE" });
  });

  test("two customers whose amounts add past 2^53 are refused together, as their sum could lose a cent", () => {
    const half = Math.ceil(SAFE / 2) + 1;
    const input = {
      customers: [customer("A"), customer("B")],
      receivables: [oneDay(half), { ...oneDay(half), customerId: "B", invoiceNo: "INV-2" }],
    };
    expect(() => review(input, DEFAULT_POLICY, asOf)).toThrow(MinorRangeError);
  });

  test("amounts that add to exactly 2^53 − 1 are kept to the cent", () => {
    const input = {
      customers: [customer("A")],
      receivables: [oneDay(SAFE - 1), { ...oneDay(1), invoiceNo: "INV-2" }],
    };
    const result = review(input, DEFAULT_POLICY, asOf);
    expect(result.customers[0].openAmount).toBe(SAFE);
  });
});

describe("review(): properties", () => {
  const receivableArb = fc.record({
    customer: fc.constantFrom("A", "B", "C", "X"),
    age: fc.integer({ min: -30, max: 800 }),
    terms: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    amount: fc.integer({ min: -50_000, max: 5_000_000 }),
    paidShare: fc.option(fc.double({ min: 0, max: 1.3, noNaN: true }), { nil: undefined }),
    paidAge: fc.option(fc.integer({ min: -60, max: 700 }), { nil: undefined }),
  });
  type RowSpec = typeof receivableArb extends fc.Arbitrary<infer T> ? T : never;
  const toReceivable = (r: RowSpec, i: number): Receivable => ({
    customerId: r.customer,
    invoiceNo: String(i),
    invoiceDate: addDays(asOf, -r.age),
    termsDays: r.terms,
    amount: minor(r.amount),
    paid: r.paidShare === undefined ? undefined : roundMinor(r.amount * r.paidShare),
    paidDate: r.paidAge === undefined ? undefined : addDays(asOf, -r.paidAge),
  });
  const customers = ["A", "B", "C"].map((id) => customer(id, { ratings: allRated(8) }));

  test("Σ buckets + unapplied = net open, per customer and in total, and equals the rows' open amounts", () => {
    fc.assert(
      fc.property(fc.array(receivableArb, { maxLength: 60 }), (rows) => {
        const result = review(
          { customers, receivables: rows.map(toReceivable) },
          DEFAULT_POLICY,
          asOf
        );
        const { aging } = result;
        const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
        for (const [id, row] of Object.entries(aging.byCustomer)) {
          expect(sum(row.amounts) + row.unapplied).toBe(row.net);
          expect(row.amounts.every((a) => a >= 0)).toBe(true);
          expect(row.unapplied).toBeLessThanOrEqual(0);
          expect(row.net).toBe(
            sum(result.receivables.filter((r) => r.customerId === id).map((r) => r.open))
          );
        }
        expect(sum(aging.totals) + aging.unapplied).toBe(aging.net);
        expect(aging.net).toBe(sum(result.receivables.map((r) => r.open)));
        for (const c of result.customers) expect(c.openAmount).toBe(aging.byCustomer[c.id].net);
      })
    );
  });

  test("a later as-of date never moves an invoice to a younger bucket", () => {
    fc.assert(
      fc.property(
        fc.array(receivableArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 400 }),
        (rows, later) => {
          const receivables = rows.map(toReceivable).map((r) => ({
            ...r,
            paid: undefined,
            paidDate: undefined,
            amount: minor(Math.abs(r.amount) + 1),
          }));
          const now = review({ customers, receivables }, DEFAULT_POLICY, asOf).receivables;
          const afterwards = review(
            { customers, receivables },
            DEFAULT_POLICY,
            addDays(asOf, later)
          ).receivables;
          const laterBucket = new Map(afterwards.map((row) => [row.index, row.bucket]));
          // Rows dated after the first as-of date join only the later review; every other row is in both.
          now.forEach((row) =>
            expect(laterBucket.get(row.index)).toBeGreaterThanOrEqual(row.bucket)
          );
        }
      )
    );
  });

  test("a higher score never lowers the limit or the terms (same orders, same history)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 4 }),
        (r1, r2, bad) => {
          const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const at = (rating: number) =>
            only({
              customers: [customer("A", { ratings: allRated(rating), badPayments3m: bad })],
              orders: threeOrders("A"),
            });
          expect(at(high).limit).toBeGreaterThanOrEqual(at(low).limit);
          expect(at(high).termsDays).toBeGreaterThanOrEqual(at(low).termsDays);
        }
      )
    );
  });
});
