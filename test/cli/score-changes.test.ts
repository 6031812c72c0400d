/**
 * Score changes explained, through the real command twice: a customer's payment-record rating
 * drops from 8 to 4 between the June and the July review. Every factor is rated, so the score
 * is Σ weight × rating / 10 (CREDIT-POLICY.md §1); no orders sheet, so each limit is the new
 * customer base 300,000 × the band's multiplier (§3).
 *
 * P1 in June: all 18 factors at 8 → score 80.0, grade B, limit 300,000 × 200 % = 600,000, 90 days.
 * P1 in July: payment record (weight 12) at 4 loses 12 × (8 − 4) / 10 = 4.8 points → 75.2,
 * grade C, limit 300,000 × 150 % = 450,000, 60 days.
 * P2: all at 9 both times (score 90, A): unchanged, `changes` null.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { JsonResult } from "../../src/cli/json-result";
import { FACTOR_KEYS } from "../../src/engine/types";
import { headerSynonyms } from "../../src/i18n";
import { runCli, tempDir } from "./cli-harness";

const dir = tempDir("score-changes");
const june = join(dir, "june.xlsx");
const julyInput = join(dir, "july-input.xlsx");
const julyOutput = join(dir, "july.xlsx");
const julyJson = join(dir, "july.json");
const factorHeaders = FACTOR_KEYS.map(
  (key) => (headerSynonyms().customers as Record<string, string[]>)[key][0]
);
/** Column of the payment record rating: after the id and the name. */
const PAYMENT_RECORD_COLUMN = 3;

let json: JsonResult;
const changesSheet: string[][] = [];

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer ID", "Customer name", ...factorHeaders],
    ["P1", "Pine Ltd", ...FACTOR_KEYS.map(() => 8)],
    ["P2", "Quay Ltd", ...FACTOR_KEYS.map(() => 9)],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ["P1", "INV-1", "2026-06-01", "2026-08-31", 1000],
    ["P2", "INV-2", "2026-06-01", "2026-08-31", 1000],
  ]);
  await workbook.xlsx.writeFile(join(dir, "book.xlsx"));
  const first = await runCli([
    "review",
    join(dir, "book.xlsx"),
    "--as-of",
    "2026-06-30",
    "--out",
    june,
    "--quiet",
  ]);
  expect([first.code, first.stderr]).toEqual([0, ""]);

  const reviewed = new ExcelJS.Workbook();
  await reviewed.xlsx.readFile(june);
  const customers = reviewed.getWorksheet("Customers") as ExcelJS.Worksheet;
  expect(customers.getCell(1, PAYMENT_RECORD_COLUMN).value).toBe(factorHeaders[0]);
  customers.getCell(2, PAYMENT_RECORD_COLUMN).value = 4;
  await reviewed.xlsx.writeFile(julyInput);
  const second = await runCli([
    "review",
    julyInput,
    "--as-of",
    "2026-07-31",
    "--out",
    julyOutput,
    "--json",
    julyJson,
    "--quiet",
  ]);
  expect([second.code, second.stderr]).toEqual([0, ""]);
  json = JSON.parse(readFileSync(julyJson, "utf8")) as JsonResult;
  const output = new ExcelJS.Workbook();
  await output.xlsx.readFile(julyOutput);
  (output.getWorksheet("Credit Changes") as ExcelJS.Worksheet).eachRow((row) => {
    changesSheet.push((row.values as unknown[]).slice(1).map((value) => String(value ?? "")));
  });
}, 90_000);

test("the JSON gives P1's change: 4.8 points lost by the payment record, B → C", () => {
  const p1 = json.customers.find((customer) => customer.id === "P1");
  expect(p1?.changes).toEqual({
    score: { from: 80, to: 75.2 },
    grade: { from: "B", to: "C" },
    limit: { from: 600_000, to: 450_000 },
    terms: { from: 90, to: 60 },
    factors: [{ key: "paymentRecord", points: -4.8 }],
  });
});

test("an unchanged customer has changes null", () => {
  expect(json.customers.find((customer) => customer.id === "P2")?.changes).toBeNull();
});

test("the Credit Changes sheet says why, in words", () => {
  const header = changesSheet.find((row) => row.includes("Why")) ?? [];
  const p1 = changesSheet.find((row) => row[0] === "P1") ?? [];
  expect(p1[header.indexOf("Why")]).toBe(
    "Payment record (8 → 4) -4.8 points; score band 80 → 60 (×2 → ×1.5)"
  );
});
