/**
 * A small full review whose every number is worked out by hand below.
 * As-of 2026-06-30. Amounts in currency units (units() turns them into cents).
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { review } from "../../src/engine/review";
import type { CustomerResult, ReviewInput } from "../../src/engine/types";
import { allRated, customer, day, invoice, order, units } from "./helpers";

const asOf = day("2026-06-30");
const src = (sheet: string, row: number) => ({ sheet, row });

const betaRatings = { ...allRated(9) };
for (const derived of ["paymentRecord", "solvency", "operatingCapacity", "profitability"] as const)
  delete betaRatings[derived];

const input: ReviewInput = {
  customers: [
    // A: every factor typed 9.2 → score 92, grade A.
    customer("A", { name: "Alpha", ratings: allRated(9.2), source: src("Customers", 2) }),
    // B: 14 factors typed 9 (weight 64); solvency, operating capacity, profitability and payment record derived.
    customer("B", {
      name: "Beta",
      ratings: betaRatings,
      financials: {
        currentAssets: 4_000_000,
        inventory: 1_000_000,
        currentLiabilities: 3_000_000,
        totalAssets: 8_000_000,
        totalLiabilities: 4_000_000,
        equity: 4_000_000,
        sales: 32_000_000,
        netProfit: 4_800_000,
      },
      source: src("Customers", 3),
    }),
    // C: two factors only (weight 12 of 100) → insufficient data; long-standing.
    customer("C", {
      name: "Gamma",
      ratings: { bankCredit: 10, guarantee: 10 },
      longStanding: true,
      source: src("Customers", 4),
    }),
    // D: typed 7 everywhere but history 12 (out of range → reported, left out); marked suspended by hand.
    customer("D", {
      name: "Delta",
      ratings: { ...allRated(7), history: 12 },
      manualSuspend: true,
      source: src("Customers", 5),
    }),
    // A second row for B: reported with the first, ignored.
    customer("B", { name: "Beta again", ratings: allRated(1), source: src("Customers", 6) }),
  ],
  receivables: [
    // due 2026-06-15 (30 days), 200,000 − 50,000 paid = 150,000 open, 15 days overdue → 1-30, first letter.
    invoice("A", "A-1", {
      invoiceDate: day("2026-05-16"),
      termsDays: 30,
      amount: units(200_000),
      paid: units(50_000),
      paidDate: day("2026-06-01"),
      currency: "USD",
      source: src("Receivables", 2),
    }),
    // due 2026-07-10, 100,000 open, −10 days → not due.
    invoice("A", "A-2", {
      invoiceDate: day("2026-06-10"),
      dueDate: day("2026-07-10"),
      amount: units(100_000),
      source: src("Receivables", 3),
    }),
    // due 2026-03-31, paid in full 2026-04-05: 5 days late.
    invoice("A", "A-3", {
      invoiceDate: day("2026-03-01"),
      termsDays: 30,
      amount: units(80_000),
      paid: units(80_000),
      paidDate: day("2026-04-05"),
      source: src("Receivables", 4),
    }),
    // an open credit note of −20,000 → unapplied.
    invoice("A", "A-4", {
      invoiceDate: day("2026-06-01"),
      termsDays: 0,
      amount: units(-20_000),
      source: src("Receivables", 5),
    }),
    // dated after the as-of date → left out, reported.
    invoice("A", "A-5", {
      invoiceDate: day("2026-07-01"),
      termsDays: 30,
      amount: units(999_999),
      source: src("Receivables", 6),
    }),
    // another currency → left out, reported.
    invoice("A", "A-6", {
      invoiceDate: day("2026-06-01"),
      termsDays: 30,
      amount: units(777_777),
      currency: "EUR",
      source: src("Receivables", 7),
    }),
    // B-1: due 2026-02-09, paid in full that day: on time.
    invoice("B", "B-1", {
      invoiceDate: day("2026-01-10"),
      termsDays: 30,
      amount: units(50_000),
      paid: units(50_000),
      paidDate: day("2026-02-09"),
      source: src("Receivables", 8),
    }),
    // B-2: due 2026-03-03, paid in full 2026-03-13: 10 days late.
    invoice("B", "B-2", {
      invoiceDate: day("2026-02-01"),
      termsDays: 30,
      amount: units(70_000),
      paid: units(70_000),
      paidDate: day("2026-03-13"),
      source: src("Receivables", 9),
    }),
    // B-3: due 2026-04-19, 120,000 open: 11 + 31 + 30 = 72 days overdue → 61-90, third letter.
    invoice("B", "B-3", {
      invoiceDate: day("2026-03-20"),
      termsDays: 30,
      amount: units(120_000),
      source: src("Receivables", 10),
    }),
    // B-4: paid 40,000 on 30,000 (no paid date) → overpayment of 10,000, unapplied.
    invoice("B", "B-4", {
      invoiceDate: day("2026-06-05"),
      termsDays: 30,
      amount: units(30_000),
      paid: units(40_000),
      source: src("Receivables", 11),
    }),
    // C-1: due 2025-12-15, 60,000 open: 16 + 31 + 28 + 31 + 30 + 31 + 30 = 197 days → >180, legal action, bad debt.
    invoice("C", "C-1", {
      invoiceDate: day("2025-11-15"),
      termsDays: 30,
      amount: units(60_000),
      source: src("Receivables", 12),
    }),
    // Z-1: unknown customer; no due date and no terms → due = invoice date (29 days); paid after the as-of date → still open.
    invoice("Z9", "Z-1", {
      invoiceDate: day("2026-06-01"),
      amount: units(10_000),
      paid: units(10_000),
      paidDate: day("2026-07-05"),
      source: src("Receivables", 13),
    }),
  ],
  orders: [
    // A: four orders in (2026-03-30, 2026-06-30] = 400,000; two unshipped = 150,000.
    { ...order("A", day("2026-04-15"), units(100_000)), source: src("Orders", 2) },
    { ...order("A", day("2026-05-10"), units(150_000)), source: src("Orders", 3) },
    { ...order("A", day("2026-06-20"), units(100_000), false), source: src("Orders", 4) },
    { ...order("A", day("2026-06-28"), units(50_000), false), source: src("Orders", 5) },
    // A: after the as-of date → left out, reported.
    { ...order("A", day("2026-07-02"), units(500_000), false), source: src("Orders", 6) },
    // B: two orders only → a new customer; one unshipped of 40,000.
    { ...order("B", day("2026-05-01"), units(60_000)), source: src("Orders", 7) },
    { ...order("B", day("2026-06-15"), units(40_000), false), source: src("Orders", 8) },
    // Z9 is not a customer → reported, left out.
    { ...order("Z9", day("2026-06-01"), units(5_000), false), source: src("Orders", 9) },
  ],
  problems: [
    {
      code: "CELL_ERROR",
      severity: "error",
      place: { sheet: "Receivables", row: 40, cell: "E40", header: "Amount", field: null },
      value: "#N/A",
      params: {},
    },
  ],
};

const result = review(input, DEFAULT_POLICY, asOf);
const byId = (id: string): CustomerResult => {
  const found = result.customers.find((c) => c.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

describe("review() on a small portfolio checked by hand", () => {
  test("one result per customer id, first row used", () => {
    expect(result.customers.map((c) => [c.id, c.name])).toEqual([
      ["A", "Alpha"],
      ["B", "Beta"],
      ["C", "Gamma"],
      ["D", "Delta"],
    ]);
    expect(result.asOf).toBe(asOf);
    expect(result.policyVersion).toBe("CP-2026.1");
  });

  test("A: score 92, orders of 400,000 → limit 1,200,000, 120 days, approval level 1", () => {
    const a = byId("A");
    expect(a.score).toBeCloseTo(92, 9);
    expect(a.grade).toBe("A");
    expect(a.needsGmSignOff).toBe(false);
    expect(a.explanation).toMatchObject({
      base: units(400_000),
      baseSource: "orders",
      ordersInWindow: 4,
      multiplier: 3,
      bandMinScore: 90,
    });
    expect(a.limitOrderBased).toBe(units(1_200_000));
    expect(a.limitWorkingCapital).toBeNull();
    expect(a.limit).toBe(units(1_200_000));
    expect(a.termsDays).toBe(120);
    expect(a.approvalLevel).toBe(1);
    // open 150,000 + 100,000 − 20,000 = 230,000; + unshipped 150,000 = 380,000; available 1,200,000 − 380,000 = 820,000
    expect(a.openAmount).toBe(units(230_000));
    expect(a.exposure).toBe(units(380_000));
    expect(a.available).toBe(units(820_000));
    expect(a.overdueAmount).toBe(units(150_000));
    expect(a.maxDaysOverdue).toBe(15);
    expect(a.collectionAction).toBe("FIRST_LETTER");
    expect(a.debtClass).toBe("IN_COLLECTION");
    expect(a.status).toBe("OK");
    expect(a.reasons).toEqual([]);
    // last business: the order of 2026-06-28 (later than any invoice)
    expect(a.lastBusinessDate).toBe(day("2026-06-28"));
    // paid invoices: A-3 only, 5 days late; utilisation 380,000 / 1,200,000
    expect(a.paymentBehaviour).toEqual({
      paidInvoices: 1,
      onTimeShare: 0,
      meanDaysBeyondTerms: 5,
      limitUtilisation: 380_000 / 1_200_000,
      overLimit: false,
      overdueInvoices: 1,
      // invoiced 2026-03-01, paid 2026-04-05 = 35 days, of 120 granted
      meanDaysToPay: 35,
      termsUtilisation: 35 / 120,
    });
    // sales of 365 days: 200,000 + 100,000 + 80,000 − 20,000 = 360,000
    expect(a.sales).toBe(units(360_000));
  });

  test("B: derived ratings, working-capital limit as the lower one, reduced one band for 72 days overdue", () => {
    const b = byId("B");
    const rating = (key: string) => b.factors.find((f) => f.key === key);
    // quick (4,000,000 − 1,000,000) / 3,000,000 = 1 → 8.5; debt 4,000,000 / 8,000,000 = 0.5 → 8.5: solvency 8.5
    expect(rating("solvency")).toMatchObject({ rating: 8.5, source: "derived" });
    // turnover 32,000,000 / 8,000,000 = 4 → 8.5; margin 4,800,000 / 32,000,000 = 15 % → 8.5
    expect(rating("operatingCapacity")).toMatchObject({ rating: 8.5, source: "derived" });
    expect(rating("profitability")).toMatchObject({ rating: 8.5, source: "derived" });
    // paid: B-1 on time, B-2 10 days late → on-time 0.5 → 4; mean 5 days → 8.5; (4 + 8.5) / 2 = 6.25
    expect(rating("paymentRecord")).toMatchObject({ rating: 6.25, source: "derived" });
    // 64 × 0.9 + 10 × 0.85 + 6 × 0.85 + 8 × 0.85 + 12 × 0.625 = 57.6 + 8.5 + 5.1 + 6.8 + 7.5 = 85.5
    expect(b.score).toBeCloseTo(85.5, 9);
    expect(b.coverage).toBe(1);
    expect(b.grade).toBe("B");
    // two orders only → new customer: base 300,000 × 200 % = 600,000
    expect(b.explanation).toMatchObject({
      base: units(300_000),
      baseSource: "newCustomer",
      ordersInWindow: 2,
      multiplier: 2,
    });
    expect(b.limitOrderBased).toBe(units(600_000));
    // E = 4/3 + 3/3 − 3/4 − 4/4 = 0.5833 → 20 %; working assets (4,000,000 − 3,000,000 + 4,000,000) / 2 = 2,500,000 → 500,000
    expect(b.explanation.workingCapitalE).toBeCloseTo(0.583333, 6);
    expect(b.explanation.workingCapitalRate).toBe(0.2);
    expect(b.explanation.workingAssets).toBe(2_500_000);
    expect(b.limitWorkingCapital).toBe(units(500_000));
    expect(b.explanation.limitBeforeAdjustment).toBe(units(500_000));
    expect(b.explanation.termsBeforeAdjustment).toBe(90);
    // 72 days overdue → REDUCE: band 150 % / 60 days → 450,000, still under the working-capital 500,000
    expect(b.maxDaysOverdue).toBe(72);
    expect(b.status).toBe("REDUCE");
    expect(b.reasons).toEqual(["OVERDUE_60"]);
    expect(b.limit).toBe(units(450_000));
    expect(b.termsDays).toBe(60);
    // open 120,000 − 10,000 = 110,000; + unshipped 40,000 = 150,000; available 300,000
    expect(b.openAmount).toBe(units(110_000));
    expect(b.exposure).toBe(units(150_000));
    expect(b.available).toBe(units(300_000));
    expect(b.collectionAction).toBe("THIRD_LETTER");
    // B-1 paid after 30 days, B-2 after 40: mean 35 of the 60 days granted after the reduction
    expect(b.paymentBehaviour).toMatchObject({
      paidInvoices: 2,
      onTimeShare: 0.5,
      meanDaysBeyondTerms: 5,
      overdueInvoices: 1,
      meanDaysToPay: 35,
      termsUtilisation: 35 / 60,
    });
    expect(b.warnings).toEqual([]);
  });

  test("C: insufficient data, 197 days overdue and inactive for 6 months → suspended", () => {
    const c = byId("C");
    expect(c.coverage).toBeCloseTo(0.12, 12);
    expect(c.grade).toBeNull();
    expect(c.needsGmSignOff).toBe(true);
    expect(c.limitOrderBased).toBe(0);
    expect(c.limit).toBe(0);
    expect(c.termsDays).toBe(0);
    expect(c.explanation.bandMinScore).toBeNull();
    expect(c.maxDaysOverdue).toBe(197);
    expect(c.collectionAction).toBe("LEGAL_ACTION");
    expect(c.debtClass).toBe("BAD");
    // last business 2025-11-15 ≤ EDATE(asOf, −6) = 2025-12-30
    expect(c.lastBusinessDate).toBe(day("2025-11-15"));
    expect(c.status).toBe("SUSPEND");
    expect(c.reasons).toEqual(["OVERDUE_90", "INACTIVE_6M", "INSUFFICIENT_DATA"]);
    expect(c.exposure).toBe(units(60_000));
    expect(c.available).toBe(units(-60_000));
    expect(c.paymentBehaviour.overLimit).toBe(true);
    expect(c.paymentBehaviour.limitUtilisation).toBeNull();
  });

  test("D: out-of-range rating left out, manual suspension, no history", () => {
    const d = byId("D");
    expect(d.factors.find((f) => f.key === "history")).toMatchObject({
      rating: null,
      source: "missing",
    });
    expect(d.coverage).toBeCloseTo(0.96, 12);
    expect(d.score).toBeCloseTo(70, 9);
    expect(d.grade).toBe("C");
    expect(d.needsGmSignOff).toBe(true);
    // no orders → new: 300,000 × 150 % = 450,000 before the suspension
    expect(d.explanation.limitBeforeAdjustment).toBe(units(450_000));
    expect(d.status).toBe("SUSPEND");
    expect(d.reasons).toEqual(["MANUAL_SUSPEND"]);
    expect(d.limit).toBe(0);
    expect(d.termsDays).toBe(0);
    expect(d.lastBusinessDate).toBeNull();
    expect(d.collectionAction).toBe("NONE");
    expect(d.debtClass).toBe("CURRENT");
    expect(d.openAmount).toBe(0);
  });

  test("ABC by sales of 365 days (A 360,000, B 270,000, C 60,000, D 0) and core customers", () => {
    // before A: 0; before B: 360 / 690 = 52 %; before C: 630 / 690 = 91 % → B; D has no sales → C
    expect(result.customers.map((c) => c.abc)).toEqual(["A", "A", "B", "C"]);
    // core at 70 %: A and B; C by its long-standing mark
    expect(result.customers.map((c) => c.core)).toEqual([true, true, true, false]);
  });

  test("receivable rows: due date, open amount, days, bucket, action, class", () => {
    const rows = Object.fromEntries(result.receivables.map((r) => [r.invoiceNo, r]));
    expect(Object.keys(rows)).toEqual([
      "A-1",
      "A-2",
      "A-3",
      "A-4",
      "B-1",
      "B-2",
      "B-3",
      "B-4",
      "C-1",
      "Z-1",
    ]);
    expect(rows["A-1"]).toMatchObject({
      index: 0,
      dueDate: day("2026-06-15"),
      open: units(150_000),
      daysOverdue: 15,
      bucket: 1,
      overdue: true,
      collectionAction: "FIRST_LETTER",
      debtClass: "IN_COLLECTION",
    });
    expect(rows["A-2"]).toMatchObject({
      daysOverdue: -10,
      bucket: 0,
      overdue: false,
      collectionAction: "NONE",
      debtClass: "CURRENT",
    });
    // Paid in full 2026-04-05, due 2026-03-31: 91 days past due on 2026-06-30, but owes nothing.
    expect(rows["A-3"]).toMatchObject({
      open: 0,
      bucket: -1,
      overdue: false,
      daysOverdue: null,
      collectionAction: null,
      debtClass: null,
    });
    expect(rows["A-4"]).toMatchObject({
      open: units(-20_000),
      bucket: -1,
      daysOverdue: null,
      collectionAction: null,
      debtClass: null,
    });
    expect(rows["B-3"]).toMatchObject({
      index: 8,
      dueDate: day("2026-04-19"),
      daysOverdue: 72,
      bucket: 3,
      collectionAction: "THIRD_LETTER",
    });
    expect(rows["B-4"]).toMatchObject({ open: units(-10_000), bucket: -1 });
    expect(rows["C-1"]).toMatchObject({
      daysOverdue: 197,
      bucket: 5,
      collectionAction: "LEGAL_ACTION",
      debtClass: "BAD",
    });
    expect(rows["Z-1"]).toMatchObject({
      customerId: "Z9",
      dueDate: day("2026-06-01"),
      open: units(10_000),
      daysOverdue: 29,
      bucket: 1,
    });
    expect(rows["Z-1"].source).toEqual(src("Receivables", 13));
  });

  test("aging table: buckets + unapplied = net per customer and in total", () => {
    const { aging } = result;
    expect(aging.buckets).toEqual(["Not due", "1-30", "31-60", "61-90", "91-180", ">180"]);
    expect(aging.byCustomer.A).toEqual({
      amounts: [units(100_000), units(150_000), 0, 0, 0, 0],
      unapplied: units(-20_000),
      net: units(230_000),
      averageAgeDays: (150_000 * 45 + 100_000 * 20) / 250_000,
    });
    expect(aging.byCustomer.B).toMatchObject({
      amounts: [0, 0, 0, units(120_000), 0, 0],
      unapplied: units(-10_000),
      net: units(110_000),
      averageAgeDays: 102,
    });
    expect(aging.byCustomer.C).toMatchObject({
      amounts: [0, 0, 0, 0, 0, units(60_000)],
      net: units(60_000),
      averageAgeDays: 227,
    });
    expect(aging.byCustomer.Z9).toMatchObject({
      amounts: [0, units(10_000), 0, 0, 0, 0],
      net: units(10_000),
    });
    expect(aging.byCustomer.D).toMatchObject({
      amounts: [0, 0, 0, 0, 0, 0],
      unapplied: 0,
      net: 0,
      averageAgeDays: null,
    });
    // totals: 100,000 | 160,000 | 0 | 120,000 | 0 | 60,000 = 440,000; unapplied −30,000; net 410,000
    expect(aging.totals).toEqual([
      units(100_000),
      units(160_000),
      0,
      units(120_000),
      0,
      units(60_000),
    ]);
    expect(aging.unapplied).toBe(units(-30_000));
    expect(aging.net).toBe(units(410_000));
    expect(aging.shares).toEqual([100 / 440, 160 / 440, 0, 120 / 440, 0, 60 / 440]);
    // (150,000 × 45 + 100,000 × 20 + 120,000 × 102 + 60,000 × 227 + 10,000 × 29) / 440,000 = 34,900,000 / 440,000
    expect(aging.averageAgeDays).toBeCloseTo(34_900_000 / 440_000, 9);
  });

  test("portfolio: DSO, countback DSO, mean agreed terms", () => {
    // sales of 365 days: 360,000 (A) + 270,000 (B) + 60,000 (C) + 10,000 (Z9) = 700,000
    expect(result.portfolio.sales).toBe(units(700_000));
    expect(result.portfolio.netOpen).toBe(units(410_000));
    // 410,000 / 700,000 × 365
    expect(result.portfolio.dso).toBeCloseTo((410_000 / 700_000) * 365, 9);
    // June 120,000 (30 days) → 290,000 left; May 200,000 (31) → 90,000 left; April 0 (30);
    // March 200,000 covers 90,000 → 0.45 × 31 = 13.95: 30 + 31 + 30 + 13.95 = 104.95
    expect(result.portfolio.dsoCountback).toBeCloseTo(104.95, 9);
    // Σ amount × terms / Σ amount over positive invoices: 710,000 × 30 + 10,000 × 0 over 720,000
    expect(result.portfolio.meanAgreedTermsDays).toBeCloseTo((710_000 * 30) / 720_000, 9);
  });

  test("problems: passed through first, then each named by sheet, row and column", () => {
    const found = result.problems.map((p) => [
      p.code,
      p.place.sheet,
      p.place.row,
      p.place.header ?? p.place.field,
    ]);
    expect(found).toEqual([
      ["CELL_ERROR", "Receivables", 40, "Amount"],
      ["DUPLICATE_CUSTOMER", "Customers", 3, "id"],
      ["DUPLICATE_CUSTOMER", "Customers", 6, "id"],
      ["UNAPPLIED_CREDIT", "Receivables", 5, "amount"],
      ["INVOICE_AFTER_AS_OF", "Receivables", 6, "invoiceDate"],
      ["OTHER_CURRENCY", "Receivables", 7, "currency"],
      ["UNAPPLIED_CREDIT", "Receivables", 11, "paid"],
      ["UNKNOWN_CUSTOMER", "Receivables", 13, "customerId"],
      ["NO_DUE_DATE", "Receivables", 13, "dueDate"],
      ["PAID_AFTER_AS_OF", "Receivables", 13, "paidDate"],
      ["ORDER_AFTER_AS_OF", "Orders", 6, "orderDate"],
      ["UNKNOWN_CUSTOMER", "Orders", 9, "customerId"],
      ["RATING_OUT_OF_RANGE", "Customers", 5, "history"],
    ]);
    const problem = (code: string) => result.problems.find((p) => p.code === code);
    expect(problem("OTHER_CURRENCY")).toMatchObject({
      severity: "error",
      value: "EUR",
      params: { currency: "EUR", reviewCurrency: "USD" },
    });
    expect(problem("RATING_OUT_OF_RANGE")).toMatchObject({
      severity: "warning",
      value: "12",
      params: { ratingMax: 10 },
    });
    // The engine names the field; the workbook layer adds the cell and header.
    expect(problem("UNKNOWN_CUSTOMER")?.place).toEqual({
      sheet: "Receivables",
      row: 13,
      cell: null,
      header: null,
      field: "customerId",
    });
  });
});
