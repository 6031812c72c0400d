import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { minor } from "../../../src/engine/money";
import type { CustomerResult, ReviewResult } from "../../../src/engine/types";
import { FACTOR_KEYS } from "../../../src/engine/types";
import { outputLabels } from "../../../src/i18n/output-labels";
import { creditLogHeaders, creditLogRow } from "../../../src/workbook/plan-credit-log";
import type { RawCell } from "../../../src/workbook/raw";
import { readCreditLog } from "../../../src/workbook/read-credit-log";
import { SERIAL, sheet } from "./raw-fixtures";

const JUNE_30 = SERIAL["2026-06-30"];
const NO_RATINGS = Object.fromEntries(FACTOR_KEYS.map((key) => [key, null]));

function customer(overrides: Partial<CustomerResult>): CustomerResult {
  const explanation = {
    base: minor(0),
    baseSource: "newCustomer" as const,
    ordersInWindow: 0,
    multiplier: 0,
    bandMinScore: null,
    limitOrderBased: minor(0),
    limitWorkingCapital: null,
    workingCapitalE: null,
    workingCapitalRate: null,
    workingAssets: null,
    limitBeforeAdjustment: minor(0),
    termsBeforeAdjustment: 0,
  };
  return {
    id: "C001",
    name: "Acme",
    score: null,
    coverage: 0,
    grade: null,
    needsGmSignOff: false,
    factors: [],
    limitOrderBased: minor(0),
    limitWorkingCapital: null,
    limit: minor(0),
    termsDays: 0,
    approvalLevel: 1,
    explanation,
    exposure: minor(0),
    available: minor(0),
    openAmount: minor(0),
    overdueAmount: minor(0),
    maxDaysOverdue: 0,
    status: "OK",
    reasons: [],
    abc: "C",
    core: false,
    collectionAction: "NONE",
    debtClass: "CURRENT",
    sales: minor(0),
    lastBusinessDate: null,
    paymentBehaviour: {
      paidInvoices: 0,
      onTimeShare: null,
      meanDaysBeyondTerms: null,
      limitUtilisation: null,
      overLimit: false,
      overdueInvoices: 0,
    },
    warnings: [],
    ...overrides,
  };
}

function review(customers: CustomerResult[]): ReviewResult {
  return {
    asOf: JUNE_30,
    policyVersion: "CP-2026.1",
    customers,
    receivables: [],
    aging: {
      buckets: [],
      totals: [],
      unapplied: minor(0),
      net: minor(0),
      shares: [],
      averageAgeDays: null,
      byCustomer: {},
    },
    portfolio: {
      dso: null,
      dsoCountback: null,
      meanAgreedTermsDays: null,
      sales: minor(0),
      netOpen: minor(0),
    },
    problems: [],
  };
}

describe("Credit Log read back by position", () => {
  test("a log written before the code columns had word headers (statusCode, reasonCodes) still reads, with new rows below it", () => {
    const labels = outputLabels("en-US", DEFAULT_POLICY);
    const oldHeaders = [
      "Review date",
      "Policy version",
      "Customer ID",
      "Customer name",
      "Credit score",
      "Credit grade",
      "Credit limit",
      "Payment terms (days)",
      "statusCode",
      "reasonCodes",
      "Credit status",
      "Reasons",
    ];
    const oldRow = [
      JUNE_30 - 91,
      "CP-2026.1",
      "C001",
      "Acme",
      91.5,
      "A",
      900_000,
      120,
      "OK",
      null,
      "OK",
      null,
    ];
    const result = review([
      customer({ limit: minor(30_000_000), status: "REDUCE", reasons: ["OVERDUE_60"] }),
    ]);
    const newRow = creditLogRow(result.customers[0], result, labels, DEFAULT_POLICY);
    // The new headers are words, at the same positions as the old machine names.
    expect(creditLogHeaders(labels).slice(8, 10)).toEqual(["Status code", "Reason codes"]);
    const log = readCreditLog(
      sheet("Credit Log", [oldHeaders, oldRow, newRow] as RawCell[][]),
      false,
      DEFAULT_POLICY.minorPerUnit
    );
    expect(log.problems).toEqual([]);
    expect(
      log.entries.map((entry) => [entry.reviewDate, entry.status, entry.reasons, entry.creditLimit])
    ).toEqual([
      [JUNE_30 - 91, "OK", [], 900_000],
      [JUNE_30, "REDUCE", ["OVERDUE_60"], 300_000],
    ]);
  });

  test("rows written by the log plan (Chinese headers) read back as entries", () => {
    const labels = outputLabels("zh-CN", DEFAULT_POLICY);
    const graded = customer({
      id: "00123",
      name: "甲公司",
      score: 85.26,
      grade: "B",
      limit: minor(60_000_000),
      termsDays: 60,
      status: "REDUCE",
      reasons: ["OVERDUE_60", "INACTIVE_3M"],
      factors: [
        {
          key: "paymentRecord",
          group: "creditFinancial",
          weight: 12,
          rating: 8,
          source: "typed",
          points: 9.6,
        },
        {
          key: "solvency",
          group: "creditFinancial",
          weight: 10,
          rating: null,
          source: "missing",
          points: 0,
        },
      ],
      explanation: {
        ...customer({}).explanation,
        base: minor(20_000_000),
        baseSource: "orders",
        multiplier: 2,
        bandMinScore: 80,
        limitWorkingCapital: minor(75_000_050),
      },
    });
    const ungraded = customer({
      id: "C9",
      name: "New Co",
      limit: minor(0),
      status: "SUSPEND",
      reasons: ["MANUAL_SUSPEND"],
    });
    const result = review([graded, ungraded]);
    const cells = [
      creditLogHeaders(labels),
      ...result.customers.map((c) => creditLogRow(c, result, labels, DEFAULT_POLICY)),
    ] as RawCell[][];
    const log = readCreditLog(sheet("信用记录", cells), false, DEFAULT_POLICY.minorPerUnit);
    expect(log.problems).toEqual([]);
    expect(log.entries).toEqual([
      {
        reviewDate: JUNE_30,
        policyVersion: "CP-2026.1",
        customerId: "00123",
        customerName: "甲公司",
        score: 85.2, // the log keeps one decimal, cut down: 85.26 → 85.2
        grade: "B",
        creditLimit: minor(600_000), // 60,000,000 cents
        termsDays: 60,
        status: "REDUCE",
        reasons: ["OVERDUE_60", "INACTIVE_3M"],
        // What the next review needs to explain a change, money in currency units.
        explanation: {
          limitBase: 200_000,
          baseSource: "orders",
          multiplier: 2,
          bandMinScore: 80,
          limitWorkingCapital: 750_000.5,
          ratings: { ...NO_RATINGS, paymentRecord: 8 },
        },
      },
      {
        reviewDate: JUNE_30,
        policyVersion: "CP-2026.1",
        customerId: "C9",
        customerName: "New Co",
        score: null,
        grade: null,
        creditLimit: minor(0),
        termsDays: 0,
        status: "SUSPEND",
        reasons: ["MANUAL_SUSPEND"],
        explanation: {
          limitBase: 0,
          baseSource: "newCustomer",
          multiplier: 0,
          bandMinScore: null,
          limitWorkingCapital: null,
          ratings: NO_RATINGS,
        },
      },
    ]);
  });

  test("appended reviews, blank rows between them and words after the codes", () => {
    const log = readCreditLog(
      sheet("Credit Log", [
        [
          "Review date",
          "Policy version",
          "Customer ID",
          "Customer name",
          "Score",
          "Grade",
          "Credit limit",
          "Terms",
          "Status code",
          "Reason codes",
          "Status",
          "Reasons",
        ],
        [46112, "CP-2026.1", "C001", "Acme", 91, "A", 900000, 120, "OK", null, "OK", ""],
        [],
        [
          JUNE_30,
          "CP-2026.1",
          "C001",
          "Acme",
          88.5,
          "B",
          "600,000",
          90,
          "ok",
          "OVERDUE_60",
          "Reduced",
          "Oldest overdue ≥ 60 days",
        ],
      ]),
      false,
      DEFAULT_POLICY.minorPerUnit
    );
    expect(log.problems).toEqual([]);
    expect(
      log.entries.map((e) => [e.reviewDate, e.grade, e.creditLimit, e.status, e.reasons])
    ).toEqual([
      [46112, "A", 900000, "OK", []],
      [JUNE_30, "B", 600000, "OK", ["OVERDUE_60"]],
    ]);
  });

  test("an unreadable row is reported and left out; unknown reason codes are dropped with a report", () => {
    const log = readCreditLog(
      sheet("Credit Log", [
        ["Review date"],
        [JUNE_30, "CP-2026.1", "C001", "Acme", 70, "E", 1000, 30, "OK", null],
        [JUNE_30, "CP-2026.1", "C002", "Beta", 70, "C", 1000, 30, "PAUSE", null],
        [JUNE_30, "CP-2026.1", "C003", "Gamma", 70, "C", 1000, 30, "OK", "LOW_SCORE,TOO_NICE"],
      ]),
      false,
      DEFAULT_POLICY.minorPerUnit
    );
    expect(log.entries.map((e) => [e.customerId, e.reasons])).toEqual([["C003", ["LOW_SCORE"]]]);
    expect(log.problems.map((p) => [p.place.row, p.place.header, p.code])).toEqual([
      [2, "grade", "LOG_ROW_UNREADABLE"],
      [3, "statusCode", "LOG_ROW_UNREADABLE"],
      [4, "reasonCodes", "LOG_ROW_UNREADABLE"],
    ]);
  });

  test("a log row older than the explanation columns reads without an explanation", () => {
    const log = readCreditLog(
      sheet("Credit Log", [
        ["Review date"],
        [JUNE_30, "CP-2026.1", "C001", "Acme", 70, "C", 1000, 30, "OK", null, "OK", null],
      ]),
      false,
      DEFAULT_POLICY.minorPerUnit
    );
    expect(log.problems).toEqual([]);
    expect(log.entries.map((e) => [e.customerId, e.explanation])).toEqual([["C001", undefined]]);
  });

  test("an unreadable explanation cell is reported by sheet, row and column; the row is kept without it", () => {
    const start = [JUNE_30, "CP-2026.1", "C001", "Acme", 70, "C", 1000, 30, "OK", null, "OK", null];
    const log = readCreditLog(
      sheet("Credit Log", [
        ["Review date"],
        [...start, 1000, "weekly", 1.5, 60, null, 8],
        [...start.map((cell, i) => (i === 2 ? "C002" : cell)), "lots", "orders", 1.5, 60, null, 8],
      ]),
      false,
      DEFAULT_POLICY.minorPerUnit
    );
    expect(log.entries.map((e) => [e.customerId, e.explanation])).toEqual([
      ["C001", undefined],
      ["C002", undefined],
    ]);
    expect(log.problems.map((p) => [p.place.sheet, p.place.row, p.place.header, p.code])).toEqual([
      ["Credit Log", 2, "baseSource", "LOG_ROW_UNREADABLE"],
      ["Credit Log", 3, "limitBase", "NOT_A_NUMBER"],
    ]);
    // Column N is the 14th: the 12 columns of the first logs, then limitBase, then baseSource.
    expect(log.problems[0].place.cell).toBe("N2");
  });

  test("an absurd limit (1e300) is named as too large at its cell, not thrown: that row is left out", () => {
    const start = [JUNE_30, "CP-2026.1", "C001", "Acme", 70, "C", 1000, 30, "OK", null, "OK", null];
    const log = readCreditLog(
      sheet("Credit Log", [
        ["Review date"],
        start.map((cell, i) => (i === 6 ? 1e300 : cell)),
        [...start.map((cell, i) => (i === 2 ? "C002" : cell)), 9.1e13, "orders", 1.5, 60, null, 8],
        start.map((cell, i) => (i === 2 ? "C003" : cell)),
      ]),
      false,
      DEFAULT_POLICY.minorPerUnit
    );
    // G is the credit limit; M the limit base (9.1e13 units = 9.1e15 cents, beyond 2^53).
    expect(log.problems.map((p) => [p.place.cell, p.place.header, p.code])).toEqual([
      ["G2", "creditLimit", "NUMBER_TOO_LARGE"],
      ["M3", "limitBase", "NUMBER_TOO_LARGE"],
    ]);
    expect(log.entries.map((e) => [e.customerId, e.creditLimit, e.explanation])).toEqual([
      ["C002", 1000, undefined],
      ["C003", 1000, undefined],
    ]);
  });
});
