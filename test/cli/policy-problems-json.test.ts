/**
 * The problems of the user's Policy sheet reach `--json` as they reach the printed summary: a key
 * given twice and a misspelt key, each in a workbook built here (three customers, one invoice,
 * the default policy written out as Key / Value rows and then edited by hand).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { JsonResult } from "../../src/cli/json-result";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { policyToRows, type PolicyRow } from "../../src/workbook/policy-rows";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("policy-json");
/** The default policy's rows start on row 2, under the Key / Value header. */
const POLICY_ROWS = policyToRows(DEFAULT_POLICY);
const MULTIPLIER_KEY = "limit.bands.1.multiplier";

async function reviewJson(name: string, policyRows: PolicyRow[]) {
  const book = join(dir, `${name}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer ID", "Customer name", "Payment record"],
    ["K1", "Kite Trading", 10],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ["K1", "INV-1", "2026-06-01", "2026-07-01", 1000],
  ]);
  workbook.addWorksheet("Policy").addRows([["Key", "Value"], ...policyRows]);
  await workbook.xlsx.writeFile(book);
  const jsonPath = join(dir, `${name}.json`);
  const run = await runCli([
    "review",
    book,
    "--as-of",
    SAMPLE_AS_OF,
    "--out",
    join(dir, `${name}.out.xlsx`),
    "--json",
    jsonPath,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const json = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonResult;
  return { json, stdout: run.stdout };
}

describe("--json lists the Policy sheet's problems", () => {
  test("a key given twice: the warning names the second row, in the JSON as in the summary", async () => {
    const rows: PolicyRow[] = [...POLICY_ROWS, [MULTIPLIER_KEY, 9]];
    // Header on row 1, then every default row, then the repeat.
    const repeatRow = rows.length + 1;
    const { json, stdout } = await reviewJson("twice", rows);
    const message = `Policy!A${repeatRow} "${MULTIPLIER_KEY}": the key appears twice; the first row is used`;
    expect(json.problems).toEqual([
      {
        code: "POLICY_VALUE",
        severity: "warning",
        place: {
          sheet: "Policy",
          row: repeatRow,
          cell: `A${repeatRow}`,
          header: null,
          field: null,
        },
        value: MULTIPLIER_KEY,
        params: { variant: "duplicateKey" },
        message,
      },
    ]);
    expect(stdout).toContain(message);
  });

  test("a misspelt key: both the unknown key and the band it leaves incomplete", async () => {
    const misspeltIndex = POLICY_ROWS.findIndex(([key]) => key === MULTIPLIER_KEY);
    expect(misspeltIndex).toBeGreaterThanOrEqual(0);
    const rows = POLICY_ROWS.map((row, i): PolicyRow =>
      i === misspeltIndex ? ["limit.bands.1.multipler", row[1]] : row
    );
    const { json, stdout } = await reviewJson("misspelt", rows);
    const messages = json.problems.map((problem) => problem.message);
    expect(messages).toEqual([
      "Policy: limit.bands: limit.bands.1.multiplier is missing; the default list is kept",
      `Policy!A${misspeltIndex + 2} "limit.bands.1.multipler": unknown policy key; the row is ignored`,
    ]);
    expect(json.problems.every((problem) => problem.severity === "warning")).toBe(true);
    for (const message of messages) expect(stdout).toContain(message);
  });
});
