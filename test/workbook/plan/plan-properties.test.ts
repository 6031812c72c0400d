/**
 * Properties of the plan over random reviews: the aging totals row is the sum of the customer
 * rows, the shares sum to 100 %, and every customer's results sit on that customer's own row.
 */
import { addMinor, minor, sumMinor } from "../../../src/engine/money";
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import type { AgingRow, ReviewResult } from "../../../src/engine/types";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { AGING_HEADER_ROW } from "../../../src/workbook/plan-aging-sheet";
import { LABELS_EN } from "./labels-en";
import { blockCell, blockOf, sheetOf } from "./plan-helpers";
import { INPUT, RESULT, customerResult, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const BUCKETS = DEFAULT_POLICY.aging.edges.length + 1;
const cents = (units: number) => Math.round(units * DEFAULT_POLICY.minorPerUnit);

const agingRow = fc
  .record({
    amounts: fc.array(fc.integer({ min: 0, max: 5_000_000_000 }).map(minor), {
      minLength: BUCKETS,
      maxLength: BUCKETS,
    }),
    unapplied: fc.integer({ min: -1_000_000_000, max: 0 }).map(minor),
    averageAgeDays: fc.option(fc.double({ min: 0, max: 2_000, noNaN: true }), { nil: null }),
  })
  .map((row): AgingRow => ({
    ...row,
    net: addMinor(sumMinor(row.amounts), row.unapplied),
  }));

const agingByCustomer = fc.dictionary(fc.stringMatching(/^C[0-9]{1,4}$/), agingRow, {
  maxKeys: 25,
});

function resultWithAging(byCustomer: Record<string, AgingRow>): ReviewResult {
  const rows = Object.values(byCustomer);
  const totals = Array.from({ length: BUCKETS }, (_, bucket) =>
    sumMinor(rows.map((row) => row.amounts[bucket]))
  );
  const unapplied = sumMinor(rows.map((row) => row.unapplied));
  const positive = sumMinor(totals);
  return {
    ...RESULT,
    aging: {
      ...RESULT.aging,
      totals,
      unapplied,
      net: addMinor(positive, unapplied),
      shares: totals.map((amount) => (positive > 0 ? amount / positive : 0)),
      byCustomer,
    },
  };
}

describe("plan properties", () => {
  test("aging: the totals row equals the column sums of the rows above it, to the cent", () => {
    fc.assert(
      fc.property(agingByCustomer, (byCustomer) => {
        const result = resultWithAging(byCustomer);
        const plan = buildOutputPlan({
          statementWords: STATEMENT_WORDS,
          input: INPUT,
          result,
          layout: firstRunLayout(),
          labels: LABELS_EN,
          previousLog: [],
          policy: DEFAULT_POLICY,
        });
        const aging = sheetOf(plan, "aging");
        const dataRows = aging.cells.slice(AGING_HEADER_ROW, -2);
        const totalsRow = aging.cells[aging.cells.length - 2];
        // Bucket columns, unapplied credits and total: columns C .. C + BUCKETS + 1.
        for (let column = 2; column < 2 + BUCKETS + 2; column++) {
          const sum = dataRows.reduce((total, row) => total + cents(row[column] as number), 0);
          expect(cents(totalsRow[column] as number)).toBe(sum);
        }
        // Each row: buckets + unapplied = total.
        for (const row of [...dataRows, totalsRow]) {
          const parts = row
            .slice(2, 2 + BUCKETS + 1)
            .reduce<number>((total, value) => total + cents(value as number), 0);
          expect(cents(row[2 + BUCKETS + 1] as number)).toBe(parts);
        }
        expect(plan.notes).toEqual([]);
      })
    );
  });

  test("aging: shares sum to 100 % whenever anything is open, and rows are in risk order", () => {
    fc.assert(
      fc.property(agingByCustomer, (byCustomer) => {
        const plan = buildOutputPlan({
          statementWords: STATEMENT_WORDS,
          input: INPUT,
          result: resultWithAging(byCustomer),
          layout: firstRunLayout(),
          labels: LABELS_EN,
          previousLog: [],
          policy: DEFAULT_POLICY,
        });
        const aging = sheetOf(plan, "aging");
        const shares = aging.cells[aging.cells.length - 1].slice(2) as (number | null)[];
        const anythingPositive = Object.values(byCustomer).some((row) =>
          row.amounts.some((amount) => amount > 0)
        );
        if (anythingPositive) {
          expect(shares.reduce<number>((sum, share) => sum + (share ?? 0), 0)).toBeCloseTo(1, 9);
        } else {
          expect(shares.every((share) => share === null)).toBe(true);
        }
        const dataRows = aging.cells.slice(AGING_HEADER_ROW, -2);
        for (let i = 1; i < dataRows.length; i++) {
          const oldestBefore = dataRows[i - 1][2 + BUCKETS - 1] as number;
          const oldestHere = dataRows[i][2 + BUCKETS - 1] as number;
          expect(oldestBefore).toBeGreaterThanOrEqual(oldestHere);
        }
      })
    );
  });

  test("customer block: each row holds its own customer's results, rows without one are blank", () => {
    const scenario = fc
      .record({
        lastDataRow: fc.integer({ min: 2, max: 60 }),
        headerRow: fc.integer({ min: 1, max: 5 }),
      })
      .chain(({ lastDataRow, headerRow }) =>
        fc.record({
          headerRow: fc.constant(headerRow),
          lastDataRow: fc.constant(headerRow + lastDataRow - 1),
          rows: fc.uniqueArray(
            fc.integer({ min: headerRow + 1, max: headerRow + lastDataRow - 1 }),
            { maxLength: 40 }
          ),
        })
      );
    fc.assert(
      fc.property(scenario, ({ headerRow, lastDataRow, rows }) => {
        // Each customer's limit encodes its row (row × 1,000.00), so a misplaced row shows.
        const customers = rows.map((row) =>
          customerResult({
            id: `C${row}`,
            name: `Customer ${row}`,
            limit: minor(row * 100_000),
            source: { sheet: "Customers", row },
          })
        );
        const layout = firstRunLayout();
        layout.customers = { ...layout.customers, headerRow, lastDataRow };
        const plan = buildOutputPlan({
          statementWords: STATEMENT_WORDS,
          input: INPUT,
          result: { ...RESULT, customers },
          layout,
          labels: LABELS_EN,
          previousLog: [],
          policy: DEFAULT_POLICY,
        });
        const block = blockOf(plan, "customers");
        expect(block.rows).toHaveLength(lastDataRow - headerRow);
        const placed = new Set(rows);
        for (let row = headerRow + 1; row <= lastDataRow; row++) {
          if (placed.has(row)) expect(blockCell(block, row, "creditLimit")).toBe(row * 1_000);
          else expect(block.rows[row - headerRow - 1].every((value) => value === null)).toBe(true);
        }
      })
    );
  });
});
