/** Properties of the history analyses over random portfolios. */
import fc from "fast-check";
import { minor, sumMinor } from "../../../src/engine/money";
import { addDays, serialDate } from "../../../src/engine/serial-date";
import type { SerialDate } from "../../../src/engine/types";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { allowanceOf } from "../../../src/engine/history/allowance";
import { analyseHistory } from "../../../src/engine/history/history-analysis";
import { lossRates } from "../../../src/engine/history/loss-rates";
import type { Snapshot, SnapshotRow } from "../../../src/engine/history/snapshot";
import { withSnapshot } from "../../../src/engine/history/snapshot-history";
import { policyWith } from "../helpers";

const EDGES = DEFAULT_POLICY.aging.edges;
const BUCKETS = EDGES.length + 1;
const FIRST_DAY = serialDate(46053);

const amount = fc.integer({ min: 0, max: 50_000_000 }).map(minor);
const rowArb = (id: string): fc.Arbitrary<SnapshotRow> =>
  fc
    .tuple(
      fc.array(amount, { minLength: BUCKETS, maxLength: BUCKETS }),
      fc.double({ min: 0, max: 1, noNaN: true })
    )
    .map(([buckets, deadShare]) => ({
      customerId: id,
      buckets,
      dead: minor(Math.floor(sumMinor(buckets) * deadShare)),
      grade: "B" as const,
      score: 85,
      limit: minor(0),
      status: "OK" as const,
    }));
const rowsArb = fc
  .uniqueArray(fc.constantFrom("A", "B", "C", "D", "E", "F", "G"), { minLength: 1 })
  .chain((ids) => fc.tuple(...ids.map(rowArb)));
const snapshotArb = (asOf: SerialDate): fc.Arbitrary<Snapshot> =>
  rowsArb.map((rows) => ({ asOf, edges: EDGES.slice(), dso: null, dsoCountback: null, rows }));
const historyArb = fc
  .integer({ min: 1, max: 5 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, i) => snapshotArb(addDays(FIRST_DAY, 30 * i))))
  );
const lossArb = fc.array(
  fc.record({
    floor: fc.double({ min: 0, max: 1, noNaN: true }),
    adjustment: fc.double({ min: -1, max: 1, noNaN: true }),
  }),
  { minLength: BUCKETS, maxLength: BUCKETS }
);

describe("history properties", () => {
  test("the allowance lies between 0 and the gross amount, and its parts add up", () => {
    fc.assert(
      fc.property(historyArb, lossArb, (history, buckets) => {
        const policy = policyWith((p) => {
          p.lossAllowance.buckets = buckets;
        });
        const current = history[history.length - 1];
        const { allowance } = analyseHistory(history, current, policy);
        expect(allowance.total).toBeGreaterThanOrEqual(0);
        expect(allowance.total).toBeLessThanOrEqual(allowance.gross);
        allowance.byBucket.forEach((bucket) => {
          expect(bucket.allowance).toBeGreaterThanOrEqual(bucket.dead);
          expect(bucket.allowance).toBeLessThanOrEqual(bucket.gross);
        });
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(sum(allowance.byBucket.map((b) => b.allowance))).toBe(allowance.total);
        expect(sum(allowance.byCustomer.map((c) => c.allowance))).toBe(allowance.total);
        expect(Number.isInteger(allowance.total)).toBe(true);
      })
    );
  });

  test("with no roll-forward (every debt paid by the next review) only the floors apply", () => {
    // Each review after the first holds only new, not-yet-due amounts: nothing rolled.
    const notDueOnly = (snapshot: Snapshot): Snapshot => ({
      ...snapshot,
      rows: snapshot.rows.map((row) => ({
        ...row,
        buckets: row.buckets.map((a, b) => (b === 0 ? a : minor(0))),
        dead: minor(0),
      })),
    });
    fc.assert(
      fc.property(historyArb, lossArb, (history, buckets) => {
        fc.pre(history.length >= DEFAULT_POLICY.lossAllowance.minReviews);
        const policy = policyWith((p) => {
          p.lossAllowance.buckets = buckets;
        });
        const paid = history.map((snapshot, i) => (i === 0 ? snapshot : notDueOnly(snapshot)));
        const current = paid[paid.length - 1];
        const loss = lossRates(paid, current, policy);
        expect(loss.method).toBe("rollRates");
        expect(loss.rates).toEqual(buckets.map((bucket) => bucket.floor));
        const expected = allowanceOf(
          current,
          buckets.map((bucket) => bucket.floor)
        );
        expect(analyseHistory(paid, current, policy).allowance).toEqual(expected);
      })
    );
  });

  test("a review re-run on the same date changes nothing", () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const current = history[history.length - 1];
        const once = withSnapshot(history.slice(0, -1), current);
        expect(withSnapshot(once, current)).toEqual(once);
        expect(analyseHistory(once, current, DEFAULT_POLICY)).toEqual(
          analyseHistory(history.slice(0, -1), current, DEFAULT_POLICY)
        );
      })
    );
  });

  test("a re-run with changed amounts replaces that date's rows, never adds to them", () => {
    fc.assert(
      fc.property(historyArb, snapshotArb(FIRST_DAY), (history, replacement) => {
        const replaced = withSnapshot(history, replacement);
        expect(replaced.filter((s) => s.asOf === FIRST_DAY)).toEqual([replacement]);
        expect(replaced.length).toBe(history.length);
      })
    );
  });
});
