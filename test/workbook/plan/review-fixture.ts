/**
 * A small review built by hand, with numbers a person can check against CREDIT-POLICY.md.
 * As-of date 2026-06-30 (serial 46203). Money in minor units (cents).
 *
 * Customers sheet (header row 1, user columns A:F, data rows 2..6):
 *   row 2  C001 Acme Trading  score 92.35 → A; new-customer base 300,000 × 300 % = 900,000, 120 days
 *   row 3  (a bad row: no result)
 *   row 4  C002 "=SUM(A1)"    score 85.04 → B; base 400,000, oldest overdue 75 days ≥ 60 → REDUCE:
 *                              one band down to 150 % / 60 days = 600,000; exposure 700,000 → available −100,000
 *   row 5  C003 Lee & Sons    coverage 40 % → no grade; overdue 200 days ≥ 90 → SUSPEND, limit 0
 *   row 6  C004 New Co        score 70 → C; 300,000 × 150 % = 450,000, 60 days; nothing open
 *
 * Receivables sheet (header row 1, user columns A:H, data rows 2..7):
 *   row 2  C001 INV-1  250,000.00  due in 15 days (−15)  Not due
 *   row 3  C002 INV-2  120,000.00  75 days overdue        61-90
 *   row 4  C002 INV-3  580,000.00  10 days overdue        1-30
 *   row 5  C003 INV-4    8,000.00  200 days overdue       >180
 *   row 6  C003 CN-1    −3,000.00  credit note            unapplied
 *   row 7  C009 INV-9    1,000.00  40 days overdue        31-60 (unknown customer, still aged)
 */
import { minor } from "../../../src/engine/money";
import { addDays, serialDate } from "../../../src/engine/serial-date";
import type {
  AgingRow,
  CustomerResult,
  Receivable,
  ReceivableResult,
  ReviewInput,
  ReviewResult,
} from "../../../src/engine/types";
import type { LogEntry, TableLayout, WorkbookLayout } from "../../../src/workbook/layout";

export const AS_OF = serialDate(46203); // 2026-06-30
export const CUSTOMERS_SHEET = "Customers";
export const RECEIVABLES_SHEET = "Receivables";

export function customerResult(
  overrides: Partial<CustomerResult> & Pick<CustomerResult, "id" | "name">
): CustomerResult {
  return {
    score: null,
    coverage: 1,
    grade: null,
    needsGmSignOff: false,
    factors: [],
    limitOrderBased: minor(0),
    limitWorkingCapital: null,
    limit: minor(0),
    termsDays: 0,
    approvalLevel: 1,
    explanation: {
      base: minor(0),
      baseSource: "orders",
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
    },
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

const at = (sheet: string, row: number) => ({ sheet, row });

export const CUSTOMERS: CustomerResult[] = [
  customerResult({
    id: "C001",
    name: "Acme Trading",
    score: 92.35,
    grade: "A",
    limit: minor(90_000_000),
    termsDays: 120,
    exposure: minor(25_000_000),
    available: minor(65_000_000),
    openAmount: minor(25_000_000),
    abc: "A",
    source: at(CUSTOMERS_SHEET, 2),
  }),
  customerResult({
    id: "C002",
    name: "=SUM(A1)",
    score: 85.04,
    grade: "B",
    limit: minor(60_000_000),
    termsDays: 60,
    exposure: minor(70_000_000),
    available: minor(-10_000_000),
    openAmount: minor(70_000_000),
    overdueAmount: minor(70_000_000),
    maxDaysOverdue: 75,
    status: "REDUCE",
    reasons: ["OVERDUE_60"],
    abc: "B",
    collectionAction: "THIRD_LETTER",
    debtClass: "IN_COLLECTION",
    source: at(CUSTOMERS_SHEET, 4),
  }),
  customerResult({
    id: "C003",
    name: "Lee & Sons",
    coverage: 0.4,
    exposure: minor(500_000),
    available: minor(-500_000),
    openAmount: minor(500_000),
    overdueAmount: minor(800_000),
    maxDaysOverdue: 200,
    status: "SUSPEND",
    reasons: ["OVERDUE_90", "INSUFFICIENT_DATA"],
    collectionAction: "LEGAL_ACTION",
    debtClass: "BAD",
    source: at(CUSTOMERS_SHEET, 5),
  }),
  customerResult({
    id: "C004",
    name: "New Co",
    score: 70,
    grade: "C",
    limit: minor(45_000_000),
    termsDays: 60,
    available: minor(45_000_000),
    source: at(CUSTOMERS_SHEET, 6),
  }),
];

function receivable(
  index: number,
  customerId: string,
  invoiceNo: string,
  amount: number,
  dueDate: number
): Receivable {
  return {
    customerId,
    invoiceNo,
    invoiceDate: serialDate(dueDate - 30),
    dueDate: serialDate(dueDate),
    amount: minor(amount),
    source: at(RECEIVABLES_SHEET, index + 2),
  };
}

export const INPUT: ReviewInput = {
  customers: [],
  receivables: [
    receivable(0, "C001", "INV-1", 25_000_000, AS_OF + 15),
    receivable(1, "C002", "INV-2", 12_000_000, AS_OF - 75),
    receivable(2, "C002", "INV-3", 58_000_000, AS_OF - 10),
    receivable(3, "C003", "INV-4", 800_000, AS_OF - 200),
    receivable(4, "C003", "CN-1", -300_000, AS_OF - 5),
    receivable(5, "C009", "INV-9", 100_000, AS_OF - 40),
  ],
};

function receivableResult(
  index: number,
  open: number,
  daysOverdue: number,
  bucket: number,
  collectionAction: ReceivableResult["collectionAction"],
  debtClass: ReceivableResult["debtClass"]
): ReceivableResult {
  const line = INPUT.receivables[index];
  return {
    index,
    customerId: line.customerId,
    invoiceNo: line.invoiceNo,
    dueDate: addDays(AS_OF, -daysOverdue),
    open: minor(open),
    daysOverdue,
    bucket,
    overdue: open > 0 && daysOverdue > 0,
    collectionAction,
    debtClass,
  };
}

export const RECEIVABLES: ReceivableResult[] = [
  receivableResult(0, 25_000_000, -15, 0, "NONE", "CURRENT"),
  receivableResult(1, 12_000_000, 75, 3, "THIRD_LETTER", "IN_COLLECTION"),
  receivableResult(2, 58_000_000, 10, 1, "PHONE_REMINDER", "IN_COLLECTION"),
  receivableResult(3, 800_000, 200, 5, "LEGAL_ACTION", "BAD"),
  // An open credit note owes nothing: no age, action or class (as the engine gives it).
  { ...receivableResult(4, -300_000, 5, -1, null, null), daysOverdue: null },
  receivableResult(5, 100_000, 40, 2, "SECOND_LETTER_STOP_SUPPLY", "IN_COLLECTION"),
];

const row = (amounts: number[], unapplied: number, averageAgeDays: number | null): AgingRow => ({
  amounts: amounts.map(minor),
  unapplied: minor(unapplied),
  net: minor(amounts.reduce((sum, amount) => sum + amount, 0) + unapplied),
  averageAgeDays,
});

/** Buckets: Not due, 1-30, 31-60, 61-90, 91-180, >180. */
export const AGING_BY_CUSTOMER: Record<string, AgingRow> = {
  C001: row([25_000_000, 0, 0, 0, 0, 0], 0, 15),
  // (120,000 × 105 days + 580,000 × 40 days) / 700,000
  C002: row([0, 58_000_000, 0, 12_000_000, 0, 0], 0, (120 * 105 + 580 * 40) / 700),
  C003: row([0, 0, 0, 0, 0, 800_000], -300_000, 230),
  C009: row([0, 0, 100_000, 0, 0, 0], 0, 70),
  C004: row([0, 0, 0, 0, 0, 0], 0, null),
};

export const RESULT: ReviewResult = {
  asOf: AS_OF,
  policyVersion: "CP-2026.1",
  customers: CUSTOMERS,
  receivables: RECEIVABLES,
  aging: {
    buckets: ["Not due", "1-30", "31-60", "61-90", "91-180", ">180"],
    // Σ per bucket over the four rows above.
    totals: [25_000_000, 58_000_000, 100_000, 12_000_000, 0, 800_000].map(minor),
    unapplied: minor(-300_000),
    net: minor(95_600_000),
    shares: [25 / 95.9, 58 / 95.9, 0.1 / 95.9, 12 / 95.9, 0, 0.8 / 95.9],
    // (250,000×15 + 120,000×105 + 580,000×40 + 8,000×230 + 1,000×70) / 959,000
    averageAgeDays: 41_460 / 959,
    byCustomer: AGING_BY_CUSTOMER,
  },
  portfolio: {
    dso: null,
    dsoCountback: null,
    meanAgreedTermsDays: null,
    sales: minor(0),
    netOpen: minor(95_600_000),
  },
  problems: [],
};

export function tableLayout(
  sheet: string,
  lastUserColumn: number,
  lastDataRow: number
): TableLayout {
  return {
    role: "customers",
    sheet,
    headerRow: 1,
    firstColumn: 1,
    lastUserColumn,
    lastDataRow,
    columns: {},
    ownedBlock: null,
  };
}

/** A first review: nothing of ours in the workbook yet. */
export function firstRunLayout(): WorkbookLayout {
  return {
    customers: tableLayout(CUSTOMERS_SHEET, 6, 6),
    receivables: { ...tableLayout(RECEIVABLES_SHEET, 8, 7), role: "receivables" },
    orders: null,
    ownedSheets: {},
  };
}

export const PREVIOUS_LOG: LogEntry[] = [
  logEntry("C002", 46022, "B", 1_000_000, 90), // 2025-12-31, older than the next one
  logEntry("C001", 46112, "B", 600_000, 90), // 2026-03-31
  logEntry("C002", 46112, "B", 800_000, 90),
  logEntry("C003", 46112, null, 0, 0),
  logEntry("C002", AS_OF, "B", 600_000, 60), // an earlier run of this same review: not "previous"
];

function logEntry(
  customerId: string,
  reviewDate: number,
  grade: LogEntry["grade"],
  creditLimit: number,
  termsDays: number
): LogEntry {
  return {
    reviewDate: serialDate(reviewDate),
    policyVersion: "CP-2026.1",
    customerId,
    customerName: customerId,
    score: null,
    grade,
    creditLimit,
    termsDays,
    status: "OK",
    reasons: [],
  };
}
