import { DEFAULT_POLICY } from "../../../src/engine/policy";
import type { WorkbookLayout } from "../../../src/workbook/layout";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { CREDIT_LOG_COLUMNS } from "../../../src/workbook/plan-credit-log";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { sheetOf } from "./plan-helpers";
import { AS_OF, INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const logOf = (layout: WorkbookLayout, labels = LABELS_EN) =>
  sheetOf(
    buildOutputPlan({
      statementWords: STATEMENT_WORDS,
      input: INPUT,
      result: RESULT,
      layout,
      labels,
      previousLog: PREVIOUS_LOG,
      policy: DEFAULT_POLICY,
    }),
    "creditLog"
  );

function layoutWithLog(name: string, usedRows: number): WorkbookLayout {
  return { ...firstRunLayout(), ownedSheets: { creditLog: { name, usedRows } } };
}

describe("credit log", () => {
  test("the column order read back by position", () => {
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

  test("a new log gets its header row once, then one row per customer, appended from row 1", () => {
    const log = logOf(firstRunLayout());
    expect(log.mode).toBe("append");
    expect(log.startRow).toBe(1);
    expect(log.cells[0].slice(0, 12)).toEqual([
      "Review date",
      "Policy version",
      "Customer ID",
      "Customer name",
      "Score",
      "Grade",
      "Credit limit",
      "Terms (days)",
      "Status code",
      "Reason codes",
      "Status",
      "Reasons",
    ]);
    expect(log.cells).toHaveLength(5);
    expect(log.boldRows).toEqual([1]);
  });

  test("rows carry machine codes beside the words, limits in currency units", () => {
    const log = logOf(firstRunLayout());
    expect(log.cells[1].slice(0, 12)).toEqual([
      AS_OF,
      "CP-2026.1",
      "C001",
      "Acme Trading",
      92.3,
      "A",
      900_000,
      120,
      "OK",
      null,
      "OK",
      null,
    ]);
    expect(log.cells[2].slice(0, 12)).toEqual([
      AS_OF,
      "CP-2026.1",
      "C002",
      "=SUM(A1)",
      85,
      "B",
      600_000,
      60,
      "REDUCE",
      "OVERDUE_60",
      "Reduce",
      "Overdue 60+ days",
    ]);
    expect(log.cells[3].slice(0, 12)).toEqual([
      AS_OF,
      "CP-2026.1",
      "C003",
      "Lee & Sons",
      null,
      null,
      0,
      0,
      "SUSPEND",
      "OVERDUE_90,INSUFFICIENT_DATA",
      "Suspend",
      "Overdue 90+ days; Insufficient data",
    ]);
  });

  test("formats: date, text ids, score, money, days — on the rows written", () => {
    expect(logOf(firstRunLayout()).numberFormats).toEqual([
      { range: "A2:A5", format: "yyyy-mm-dd" },
      { range: "B2:B5", format: "@" },
      { range: "C2:C5", format: "@" },
      { range: "E2:E5", format: "0.0" },
      { range: "G2:G5", format: "#,##0.00" },
      { range: "H2:H5", format: "0" },
      { range: "M2:M5", format: "#,##0.00" },
      { range: "Q2:Q5", format: "#,##0.00" },
      { range: "AJ2:AJ5", format: "#,##0.00" },
      { range: "AM2:AM5", format: "#,##0.00" },
    ]);
  });

  test("an existing log of 9 used rows: no second header, rows from 10, in any language, codes unchanged", () => {
    const log = logOf(layoutWithLog("Credit Log", 9), LABELS_ZH);
    expect(log.startRow).toBe(10);
    expect(log.cells).toHaveLength(4);
    expect(log.boldRows).toEqual([]);
    expect(log.name).toBe("信用记录");
    expect(log.knownNames).toEqual(["Credit Log"]);
    expect(log.cells[1].slice(8, 12)).toEqual(["REDUCE", "OVERDUE_60", "降低额度", "逾期60天以上"]);
    expect(log.numberFormats[0]).toEqual({ range: "A10:A13", format: "yyyy-mm-dd" });
  });

  test("an old 12-column log: the new columns' headers in row 1 where blank, a user's cell kept", () => {
    const oldHeader = [...Array.from({ length: 12 }, (_, i) => i + 1), 20]; // A:L and a note in T1
    const layout: WorkbookLayout = {
      ...firstRunLayout(),
      ownedSheets: {
        creditLog: { name: "Credit Log", usedRows: 9, filledHeaderColumns: oldHeader },
      },
    };
    const log = logOf(layout);
    const columns = log.headerCells?.map((cell) => cell.column);
    expect(columns).toEqual(
      CREDIT_LOG_COLUMNS.map((_key, index) => index + 1).filter((c) => c > 12 && c !== 20)
    );
    expect(log.headerCells?.[0]).toEqual({ row: 1, column: 13, value: "Limit base" });
    // Without a record of row 1 (or a new log) nothing is written above the rows.
    expect(logOf(layoutWithLog("Credit Log", 9)).headerCells).toBeUndefined();
  });

  test("after the first 12 columns: the limit rule's inputs, then one rating per factor", () => {
    expect(CREDIT_LOG_COLUMNS.slice(12, 18)).toEqual([
      "limitBase",
      "baseSource",
      "multiplier",
      "bandMinScore",
      "limitWorkingCapital",
      "paymentRecordRating",
    ]);
    expect(CREDIT_LOG_COLUMNS).toHaveLength(12 + 5 + 18 + 4);
    expect(CREDIT_LOG_COLUMNS.slice(35)).toEqual([
      "openPromise",
      "brokenPromises3m",
      "disputedInvoices",
      "disputedAmount",
    ]);
    const log = logOf(firstRunLayout());
    expect(log.cells[0].slice(12, 18)).toEqual([
      "Limit base",
      "Base source",
      "Limit multiplier",
      "Band from score",
      "Working-capital limit",
      "paymentRecord (rating)",
    ]);
    expect(log.cells.every((row) => row.length === CREDIT_LOG_COLUMNS.length)).toBe(true);
  });
});
