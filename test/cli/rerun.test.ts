/**
 * A reviewed workbook reviewed again in another language: the add-in finds its own output by
 * its map, replaces it in place, and leaves ONE set of output columns and one Aging sheet, while
 * the Credit Log keeps both reviews.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { allOutputHeaders, outputLabels } from "../../src/i18n";
import { CUSTOMER_OUTPUT_KEYS, RECEIVABLE_OUTPUT_KEYS } from "../../src/workbook/labels";
import { runCli, SAMPLE, SAMPLE_AS_OF, tempDir } from "./cli-harness";

/** Header texts of every output column in every language. */
const OUTPUT_HEADERS = new Set(Object.values(allOutputHeaders()).flat());

function outputHeaderCells(sheet: ExcelJS.Worksheet, headerRow: number): string[] {
  const found: string[] = [];
  sheet.getRow(headerRow).eachCell((cell) => {
    if (typeof cell.value === "string" && OUTPUT_HEADERS.has(cell.value)) found.push(cell.value);
  });
  return found;
}

describe("re-run on the reviewed output: zh-CN, then en-US", () => {
  const dir = tempDir("rerun");
  const first = join(dir, "first.xlsx");
  const second = join(dir, "second.xlsx");
  const workbook = new ExcelJS.Workbook();
  let customerCount = 0;

  beforeAll(async () => {
    const runs = [
      await runCli([
        "review",
        SAMPLE,
        "--as-of",
        SAMPLE_AS_OF,
        "--lang",
        "zh-CN",
        "--out",
        first,
        "--quiet",
      ]),
      await runCli([
        "review",
        first,
        "--as-of",
        SAMPLE_AS_OF,
        "--lang",
        "en-US",
        "--out",
        second,
        "--json",
        join(dir, "second.json"),
        "--quiet",
      ]),
    ];
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [0, ""],
      [0, ""],
    ]);
    await workbook.xlsx.readFile(second);
    const json = JSON.parse(readFileSync(join(dir, "second.json"), "utf8")) as {
      customers: unknown[];
    };
    customerCount = json.customers.length;
  }, 90_000);

  test("the customer sheet has one block of 13 output columns, in English", () => {
    // The sample's customer headers are in row 2 (a merged title above them).
    const headers = outputHeaderCells(workbook.getWorksheet("Customers") as ExcelJS.Worksheet, 2);
    const english = outputLabels("en-US", DEFAULT_POLICY).customerColumns;
    expect(headers).toEqual(CUSTOMER_OUTPUT_KEYS.map((key) => english[key]));
  });

  test("the receivables sheet has one block of 5 output columns, in English", () => {
    const headers = outputHeaderCells(workbook.getWorksheet("Receivables") as ExcelJS.Worksheet, 1);
    const english = outputLabels("en-US", DEFAULT_POLICY).receivableColumns;
    expect(headers).toEqual(RECEIVABLE_OUTPUT_KEYS.map((key) => english[key]));
  });

  test("one Aging sheet, renamed to English; no Chinese copy left", () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    const agingNames = ["en-US", "zh-CN", "zh-TW"].map(
      (locale) => outputLabels(locale as "en-US", DEFAULT_POLICY).sheets.aging
    );
    expect(names.filter((name) => agingNames.includes(name))).toEqual(["Aging"]);
    expect(new Set(names).size).toBe(names.length);
  });

  test("the Credit Log keeps both reviews: one header row and one row per customer per review", () => {
    const log = workbook.getWorksheet("Credit Log") as ExcelJS.Worksheet;
    expect(customerCount).toBe(200);
    // 1 header (written by the first review only) + 200 + 200.
    expect(log.actualRowCount).toBe(1 + 2 * customerCount);
  });
});
