/**
 * The Collections tab's logic on a review prepared from a workbook built in the test
 * (collections-workbook.ts has the hand-worked numbers): order by priority, each filter and its
 * count, the log lines newest first, and Simulate's migration grid.
 */
import fc from "fast-check";
import type { Policy } from "../../src/engine/policy";
import { addDays } from "../../src/engine/serial-date";
import type { CustomerResult } from "../../src/engine/types";
import { customerLogLines } from "../../src/taskpane/collections/log-lines";
import {
  filterCounts,
  filterWorklist,
  WORKLIST_FILTERS,
} from "../../src/taskpane/collections/worklist-filters";
import { worklistRows, type WorklistRow } from "../../src/taskpane/collections/worklist-rows";
import { reviewInPane } from "../../src/taskpane/flow/pane-review";
import type { PreparedReview } from "../../src/taskpane/flow/prepared-review";
import { simulateEditedPolicy } from "../../src/taskpane/flow/simulate-policy";
import { gradeChanges, migrationGrid } from "../../src/taskpane/policy-editor/migration-grid";
import { collectionsWorkbook } from "./collections-workbook";
import { AS_OF, fixtureWorkbook } from "./fixture-workbook";

async function prepare(raw = collectionsWorkbook()): Promise<PreparedReview> {
  const outcome = await reviewInPane(
    raw,
    { asOf: AS_OF, locale: "en-US", mapping: {}, savedPolicy: null },
    {}
  );
  if (outcome.kind !== "preview") throw new Error(`no review: ${outcome.kind}`);
  return outcome.prepared;
}

describe("the collection worklist", () => {
  let prepared: PreparedReview;
  let rows: WorklistRow[];
  beforeAll(async () => {
    prepared = await prepare();
    rows = worklistRows(prepared.result.customers);
  });

  it("lists the customers with something to do, highest priority first", () => {
    expect(rows.map((row) => [row.id, row.nextAction, row.nextActionDue])).toEqual([
      ["C2", "THIRD_LETTER", AS_OF - 10],
      ["C4", "SECOND_LETTER_STOP_SUPPLY", AS_OF - 10],
      ["C1", "FIRST_LETTER", AS_OF - 5],
      ["C5", "CHECK_PROMISE", AS_OF + 10],
      ["C3", "RESOLVE_DISPUTE", null],
    ]);
    const priority = Object.fromEntries(rows.map((row) => [row.id, row.priority]));
    expect(priority.C2).toBeCloseTo(5_000_000 * (1 + 70 / 30) * 1.2, 2);
    expect(priority.C4).toBeCloseTo(800_000 * (1 + 40 / 30) * 1.5, 2);
    expect(priority.C1).toBeCloseTo(1_000_000 * (1 + 20 / 30), 2);
    expect(priority.C5).toBeCloseTo(1_000_000 * (1 + 10 / 30), 2);
    expect(priority.C3).toBe(0);
  });

  it("shows the dispute apart, the promise with its outcome, and the last contact", () => {
    const row = (id: string) => rows.find((candidate) => candidate.id === id);
    expect(row("C3")?.disputedAmount).toBe(2_000_000);
    expect(row("C3")?.overdueAmount).toBe(2_000_000);
    expect(row("C4")?.promise).toMatchObject({
      amount: 800_000,
      promisedDate: AS_OF - 25,
      status: "broken",
    });
    expect(row("C4")?.brokenPromises3m).toBe(1);
    expect(row("C5")?.promise).toMatchObject({ amount: 1_000_000, status: "open" });
    expect(row("C5")?.lastContact).toEqual({ date: AS_OF - 3, action: "CALL", person: "Ms Chan" });
    expect(row("C2")?.lastContact).toBeNull();
    expect(row("C2")?.grade).toBe("B");
  });

  it("counts each filter and keeps only its customers, in priority order", () => {
    expect(filterCounts(rows, AS_OF)).toEqual({ all: 5, today: 3, disputed: 1, broken: 1 });
    const ids = (filter: (typeof WORKLIST_FILTERS)[number]) =>
      filterWorklist(rows, filter, AS_OF).map((row) => row.id);
    expect(ids("today")).toEqual(["C2", "C4", "C1"]);
    expect(ids("disputed")).toEqual(["C3"]);
    expect(ids("broken")).toEqual(["C4"]);
    // Two days later C5's promise check (due 07-10) is still ahead: "today" stays at 3.
    expect(filterCounts(rows, addDays(AS_OF, 2)).today).toBe(3);
  });

  it("lists a customer's Collection Log lines newest first", () => {
    const lines = customerLogLines(prepared.input.collectionLog, "C5");
    expect(lines.map((line) => [line.date, line.action, line.notes])).toEqual([
      [AS_OF - 3, "CALL", "Will pay next week"],
      [AS_OF - 20, "EMAIL", "Statement sent"],
    ]);
    expect(customerLogLines(prepared.input.collectionLog, "C2")).toEqual([]);
    expect(customerLogLines(undefined, "C5")).toEqual([]);
  });

  it("is empty for a review without collection data", async () => {
    const plain = await prepare(fixtureWorkbook({ withLog: false }));
    expect(plain.result.collections).toBeUndefined();
    expect(worklistRows(plain.result.customers)).toEqual([]);
  });
});

describe("worklist properties", () => {
  const line = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    priority: fc.double({ min: 0, max: 1e9, noNaN: true }),
    due: fc.option(fc.integer({ min: AS_OF - 60, max: AS_OF + 60 })),
    disputed: fc.integer({ min: 0, max: 1000 }),
    broken: fc.integer({ min: 0, max: 3 }),
    none: fc.boolean(),
  });

  it("orders by priority, and each filter's count is the length of what it shows", () => {
    fc.assert(
      fc.property(fc.uniqueArray(line, { selector: (l) => l.id, maxLength: 30 }), (lines) => {
        const customers = lines.map(
          (l) =>
            ({
              id: l.id,
              name: "",
              grade: null,
              overdueAmount: 0,
              reasons: [],
              status: "OK",
              limit: 1,
              termsDays: 30,
              collection: {
                priority: l.priority,
                nextAction: l.none ? "NONE" : "PHONE_REMINDER",
                nextActionDue: l.due,
                disputedAmount: l.disputed,
                promise: null,
                brokenPromises3m: l.broken,
                lastContact: null,
              },
            }) as unknown as CustomerResult // only the fields the worklist reads
        );
        const rows = worklistRows(customers);
        expect(rows.length).toBe(lines.filter((l) => !l.none).length);
        for (let i = 1; i < rows.length; i += 1)
          expect(rows[i - 1].priority).toBeGreaterThanOrEqual(rows[i].priority);
        const counts = filterCounts(rows, AS_OF);
        for (const filter of WORKLIST_FILTERS)
          expect(filterWorklist(rows, filter, AS_OF).length).toBe(counts[filter]);
        expect(counts.all).toBe(rows.length);
      })
    );
  });
});

describe("Simulate", () => {
  let prepared: PreparedReview;
  beforeAll(async () => {
    prepared = await prepare();
  });

  function withGradeA(minScore: number): Policy {
    const policy = structuredClone(prepared.policy);
    policy.grades[0].minScore = minScore;
    return policy;
  }

  it("moves C1 (score 90) from A to B when A starts at 92, and nobody else", () => {
    const simulation = simulateEditedPolicy(prepared, withGradeA(92));
    if (simulation.kind !== "done") throw new Error(simulation.kind);
    const grid = migrationGrid(simulation.whatIf.migration);
    // Rows: current A, B, C, D, none; columns the same. C1 A→B, C5 stays A (95), C2 B, C4 C,
    // C3 D, C6 ungraded (44 % coverage).
    expect(grid.map((row) => [row.from, row.counts])).toEqual([
      ["A", [1, 1, 0, 0, 0]],
      ["B", [0, 1, 0, 0, 0]],
      ["C", [0, 0, 1, 0, 0]],
      ["D", [0, 0, 0, 1, 0]],
      ["UNGRADED", [0, 0, 0, 0, 1]],
    ]);
    expect(gradeChanges(grid)).toBe(1);
    // Limits follow the limit bands, not the grade bands: unchanged.
    expect(simulation.whatIf.totalLimit.to).toBe(simulation.whatIf.totalLimit.from);
    expect(simulation.whatIf.suspensionsAdded).toEqual([]);
    // The allowance by the floors follows the aging buckets, which a grade edge does not move.
    expect(simulation.whatIf.allowance).not.toBeNull();
    expect(simulation.whatIf.allowance?.to).toBe(simulation.whatIf.allowance?.from);
    expect(simulation.keptMoneyUnit).toBe(false);
  });

  it("changes nothing under the same policy", () => {
    const simulation = simulateEditedPolicy(prepared, prepared.policy);
    if (simulation.kind !== "done") throw new Error(simulation.kind);
    expect(gradeChanges(migrationGrid(simulation.whatIf.migration))).toBe(0);
    expect(simulation.whatIf.changes).toEqual([]);
  });

  it("keeps the money unit the rows were read in, and says so", () => {
    const simulation = simulateEditedPolicy(prepared, { ...prepared.policy, minorPerUnit: 1 });
    if (simulation.kind !== "done") throw new Error(simulation.kind);
    expect(simulation.keptMoneyUnit).toBe(true);
    expect(simulation.whatIf.totalLimit.to).toBe(simulation.whatIf.totalLimit.from);
  });
});
