/**
 * Every command and option of `credit-desk` with its exit code: 0 done, 1 refused, 2 usage.
 * A usage error is one sentence in the chosen language on stderr, with nothing on stdout.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { CREDIT_DESK_VERSION } from "../../src/cli/version";
import { usageText } from "../../src/i18n";
import { ROOT, runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("commands");
const book = join(dir, "book.xlsx");
const out = (name: string) => join(dir, name);

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer ID", "Customer name"],
    ["K1", "Kite Trading"],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
    ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000],
  ]);
  await workbook.xlsx.writeFile(book);
});

describe("--version, --help and no arguments", () => {
  test("--version prints the package's version and exits 0", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(CREDIT_DESK_VERSION).toBe(pkg.version);
    expect(await runCli(["--version"])).toEqual({
      code: 0,
      stdout: `credit-desk ${pkg.version}\n`,
      stderr: "",
    });
  });

  test.each([[["--help"]], [["-h"]], [["review", "--help"]], [["policy", "-h"]]])(
    "%j prints the usage on stdout and exits 0",
    async (argv) => {
      expect(await runCli(argv)).toEqual({
        code: 0,
        stdout: `${usageText("en-US")}\n`,
        stderr: "",
      });
    }
  );

  test("no arguments prints the usage on stderr and exits 2, as the README says", async () => {
    const run = await runCli([]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toBe(`${usageText("en-US")}\n`);
    expect(run.stderr).toContain("credit-desk policy --export [--from reviewed.xlsx]");
    expect(run.stderr).toContain("  --version            print the version");
  });

  test("no command but --lang zh-TW: the usage in Traditional Chinese, exit 2", async () => {
    const run = await runCli(["--lang", "zh-TW"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("用法：credit-desk review <活頁簿.xlsx> [選項]");
  });
});

describe("each option of review, used well (exit 0)", () => {
  test("--as-of, --out and --json: the date heads the summary, both files are written", async () => {
    const run = await runCli([
      "review",
      book,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      out("a.xlsx"),
      "--json",
      out("a.json"),
    ]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.split("\n")[0]).toBe(
      `Credit review as of ${SAMPLE_AS_OF} (policy CP-2026.1)`
    );
    expect(existsSync(out("a.xlsx"))).toBe(true);
    expect(JSON.parse(readFileSync(out("a.json"), "utf8"))).toMatchObject({ asOf: SAMPLE_AS_OF });
  });

  test("-q prints nothing when the input has no problems", async () => {
    const run = await runCli(["review", book, "-q", "--out", out("q.xlsx")]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  test("--lang zh-CN: the summary in Simplified Chinese", async () => {
    const run = await runCli(["review", book, "--lang", "zh-CN", "--out", out("zh.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("已评审客户");
  });

  test("a payments sheet is not taken for orders: the review runs on the customers' unshipped orders", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Customers").addRows([
      ["Customer ID", "Customer name", "Unshipped orders"],
      ["K1", "Kite Trading", 2500],
    ]);
    workbook.addWorksheet("Receivables").addRows([
      ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid"],
      ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000, 200],
    ]);
    workbook.addWorksheet("Payments 2025").addRows([
      ["Date", "Customer ID", "Amount paid"],
      ["2026-05-02", "K1", 200],
    ]);
    const paymentsBook = out("payments.xlsx");
    await workbook.xlsx.writeFile(paymentsBook);
    const run = await runCli([
      "review",
      paymentsBook,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      out("payments.reviewed.xlsx"),
      "--json",
      out("payments.json"),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Payments 2025: not read as the orders sheet");
    const result = JSON.parse(readFileSync(out("payments.json"), "utf8")) as {
      customers: { id: string; exposure: number }[];
    };
    // 1,000 − 200 paid = 800 open, + 2,500 unshipped on the customer sheet (CREDIT-POLICY §11).
    expect(result.customers.map((c) => [c.id, c.exposure])).toEqual([["K1", 3300]]);
  });

  test("--no-orders: a real orders sheet is not read, exposure uses the customer sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Customers").addRows([
      ["Customer ID", "Customer name", "Unshipped orders"],
      ["K1", "Kite Trading", 2500],
    ]);
    workbook.addWorksheet("Receivables").addRows([
      ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"],
      ["K1", "INV-1", "2026-04-21", "2026-05-21", 1000],
    ]);
    workbook.addWorksheet("Orders").addRows([
      ["Customer ID", "Order date", "Amount", "Shipped"],
      ["K1", "2026-05-02", 700, "N"],
    ]);
    const ordersBook = out("orders.xlsx");
    await workbook.xlsx.writeFile(ordersBook);
    const exposure = async (extra: string[], name: string) => {
      const json = out(`${name}.json`);
      const args = ["review", ordersBook, "--as-of", SAMPLE_AS_OF, "-q", "--json", json];
      const run = await runCli([...args, "--out", out(`${name}.xlsx`), ...extra]);
      expect(run.code).toBe(0);
      const result = JSON.parse(readFileSync(json, "utf8")) as {
        customers: { exposure: number }[];
      };
      return result.customers[0].exposure;
    };
    expect(await exposure([], "with-orders")).toBe(1700); // 1,000 open + 700 unshipped ordered
    expect(await exposure(["--no-orders"], "no-orders")).toBe(3500); // 1,000 open + 2,500
  });

  test("--policy with the exported defaults", async () => {
    const exported = await runCli(["policy", "--export"]);
    const policyFile = out("policy.json");
    writeFileSync(policyFile, exported.stdout);
    const run = await runCli(["review", book, "--policy", policyFile, "--out", out("p.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Policy from ${policyFile}`);
  });
});

test.each([
  ["en-US", 'Unknown option "--bogus": run credit-desk --help for the list of options.'],
  ["zh-CN", "未知选项“--bogus”：运行 credit-desk --help 查看所有选项。"],
  ["zh-TW", "未知選項「--bogus」：執行 credit-desk --help 查看所有選項。"],
])(
  "an unknown option is one sentence naming it and pointing to --help (%s)",
  async (lang, sentence) => {
    const run = await runCli(["review", "b.xlsx", "--lang", lang, "--bogus"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${sentence}\n`);
    // One sentence: its only full stop is the last character.
    const stops = [...sentence].filter((character) => character === "." || character === "。");
    expect(stops).toHaveLength(1);
  }
);

describe("usage errors: one sentence in the chosen language, exit 2", () => {
  test.each([
    [
      ["check", "b.xlsx"],
      'Unknown command "check". The commands are: credit-desk review <workbook.xlsx> and credit-desk policy --export.',
    ],
    [["review"], "Name the workbook to review: credit-desk review <workbook.xlsx>"],
    [
      ["review", "b.xlsx", "--colour"],
      'Unknown option "--colour": run credit-desk --help for the list of options.',
    ],
    [
      ["review", "b.xlsx", "-x"],
      'Unknown option "-x": run credit-desk --help for the list of options.',
    ],
    [
      ["review", "b.xlsx", "--out"],
      "Option --out needs a value (a value starting with - is written --out=value). Run credit-desk --help for the list of options.",
    ],
    [
      ["review", "b.xlsx", "--out", "--json", "r.json"],
      "Option --out needs a value (a value starting with - is written --out=value). Run credit-desk --help for the list of options.",
    ],
    [
      ["review", "b.xlsx", "--lang", "--quiet"],
      "Option --lang needs a value (a value starting with - is written --lang=value). Run credit-desk --help for the list of options.",
    ],
    [
      ["review", "b.xlsx", "--quiet=yes"],
      "Option --quiet takes no value. Run credit-desk --help for the list of options.",
    ],
    [
      ["review", "b.xlsx", "--no-orders=yes"],
      "Option --no-orders takes no value. Run credit-desk --help for the list of options.",
    ],
    [
      ["policy", "--export", "--no-orders"],
      "Option --no-orders does not belong to the policy command. Run credit-desk --help for the list of options.",
    ],
    [
      ["review", "b.xlsx", "--from", "x.xlsx"],
      "Option --from does not belong to the review command. Run credit-desk --help for the list of options.",
    ],
    [
      ["policy", "--export", "--json", "p.json"],
      "Option --json does not belong to the policy command. Run credit-desk --help for the list of options.",
    ],
    [
      ["review", "a.xlsx", "b.xlsx"],
      'Unexpected argument "b.xlsx". Run credit-desk --help for the list of options.',
    ],
    [
      ["policy", "--export", "book.xlsx"],
      'Unexpected argument "book.xlsx". Run credit-desk --help for the list of options.',
    ],
    [
      ["policy"],
      "The policy command prints a policy: credit-desk policy --export [--from reviewed.xlsx] > policy.json",
    ],
    [
      ["review", "b.xlsx", "--as-of", "2026-13-01"],
      '--as-of takes a date written YYYY-MM-DD, e.g. 2026-06-30 (got "2026-13-01").',
    ],
  ])("%j", async (argv, sentence) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: "", stderr: `${sentence}\n` });
  });

  test.each([
    ["zh-CN", "未知选项“--colour”：运行 credit-desk --help 查看所有选项。"],
    ["zh-TW", "未知選項「--colour」：執行 credit-desk --help 查看所有選項。"],
  ])("an unknown option in %s", async (lang, sentence) => {
    expect(await runCli(["review", "b.xlsx", "--colour", "--lang", lang])).toEqual({
      code: 2,
      stdout: "",
      stderr: `${sentence}\n`,
    });
  });

  test("a value that starts with - is accepted written --out=value", async () => {
    const run = await runCli(["review", book, "-q", `--out=${join(dir, "-dash.xlsx")}`]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "-dash.xlsx"))).toBe(true);
  });
});

describe("refusals: exit 1", () => {
  test("--policy naming a missing file", async () => {
    const missing = out("missing-policy.json");
    expect(await runCli(["review", book, "--policy", missing])).toEqual({
      code: 1,
      stdout: "",
      stderr: `File not found: ${missing}\n`,
    });
  });

  test("--from naming a file that is not a workbook", async () => {
    const notBook = join(ROOT, "package.json");
    const run = await runCli(["policy", "--export", "--from", notBook]);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(run.stderr.startsWith(`${notBook} is not an .xlsx workbook.`)).toBe(true);
  });
});
