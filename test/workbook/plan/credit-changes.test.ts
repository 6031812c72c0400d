import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { addDays, serialDate } from "../../../src/engine/serial-date";
import type { LogEntry } from "../../../src/workbook/layout";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { classifyChange, previousRecords } from "../../../src/workbook/credit-changes";
import { displayScore } from "../../../src/workbook/plan-values";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { sheetOf } from "./plan-helpers";
import { AS_OF, CUSTOMERS, INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const changesOf = (previousLog: LogEntry[], labels = LABELS_EN) =>
  sheetOf(
    buildOutputPlan({
      statementWords: STATEMENT_WORDS,
      input: INPUT,
      result: RESULT,
      layout: firstRunLayout(),
      labels,
      previousLog,
      policy: DEFAULT_POLICY,
    }),
    "creditChanges"
  );

describe("credit changes (客戶授信調整表)", () => {
  const changes = changesOf(PREVIOUS_LOG);

  test("header row 4 with the previous and new grade, limit and terms", () => {
    expect(changes.mode).toBe("replace");
    expect(changes.cells[0]).toEqual(["Credit Changes"]);
    expect(changes.cells[1]).toEqual(["Review date", AS_OF]);
    expect(changes.cells[3]).toEqual([
      "Customer ID",
      "Customer name",
      "Previous review",
      "Previous grade",
      "New grade",
      "Previous limit",
      "New limit",
      "Previous terms",
      "New terms",
      "Change",
      "Reasons",
      "Why",
    ]);
  });

  test("raised, lowered and new customers listed; the unchanged C003 (0 → 0) left out", () => {
    expect(changes.cells.slice(4)).toEqual([
      // 2026-03-31: 600,000 / 90 days → 900,000 / 120 days
      // The fixture's log rows predate the recorded ratings: only a status change can be named.
      [
        "C001",
        "Acme Trading",
        46112,
        "B",
        "A",
        600_000,
        900_000,
        90,
        120,
        "Raised",
        null,
        "the previous review did not record its ratings",
      ],
      // compared with 2026-03-31 (800,000), not the older 1,000,000 nor today's earlier run (600,000)
      [
        "C002",
        "=SUM(A1)",
        46112,
        "B",
        "B",
        800_000,
        600_000,
        90,
        60,
        "Lowered",
        "Overdue 60+ days",
        "the previous review did not record its ratings; status OK → Reduce (Overdue 60+ days)",
      ],
      ["C004", "New Co", null, null, "C", null, 450_000, null, 60, "New customer", null, null],
    ]);
  });

  test("change words coloured by one rule each on the change column", () => {
    expect(
      changes.conditionalFormats.map((rule) =>
        rule.kind === "textEquals" ? [rule.range, rule.text] : rule.kind
      )
    ).toEqual([
      ["J5:J7", "Raised"],
      ["J5:J7", "Lowered"],
      ["J5:J7", "New customer"],
    ]);
  });

  test("no changes: one line saying so (the 'unchanged' word when no sentence is given)", () => {
    const sameAsNow: LogEntry[] = CUSTOMERS.map((customer) => ({
      reviewDate: addDays(AS_OF, -91),
      policyVersion: "CP-2026.1",
      customerId: customer.id,
      customerName: customer.name,
      score: displayScore(customer.score), // as the log keeps it: 92.35 → 92.3
      grade: customer.grade,
      creditLimit: customer.limit / 100,
      termsDays: customer.termsDays,
      status: customer.status,
      reasons: customer.reasons,
    }));
    expect(changesOf(sameAsNow).cells.slice(4)).toEqual([
      ["No changes in limits or terms since the previous review"],
    ]);
    expect(changesOf(sameAsNow, LABELS_ZH).cells.slice(4)).toEqual([["不变"]]);
    expect(changesOf(sameAsNow).conditionalFormats).toEqual([]);
  });

  test("a grade move with the same limit and terms is listed as unchanged credit, with its Why", () => {
    // C002 was logged at 86.1 → A with today's 400,000 · 60 days; today 85.04 → 85.0 → B.
    const gradeOnly: LogEntry[] = CUSTOMERS.map((customer) => ({
      reviewDate: addDays(AS_OF, -91),
      policyVersion: "CP-2026.1",
      customerId: customer.id,
      customerName: customer.name,
      score: customer.id === "C002" ? 86.1 : displayScore(customer.score),
      grade: customer.id === "C002" ? "A" : customer.grade,
      creditLimit: customer.limit / 100,
      termsDays: customer.termsDays,
      status: customer.status,
      reasons: customer.reasons,
    }));
    const rows = changesOf(gradeOnly).cells.slice(4);
    expect(rows).toHaveLength(1);
    const [id, , previousReview, previousGrade, newGrade, previousLimit, newLimit, , , change] =
      rows[0];
    expect([id, previousReview, previousGrade, newGrade, change]).toEqual([
      "C002",
      AS_OF - 91,
      "A",
      "B",
      "Unchanged",
    ]);
    expect(previousLimit).toBe(newLimit);
    // The log rows predate the recorded ratings: the Why says so rather than inventing factors.
    expect(rows[0][11]).toBe("the previous review did not record its ratings");
  });
});

describe("comparing with the previous record", () => {
  const entry = (reviewDate: number, creditLimit: number, termsDays: number): LogEntry => ({
    reviewDate: serialDate(reviewDate),
    policyVersion: "CP-2026.1",
    customerId: "C001",
    customerName: "Acme Trading",
    score: null,
    grade: "A",
    creditLimit,
    termsDays,
    status: "OK",
    reasons: [],
  });

  test("the latest record before the review date; of one date, the last written", () => {
    const log = [
      entry(100, 1, 0),
      entry(200, 2, 0),
      entry(200, 3, 0),
      entry(150, 4, 0),
      entry(300, 5, 0),
    ];
    expect(previousRecords(log, serialDate(300)).get("C001")?.creditLimit).toBe(3);
  });

  test("limit decides first (compared in cents), then terms", () => {
    const acme = CUSTOMERS[0]; // 900,000.00 for 120 days
    expect(classifyChange(acme, entry(1, 900_000, 120), 100)).toBe("unchanged");
    expect(classifyChange(acme, entry(1, 899_999.99, 150), 100)).toBe("raised");
    expect(classifyChange(acme, entry(1, 900_000.01, 30), 100)).toBe("lowered");
    expect(classifyChange(acme, entry(1, 900_000, 90), 100)).toBe("raised");
    expect(classifyChange(acme, entry(1, 900_000, 150), 100)).toBe("lowered");
    expect(classifyChange(acme, undefined, 100)).toBe("newCustomer");
  });
});
