/**
 * The history through the real command (issue 10): one workbook reviewed at three month-ends,
 * each review on the output of the one before, builds 3 dates × 2 customers of Aging History;
 * the roll rates, loss rates and allowance of the third review are worked by hand below.
 *
 * Policy: the default with aging edges 0, 30, 60 (buckets Not due, 1-30, 31-60, >60), a floor
 * per bucket of 0.5 %, 2 %, 5 %, 50 %, a forward-looking adjustment of +10 % and 3 reviews needed.
 *
 * Open amounts per bucket (payments count from their date on; no invoice is dated after a review):
 *   2026-04-30  K1 [2000, 1000,   0,   0]   K2 [800,   0, 0, 350]
 *   2026-05-31  K1 [2000,    0, 600,   0]   K2 [  0, 800, 0, 350]   (K1 paid 400 of INV-1 on 05-20)
 *   2026-06-30  K1 [   0, 2000,   0, 600]   K2 [  0,   0, 0, 250]   (K2 paid INV-4 and 100 of INV-5)
 * K2's INV-6 (50.00, due 2025-01-15) is past 365 days: a dead debt, in >60, provided at 100 %.
 *
 * Roll rates follow each amount by the days elapsed (04-30 → 05-31: 31 days, 05-31 → 06-30: 30):
 * 31 days on, Not due reaches Not due..31-60, 1-30 (1..30 days → 32..61) reaches 31-60..>60;
 * 30 days on, Not due reaches Not due..1-30, 1-30 (→ 31..60) only 31-60, 31-60 (→ 61..90) >60.
 * Oldest bucket first, each takes from the later buckets beyond itself ("rolled"), then from its
 * own bucket ("stayed": neither rolled nor paid, left out of the rate):
 *   Apr→May K1: 1-30 1000 → 600 in 31-60 rolled (400 paid); Not due 2000 stays 2000
 *           K2: >60 350 still >60; Not due 800 → 800 in 1-30 rolled
 *   May→Jun K1: 31-60 600 → 600 in >60 rolled; Not due 2000 → 2000 in 1-30 rolled
 *           K2: >60 350 → 250 still >60; 1-30 800 reaches only 31-60, empty: paid
 * Rate = rolled / (amount − stayed):
 *   Not due: (0 + 800 + 2000) / (2000 − 2000 + 800 + 2000) = 2800 / 2800 = 1
 *   1-30:    (600 + 0) / (1000 + 800)                      = 1/3          = 0.333333
 *   31-60:   600 / 600                                     = 1
 *   >60:     (350 + 250) / (350 + 350)                     = 6/7          = 0.857143
 * Chained (product to the last), × 1.1:
 *   >60 and 31-60: 6/7 × 1.1 = 0.942857;  1-30 and Not due: 2/7 × 1.1 = 0.314286
 * Allowance at 2026-06-30 (cents rounded per customer and bucket):
 *   K1: 2000 × 0.314286 = 628.57;  600 × 0.942857 = 565.71         → 1194.28
 *   K2: 50 dead at 100 % = 50.00; 200 × 0.942857 = 188.57           → 238.57
 *   by bucket [0, 628.57, 0, 804.28]; total 1432.85 on a gross 2850.00.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { JsonResult } from "../../src/cli/json-result";
import { tempDir } from "./cli-harness";
import { REVIEWS, reviewThreeMonths, type HistoryBook } from "./history-book";

const dir = tempDir("history");
let history: HistoryBook;
let results: JsonResult[] = [];
const review = (input: string, asOf: string, name: string) => history.review(input, asOf, name);

async function historyRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Aging History") as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number >= 3) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

beforeAll(async () => {
  history = await reviewThreeMonths(dir);
  results = history.results;
}, 120_000);

describe("three monthly reviews of one workbook through the command line", () => {
  test("the Aging History holds 3 dates × 2 customers, oldest first", async () => {
    const rows = await historyRows(join(dir, "review3.xlsx"));
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => row[1])).toEqual(["K1", "K2", "K1", "K2", "K1", "K2"]);
    // Buckets from column K: K2 at 2026-06-30 owes 250 past 60 days, 50 of it dead (column G).
    expect(rows[5].slice(10)).toEqual([0, 0, 0, 250]);
    expect(rows[5][6]).toBe(50);
  });

  test("the JSON history lists the reviews, the aging totals and the migration", () => {
    const { history } = results[2];
    expect(history?.reviews).toEqual(REVIEWS);
    expect(history?.agingTotalsReviews).toEqual(REVIEWS);
    expect(history?.agingTotals).toEqual([
      [2800, 1000, 0, 350],
      [2000, 800, 600, 350],
      [0, 2000, 0, 850],
    ]);
    const moved = history?.migration.reduce((sum, cell) => sum + cell.count, 0);
    expect(moved).toBe(2);
    expect(results[0].history?.migration).toEqual([]);
  });

  test("the roll rates, loss rates and allowance are the ones worked by hand", () => {
    const history = results[2].history;
    expect(history?.rollRates).toEqual([1, 0.333333, 1, 0.857143]);
    expect(history?.rollRateBasis).toEqual([2800, 1800, 600, 700]);
    expect(history?.lossRates).toEqual([0.314286, 0.314286, 0.942857, 0.942857]);
    expect(history?.allowance).toEqual({
      total: 1432.85,
      byBucket: [0, 628.57, 0, 804.28],
      byCustomer: { K1: 1194.28, K2: 238.57 },
    });
  });

  test("with fewer than 3 reviews on file the floors alone apply (dead debts still in full)", () => {
    // 2026-05-31: K1 2000 not due at 0.5 % = 10.00, 600 at 5 % = 30.00; K2 800 at 2 % = 16.00,
    // 50 dead + 300 at 50 % = 200.00.
    expect(results[1].history?.lossRates).toEqual([0.005, 0.02, 0.05, 0.5]);
    expect(results[1].history?.allowance.byCustomer).toEqual({ K1: 40, K2: 216 });
  });

  test("a re-run of the middle date leaves the Aging History exactly as it was", async () => {
    await review(join(dir, "review3.xlsx"), REVIEWS[1], "rerun");
    expect(await historyRows(join(dir, "rerun.xlsx"))).toEqual(
      await historyRows(join(dir, "review3.xlsx"))
    );
  });
});

describe("a user's own sheet called Aging History", () => {
  test("is never touched: the history goes to a sheet of another name", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(history.book);
    workbook.addWorksheet("Aging History").addRows([["My notes"], ["call K1 on Monday"]]);
    const input = join(dir, "with-own-sheet.xlsx");
    await workbook.xlsx.writeFile(input);
    await review(input, REVIEWS[0], "own-sheet");
    const reviewed = new ExcelJS.Workbook();
    await reviewed.xlsx.readFile(join(dir, "own-sheet.xlsx"));
    const own = reviewed.getWorksheet("Aging History") as ExcelJS.Worksheet;
    expect([own.getCell("A1").value, own.getCell("A2").value, own.rowCount]).toEqual([
      "My notes",
      "call K1 on Monday",
      2,
    ]);
    const ours = reviewed.getWorksheet("Aging History (2)") as ExcelJS.Worksheet;
    expect(ours.getCell("A1").value).toBe("Aging History");
    expect(ours.getCell("B3").value).toBe("K1");
  });
});
