/** Trends per review and grade migration between two reviews, checked by hand. */
import { gradeMigration } from "../../../src/engine/history/grade-migration";
import { analyseHistory } from "../../../src/engine/history/history-analysis";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { minor } from "../../../src/engine/money";
import type { Snapshot, SnapshotRow } from "../../../src/engine/history/snapshot";
import { trendPoint } from "../../../src/engine/history/trends";
import { day, units } from "../helpers";

function row(customerId: string, amounts: number[]): SnapshotRow {
  return {
    customerId,
    buckets: amounts.map(units),
    dead: minor(0),
    grade: null,
    score: null,
    limit: minor(0),
    status: "OK",
  };
}

const snapshotOf = (rows: SnapshotRow[]): Snapshot => ({
  asOf: day("2026-06-30"),
  edges: [0, 30, 60, 90, 180],
  dso: 41.5,
  dsoCountback: 38.25,
  rows,
});

describe("trends", () => {
  test("two customers owing 300 and 100: overdue share, top-10 share, Herfindahl", () => {
    // Overdue = 100 + 50 + 20 of 400 = 42.5 %; Herfindahl 0.75² + 0.25² = 0.625.
    const point = trendPoint(
      snapshotOf([row("A", [200, 100, 0, 0, 0, 0]), row("B", [30, 0, 50, 0, 20, 0])])
    );
    expect(point.agingTotals).toEqual([230, 100, 50, 0, 20, 0].map(units));
    expect(point.open).toBe(units(400));
    expect(point.overdueShare).toBeCloseTo(0.425, 12);
    expect(point.top10Share).toBe(1);
    expect(point.herfindahl).toBeCloseTo(0.625, 12);
    expect([point.dso, point.dsoCountback]).toEqual([41.5, 38.25]);
  });

  test("twelve customers: the ten largest hold 10 × 100 of 1,000 + 2 × 50 = 1,100", () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row(`T${i}`, [100, 0, 0, 0, 0, 0])),
      row("S1", [50, 0, 0, 0, 0, 0]),
      row("S2", [0, 0, 0, 0, 0, 50]),
    ];
    const point = trendPoint(snapshotOf(rows));
    expect(point.top10Share).toBeCloseTo(1000 / 1100, 12);
    // 10 × (1/11)² + 2 × (1/22)² = 10/121 + 2/484 = 42/484.
    expect(point.herfindahl).toBeCloseTo(42 / 484, 12);
    expect(point.overdueShare).toBeCloseTo(50 / 1100, 12);
  });

  test("nothing open: the shares are unknown, not zero", () => {
    const point = trendPoint(snapshotOf([row("A", [0, 0, 0, 0, 0, 0])]));
    expect([point.overdueShare, point.top10Share, point.herfindahl]).toEqual([null, null, null]);
  });
});

describe("grade migration", () => {
  test("counts and amounts from each grade to each grade, with new, gone and ungraded", () => {
    const cells = gradeMigration(
      [
        { id: "1", grade: "A", amount: minor(100) },
        { id: "2", grade: "A", amount: minor(200) },
        { id: "3", grade: "B", amount: minor(300) },
        { id: "4", grade: null, amount: minor(400) },
        { id: "5", grade: "D", amount: minor(500) },
      ],
      [
        { id: "1", grade: "A", amount: minor(110) },
        { id: "2", grade: "B", amount: minor(220) },
        { id: "3", grade: "B", amount: minor(330) },
        { id: "4", grade: "C", amount: minor(440) },
        { id: "6", grade: "A", amount: minor(660) },
      ]
    );
    expect(cells).toEqual([
      { from: "NEW", to: "A", count: 1, amount: 660 },
      { from: "A", to: "A", count: 1, amount: 110 },
      { from: "A", to: "B", count: 1, amount: 220 },
      { from: "B", to: "B", count: 1, amount: 330 },
      { from: "D", to: "GONE", count: 1, amount: 500 },
      { from: "UNGRADED", to: "C", count: 1, amount: 440 },
    ]);
  });
});

describe("reviews whose aging totals compare with the current ones", () => {
  test("a review on other edges is left out: its buckets count other days", () => {
    // 05-31 was aged on edges 0, 30, 60 (4 buckets); 06-30 and 07-31 on the default 6: only
    // those two share the current buckets, so only their totals stand side by side.
    const may: Snapshot = { ...snapshotOf([row("A", [1, 2, 3, 4])]), asOf: day("2026-05-31") };
    may.edges = [0, 30, 60];
    const june = snapshotOf([row("A", [200, 100, 0, 0, 0, 0])]);
    const july: Snapshot = {
      ...snapshotOf([row("A", [0, 200, 100, 0, 0, 0])]),
      asOf: day("2026-07-31"),
    };
    const analysis = analyseHistory([may, june], july, DEFAULT_POLICY);
    expect(analysis.reviews).toEqual([may.asOf, june.asOf, july.asOf]);
    expect(analysis.reviewsOnCurrentEdges).toEqual([june.asOf, july.asOf]);
  });
});
