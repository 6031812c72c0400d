/**
 * `--compare-policy`: the portfolio of four customers (all 18 factors rated alike, so each score
 * is 10 × the rating; no orders, so each limit is 300,000 × the band's multiplier, §3) compared
 * with a policy whose A grade and 300 % band start at 95 instead of 90:
 * K1 92 (A → B, 900,000 → 600,000, owes 700,000: newly over) · K2 96 (A, unchanged) ·
 * K3 85 (B, unchanged) · K4 91 (A → B, 900,000 → 600,000, owes 100,000).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { JsonResult } from "../../src/cli/json-result";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import {
  customerRows,
  HIGHER_A_EDGE,
  type RatedCustomer,
} from "../workbook/history/rated-portfolio";
import { runCli, tempDir } from "./cli-harness";

const PORTFOLIO: RatedCustomer[] = [
  { id: "K1", rating: 9.2, open: 700_000 },
  { id: "K2", rating: 9.6, open: 50_000 },
  { id: "K3", rating: 8.5, open: 50_000 },
  { id: "K4", rating: 9.1, open: 100_000 },
];

const dir = tempDir("compare-policy");
const book = join(dir, "book.xlsx");
const higherA = join(dir, "a-at-95.json");
const broken = join(dir, "broken.json");

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows(customerRows(PORTFOLIO));
  workbook
    .addWorksheet("Receivables")
    .addRows([
      ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
      ...PORTFOLIO.map((c) => [c.id, `INV-${c.id}`, "2026-06-01", "2026-07-31", c.open]),
    ]);
  await workbook.xlsx.writeFile(book);
  writeFileSync(higherA, JSON.stringify(HIGHER_A_EDGE));
  writeFileSync(broken, JSON.stringify({ ...DEFAULT_POLICY, grades: "A above 90" }));
});

const review = (...extra: string[]) =>
  runCli(["review", book, "--as-of", "2026-06-30", "--compare-policy", ...extra]);

describe("--compare-policy without --out", () => {
  const jsonPath = join(dir, "what-if.json");
  let run: Awaited<ReturnType<typeof runCli>>;
  let json: JsonResult;

  beforeAll(async () => {
    run = await review(higherA, "--json", jsonPath);
    json = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonResult;
  }, 60_000);

  test("succeeds and writes no workbook", () => {
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(existsSync(join(dir, "book.reviewed.xlsx"))).toBe(false);
    expect(run.stdout).not.toContain("Review written to");
  });

  test("prints the grade moves, the limits, terms, over-limit customers and suspensions", () => {
    expect(run.stdout).toContain("What if policy A-AT-95 replaced CP-2026.1:");
    expect(run.stdout).toContain("Grades (current → compared): A → B 2");
    expect(run.stdout).toContain("Total limits 3,300,000.00 → 2,700,000.00");
    expect(run.stdout).toContain(
      "Terms raised for 0 customers, lowered for 2; mean 112.5 → 97.5 days"
    );
    expect(run.stdout).toContain("Newly over their limit: 1 (K1)");
    expect(run.stdout).toContain("Suspensions added 0 · lifted 0");
    // 0.5 % of the 900,000 not yet due, under both policies (no history: floors alone).
    expect(run.stdout).toContain("Loss allowance 4,500.00 → 4,500.00");
  });

  test("adds whatIf to the JSON, money in currency units", () => {
    const whatIf = json.whatIf;
    expect(whatIf?.policyVersion).toBe("A-AT-95");
    expect(whatIf?.migration).toEqual(
      expect.arrayContaining([
        { from: "A", to: "A", count: 1, amount: 50_000 },
        { from: "A", to: "B", count: 2, amount: 800_000 },
        { from: "B", to: "B", count: 1, amount: 50_000 },
      ])
    );
    expect(whatIf?.totalLimit).toEqual({ from: 3_300_000, to: 2_700_000 });
    expect(whatIf?.terms).toEqual({ raised: 0, lowered: 2, mean: { from: 112.5, to: 97.5 } });
    expect(whatIf?.newlyOverLimit).toEqual(["K1"]);
    expect([whatIf?.suspensionsAdded, whatIf?.suspensionsLifted]).toEqual([[], []]);
    expect(whatIf?.allowance).toEqual({ from: 4_500, to: 4_500 });
    expect(whatIf?.changes.map((change) => [change.id, change.grade, change.limit])).toEqual([
      ["K1", { from: "A", to: "B" }, { from: 900_000, to: 600_000 }],
      ["K4", { from: "A", to: "B" }, { from: 900_000, to: 600_000 }],
    ]);
  });

  test("the customers themselves stay under the current policy", () => {
    expect(json.policyVersion).toBe("CP-2026.1");
    expect(json.customers.map((c) => [c.id, c.grade, c.limit])).toEqual([
      ["K1", "A", 900_000],
      ["K2", "A", 900_000],
      ["K3", "B", 600_000],
      ["K4", "A", 900_000],
    ]);
  });
});

test("with --out the current policy's review is written, not the compared one", async () => {
  const out = join(dir, "current.xlsx");
  const run = await review(higherA, "--out", out, "--quiet");
  expect([run.code, run.stderr]).toEqual([0, ""]);
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(out);
  const log = written.getWorksheet("Credit Log") as ExcelJS.Worksheet;
  // Column B of the log is the policy version of each row.
  expect(log.getCell(2, 2).value).toBe("CP-2026.1");
}, 60_000);

test("a policy file the validation refuses is refused as --policy would be, nothing written", async () => {
  const run = await review(broken);
  const asPolicy = await runCli(["review", book, "--as-of", "2026-06-30", "--policy", broken]);
  expect(run.code).toBe(asPolicy.code);
  expect(run.code).not.toBe(0);
  expect(run.stderr).toBe(asPolicy.stderr);
  expect(run.stderr).toContain(`The policy file ${broken} was refused`);
  expect(existsSync(join(dir, "book.reviewed.xlsx"))).toBe(false);
}, 60_000);
