import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import type { CustomerResult, Grade } from "../../src/engine/types";
import { comparePreview, latestEntries } from "../../src/taskpane/preview/compare-with-log";
import type { LogEntry } from "../../src/workbook/layout";

/** Only the fields the preview reads; the rest of a result is irrelevant to it. */
function customer(
  id: string,
  grade: Grade | null,
  limit: number,
  termsDays: number,
  extra: Partial<CustomerResult> = {}
): CustomerResult {
  return {
    id,
    name: `Name ${id}`,
    grade,
    limit,
    termsDays,
    score: null,
    status: "OK",
    reasons: [],
    ...extra,
  } as CustomerResult;
}

function entry(
  customerId: string,
  reviewDate: number,
  grade: Grade | null,
  creditLimit: number,
  termsDays: number,
  score: number | null = null
): LogEntry {
  return {
    reviewDate,
    policyVersion: "CP-2026.1",
    customerId,
    customerName: customerId,
    score,
    grade,
    creditLimit,
    termsDays,
    status: "OK",
    reasons: [],
  };
}

describe("comparing a review with the Credit Log", () => {
  it("compares with the latest entry of each customer, in currency units × 100", () => {
    const log = [
      entry("X", 46000, "B", 500000, 90),
      entry("X", 46100, "A", 900000, 120),
      entry("X", 45900, "C", 1, 60),
    ];
    expect(latestEntries(log).get("X")?.creditLimit).toBe(900000);
    // 900,000.00 → 90,000,000 minor; the new limit 80,000,000 minor is lower.
    const summary = comparePreview([customer("X", "A", 80_000_000, 120)], log, DEFAULT_POLICY);
    expect(summary.changes).toHaveLength(1);
    expect(summary.changes[0]).toMatchObject({
      previousLimit: 90_000_000,
      change: "lowered",
      causes: [{ kind: "base" }],
    });
    expect(summary.lowered).toBe(1);
    expect(summary.gradeMoves).toBe(0);
  });

  it("gives the adjustment reasons first, then the grade move", () => {
    const summary = comparePreview(
      [customer("Y", "C", 0, 0, { status: "SUSPEND", reasons: ["OVERDUE_90"] })],
      [entry("Y", 46000, "B", 200000, 90)],
      DEFAULT_POLICY
    );
    expect(summary.changes[0].causes).toEqual([
      { kind: "reason", code: "OVERDUE_90" },
      { kind: "grade", from: "B", to: "C" },
    ]);
    expect(summary.suspended.map((row) => row.id)).toEqual(["Y"]);
  });

  it("names a score move of at least 0.05 when the grade stayed, and ignores a smaller one", () => {
    const moved = comparePreview(
      [customer("Z", "B", 1000, 90, { score: 84 })],
      [entry("Z", 1, "B", 20, 90, 86)],
      DEFAULT_POLICY
    );
    expect(moved.changes[0].causes).toEqual([{ kind: "score", from: 86, to: 84 }]);
    const same = comparePreview(
      [customer("Z", "B", 1000, 90, { score: 86.04 })],
      [entry("Z", 1, "B", 20, 90, 86)],
      DEFAULT_POLICY
    );
    expect(same.changes[0].causes).toEqual([{ kind: "base" }]);
  });

  const grades = fc.constantFrom<Grade | null>("A", "B", "C", "D", null);
  const results = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      grade: grades,
      limit: fc.nat(1_000_000),
      terms: fc.constantFrom(0, 60, 90, 120),
    }),
    { selector: (row) => row.id, maxLength: 30 }
  );
  const logs = fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      grade: grades,
      limit: fc.nat(10_000),
      terms: fc.constantFrom(0, 60, 90, 120),
      date: fc.nat(100),
    }),
    { maxLength: 40 }
  );

  it("counts every customer in exactly one grade, and raised + lowered + new + unchanged = all", () => {
    fc.assert(
      fc.property(results, logs, (rows, logRows) => {
        const summary = comparePreview(
          rows.map((row) => customer(row.id, row.grade, row.limit, row.terms)),
          logRows.map((row) => entry(row.id, row.date, row.grade, row.limit, row.terms)),
          DEFAULT_POLICY
        );
        const graded = Object.values(summary.gradeCounts).reduce((a, b) => a + b, 0);
        const known = new Set(logRows.map((row) => row.id));
        const newOnes = rows.filter((row) => !known.has(row.id)).length;
        const unchangedLimits =
          rows.length - summary.raised - summary.lowered - summary.newCustomers;
        return (
          graded === rows.length &&
          summary.newCustomers === newOnes &&
          unchangedLimits >= 0 &&
          summary.changes.length <= rows.length
        );
      })
    );
  });

  it("a customer whose limit, grade and terms equal its latest entry is never listed as a change", () => {
    fc.assert(
      fc.property(results, (rows) => {
        const log = rows.map((row) => entry(row.id, 1, row.grade, row.limit / 100, row.terms));
        return (
          comparePreview(
            rows.map((row) => customer(row.id, row.grade, row.limit, row.terms)),
            log,
            DEFAULT_POLICY
          ).changes.length === 0
        );
      })
    );
  });
});
