/**
 * A reviewed workbook saved again by LibreOffice Calc (which has no "very hidden" and saves our
 * map as merely hidden, its defined name no longer hidden) is still recognised: the next review
 * updates its own block and sheets in place and compares with the first review.
 */
import { readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../cli/cli-harness";
import { run } from "./support/writer-corpus";

const RATINGS = [
  "Payment record",
  "Bank credit",
  "Profitability",
  "Solvency",
  "Operating capacity",
  "Capital size",
  "First impression",
  "History",
  "Organisation & management",
  "Operating status",
  "Product & market",
  "Prospects",
  "Deal margin",
  "Product requirements",
  "Market appeal",
  "Competitiveness",
  "Guarantee",
  "Substitutability",
];

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

async function writeInput(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("Customers");
  customers.addRow(["Customer ID", "Customer name", ...RATINGS]);
  customers.addRow(["K1", "Kite Trading", ...RATINGS.map(() => 10)]);
  customers.addRow(["M2", "Mesa Foods", ...RATINGS.map(() => 8)]);
  const receivables = book.addWorksheet("Receivables");
  receivables.addRow(["Customer ID", "Invoice No.", "Invoice Date", "Due Date", "Amount"]);
  // K1's invoice is due 2026-05-31: 30 days overdue at the first review, 61 at the second.
  receivables.addRow(["K1", "I-1", utc(2026, 4, 1), utc(2026, 5, 31), 1200]);
  receivables.addRow(["M2", "I-2", utc(2026, 6, 1), utc(2026, 7, 31), 800]);
  await book.xlsx.writeFile(path);
}

async function review(input: string, output: string, asOf: string): Promise<void> {
  const result = await runCli(["review", input, "--as-of", asOf, "--out", output, "--quiet"]);
  if (result.code !== 0) throw new Error(`the review of ${input} failed: ${result.stderr}`);
}

function resaveWithLibreOffice(input: string, dir: string): string {
  const outDir = join(dir, "lo");
  run("soffice", [
    `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
    "--headless",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    input,
  ]);
  const [written] = readdirSync(outDir);
  const path = join(dir, "libreoffice.xlsx");
  renameSync(join(outDir, written), path);
  return path;
}

const dir = tempDir("lo-round-trip");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("review → LibreOffice save → review: one block, no second sheets, changes against the first review", async () => {
  const input = join(dir, "in.xlsx");
  await writeInput(input);
  await review(input, join(dir, "first.xlsx"), "2026-06-30");
  const resaved = resaveWithLibreOffice(join(dir, "first.xlsx"), dir);
  const second = join(dir, "second.xlsx");
  await review(resaved, second, "2026-07-31");

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(second);
  const names = book.worksheets.map((sheet) => sheet.name);
  expect(names.filter((name) => name.includes("(2)"))).toEqual([]);
  expect(names.filter((name) => name === "Credit Changes")).toHaveLength(1);
  const map = book.getWorksheet("CreditDesk_Meta");
  expect(map?.state).toBe("veryHidden"); // made very hidden again
  // The customers' block is updated where it was (from column U), not written a second time.
  const headers = (book.getWorksheet("Customers")?.getRow(1).values as unknown[]).slice(1);
  expect(headers.filter((header) => header === "Credit score")).toHaveLength(1);
  expect(headers[20]).toBe("Credit score");
  // Credit Changes row 5 compares K1 with the first review, dated 2026-06-30.
  const changes = book.getWorksheet("Credit Changes");
  expect(changes?.getCell("A5").value).toBe("K1");
  expect(changes?.getCell("C5").value).toEqual(utc(2026, 6, 30));
}, 120_000);
