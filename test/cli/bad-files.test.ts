/**
 * Every expected failure of the command: one clear sentence on stderr naming the file, sheet or
 * column, the right exit code (1 refused, 2 usage), nothing on stdout, no stack trace, and no
 * output file left behind.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { runCli, SAMPLE, SAMPLE_AS_OF, tempDir } from "./cli-harness";
import type { CliRun } from "./cli-harness";
import { zipOf } from "./zip-fixture";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE } from "../file/support/zip-builder";

const dir = tempDir("bad");

async function writeBook(
  name: string,
  sheets: Record<string, (string | number)[][]>
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets))
    workbook.addWorksheet(sheetName).addRows(rows);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

const CUSTOMERS = [
  ["Customer ID", "Customer name"],
  ["K1", "Kite Trading"],
];
const RECEIVABLES = [
  ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
  ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000],
];

/** A refusal: the given exit code, one line on stderr, nothing on stdout, no stack trace. */
function expectRefused(run: CliRun, code: 1 | 2): string {
  expect(run.stdout).toBe("");
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

describe("files that are not a usable workbook (exit 1)", () => {
  test("a missing file", async () => {
    const path = join(dir, "missing.xlsx");
    expect(expectRefused(await runCli(["review", path]), 1)).toBe(`File not found: ${path}`);
  });

  test("a text file named .xlsx", async () => {
    const path = join(dir, "ledger.xlsx");
    writeFileSync(path, "Customer ID,Amount\nC1,100\n");
    expect(expectRefused(await runCli(["review", path]), 1)).toBe(
      `${path} is not an .xlsx workbook. Open it in Excel, save it as Excel Workbook (.xlsx) and run again.`
    );
  });

  test("a truncated workbook (the first half of the sample)", async () => {
    const path = join(dir, "truncated.xlsx");
    const bytes = readFileSync(SAMPLE);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const message = expectRefused(await runCli(["review", path]), 1);
    expect(message.startsWith(`${path} is damaged and cannot be opened as a workbook: `)).toBe(
      true
    );
    expect(message).toContain("truncated");
    expect(message.endsWith(".")).toBe(true);
  });

  test("a workbook whose sheet part is missing names the file once and the part", async () => {
    const path = join(dir, "no-sheet-part.xlsx");
    const entries = packageEntries({
      sheets: [{ name: "Customers", xml: `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"/>` }],
    }).filter((entry) => entry.name !== "xl/worksheets/sheet1.xml");
    writeFileSync(path, buildZip(entries));
    expect(expectRefused(await runCli(["review", path]), 1)).toBe(
      `${path} is damaged and cannot be opened as a workbook: the part "xl/worksheets/sheet1.xml" is missing.`
    );
  });

  test("a zip bomb: 20 MB of zeros packed into about 20 KB", async () => {
    const path = join(dir, "bomb.xlsx");
    writeFileSync(
      path,
      zipOf([
        { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
        { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
        { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(20 * 1024 * 1024) },
      ])
    );
    expect(expectRefused(await runCli(["review", path]), 1)).toBe(
      `${path} would unpack far beyond its size or into too many parts; refused as unsafe (a zip bomb or a damaged file).`
    );
  });
});

describe("workbooks without what a review needs (exit 1)", () => {
  test("no receivables sheet: the expected sheet names and headers in English and both Chinese scripts", async () => {
    const path = await writeBook("no-receivables.xlsx", { Customers: CUSTOMERS });
    const out = join(dir, "no-receivables.out.xlsx");
    const message = expectRefused(await runCli(["review", path, "--out", out]), 1);
    expect(message).toBe(
      'No receivables sheet found. Name a sheet one of: "Receivables" / "应收账款" / "應收帳款". Or give a table the headers: ' +
        "Customer ID / 客户编号 / 客戶編號, Invoice No. / 发票号 / 發票號, Invoice Date / 发票日期 / 發票日期, Amount / 金额 / 金額."
    );
    expect(existsSync(out)).toBe(false);
  });

  test("a receivables sheet without its amount column, in zh-CN", async () => {
    const path = await writeBook("no-amount.xlsx", {
      Customers: CUSTOMERS,
      Receivables: RECEIVABLES.map((row) => row.slice(0, 4)),
    });
    expect(expectRefused(await runCli(["review", path, "--lang", "zh-CN"]), 1)).toBe(
      '工作表“Receivables”缺少金额列。应有如下表头之一："Amount" / "金额" / "金額"。'
    );
  });

  test("a missing file, in zh-CN", async () => {
    const path = join(dir, "缺少.xlsx");
    expect(expectRefused(await runCli(["review", path, "--lang", "zh-CN"]), 1)).toBe(
      `找不到文件：${path}`
    );
  });

  test("a policy whose weights sum to 99: the sum is named, nothing is written", async () => {
    const path = await writeBook("ok.xlsx", { Customers: CUSTOMERS, Receivables: RECEIVABLES });
    const policyPath = join(dir, "policy-99.json");
    // Payment record 12 → 11: 100 − 1 = 99.
    const factors = DEFAULT_POLICY.score.factors.map((f) =>
      f.key === "paymentRecord" ? { ...f, weight: 11 } : f
    );
    writeFileSync(
      policyPath,
      JSON.stringify({ ...DEFAULT_POLICY, score: { ...DEFAULT_POLICY.score, factors } })
    );
    const out = join(dir, "policy-99.out.xlsx");
    expect(
      expectRefused(await runCli(["review", path, "--policy", policyPath, "--out", out]), 1)
    ).toBe(
      `The policy file ${policyPath} was refused: score.factors: weights sum to 99, must sum to 100`
    );
    expect(existsSync(out)).toBe(false);
  });

  test("a policy file that is not JSON", async () => {
    const path = await writeBook("ok2.xlsx", { Customers: CUSTOMERS, Receivables: RECEIVABLES });
    const policyPath = join(dir, "policy.json");
    writeFileSync(policyPath, "{ version: CP }");
    const message = expectRefused(await runCli(["review", path, "--policy", policyPath]), 1);
    expect(message.startsWith(`The policy file ${policyPath} is not valid JSON: `)).toBe(true);
  });
});

describe("usage errors (exit 2)", () => {
  test("--out naming the input itself, even spelled another way", async () => {
    const path = await writeBook("self.xlsx", { Customers: CUSTOMERS, Receivables: RECEIVABLES });
    const before = readFileSync(path);
    const message = expectRefused(
      await runCli(["review", path, "--out", join(dir, ".", "self.xlsx")]),
      2
    );
    expect(message).toBe(
      "--out must name a new file: the workbook under review is never overwritten."
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test("--out naming a link to the input: refused when writing, the input unchanged", async () => {
    const path = await writeBook("linked.xlsx", { Customers: CUSTOMERS, Receivables: RECEIVABLES });
    const link = join(dir, "link-to-input.xlsx");
    symlinkSync(path, link);
    const before = readFileSync(path);
    const message = expectRefused(
      await runCli(["review", path, "--as-of", SAMPLE_AS_OF, "--out", link]),
      2
    );
    expect(message).toBe(
      "--out must name a new file: the workbook under review is never overwritten."
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test("a bad --as-of", async () => {
    expect(expectRefused(await runCli(["review", SAMPLE, "--as-of", "2026-02-30"]), 2)).toBe(
      '--as-of takes a date written YYYY-MM-DD, e.g. 2026-06-30 (got "2026-02-30").'
    );
  });

  test("an unknown option", async () => {
    expect(expectRefused(await runCli(["review", SAMPLE, "--colour"]), 2)).toBe(
      'Unknown option "--colour": run credit-desk --help for the list of options.'
    );
  });
});

test("an unknown --lang: a warning on stderr, then the review runs in English", async () => {
  const path = await writeBook("lang.xlsx", { Customers: CUSTOMERS, Receivables: RECEIVABLES });
  const run = await runCli([
    "review",
    path,
    "--lang",
    "fr-FR",
    "--as-of",
    SAMPLE_AS_OF,
    "--out",
    join(dir, "lang.out.xlsx"),
  ]);
  expect(run.stderr).toBe(
    'Unknown language "fr-FR": use en-US, zh-CN or zh-TW. Continuing in English.\n'
  );
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n")[0]).toBe(
    `Credit review as of ${SAMPLE_AS_OF} (policy ${DEFAULT_POLICY.version})`
  );
});

test("--help prints the usage in the chosen language and exits 0", async () => {
  const run = await runCli(["--help", "--lang", "zh-CN"]);
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n")[0]).toBe("用法：credit-desk review <工作簿.xlsx> [选项]");
});
