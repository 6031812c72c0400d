/**
 * A small workbook reviewed at three month-ends through the real command, each review on the
 * output of the one before (see history-worked-example.test.ts for the numbers worked by hand).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { JsonResult } from "../../src/cli/json-result";
import { runCli } from "./cli-harness";

export const REVIEWS = ["2026-04-30", "2026-05-31", "2026-06-30"];

export interface HistoryBook {
  dir: string;
  /** The workbook before any review. */
  book: string;
  /** Reviews `input` as of `asOf` into `<name>.xlsx` and `<name>.json` of `dir`. */
  review: (input: string, asOf: string, name: string) => Promise<JsonResult>;
  /** The JSON of the three monthly reviews; their workbooks are review1..3.xlsx. */
  results: JsonResult[];
}

export async function reviewThreeMonths(dir: string): Promise<HistoryBook> {
  const book = join(dir, "book.xlsx");
  const policyPath = join(dir, "policy.json");
  const review = async (input: string, asOf: string, name: string): Promise<JsonResult> => {
    const jsonPath = join(dir, `${name}.json`);
    const run = await runCli([
      "review",
      input,
      "--as-of",
      asOf,
      "--policy",
      policyPath,
      "--out",
      join(dir, `${name}.xlsx`),
      "--json",
      jsonPath,
      "-q",
    ]);
    if (run.code !== 0 || run.stderr !== "")
      throw new Error(`review of ${input} as of ${asOf} failed (${run.code}): ${run.stderr}`);
    return JSON.parse(readFileSync(jsonPath, "utf8")) as JsonResult;
  };
  const results: JsonResult[] = [];
  const exported = await runCli(["policy", "--export"]);
  if (exported.code !== 0) throw new Error(`policy --export failed: ${exported.stderr}`);
  const policy = JSON.parse(exported.stdout) as Record<string, Record<string, unknown>>;
  policy.aging.edges = [0, 30, 60];
  policy.lossAllowance.buckets = [0.005, 0.02, 0.05, 0.5].map((floor) => ({
    floor,
    adjustment: 0.1,
  }));
  policy.lossAllowance.minReviews = 3;
  writeFileSync(policyPath, JSON.stringify(policy));

  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer ID", "Customer name"],
    ["K1", "Kite Trading"],
    ["K2", "Lark Ltd"],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid amount", "Paid date"],
    ["K1", "INV-1", "2026-03-16", "2026-04-15", 1000, 400, "2026-05-20"],
    ["K1", "INV-2", "2026-04-01", "2026-06-15", 2000, "", ""],
    ["K2", "INV-4", "2026-04-01", "2026-05-20", 800, 800, "2026-06-10"],
    ["K2", "INV-5", "2026-01-02", "2026-02-01", 300, 100, "2026-06-05"],
    ["K2", "INV-6", "2024-12-16", "2025-01-15", 50, "", ""],
  ]);
  await workbook.xlsx.writeFile(book);

  let input = book;
  for (const [index, asOf] of REVIEWS.entries()) {
    results.push(await review(input, asOf, `review${index + 1}`));
    input = join(dir, `review${index + 1}.xlsx`);
  }
  return { dir, book, review, results };
}
