/** The command's words in three languages, its arguments, its language choice and its output path. */
import fc from "fast-check";
import { basename, dirname, join } from "node:path";
import { parseCommandLine } from "../../src/cli/args";
import { chooseLocale } from "../../src/cli/cli-locale";
import { CLI_CATALOGS, cliTranslator as cliWords } from "../../src/i18n/cli-messages";
import { defaultOutputPath } from "../../src/cli/output-paths";
import { reviewedFileName } from "../../src/workbook/reviewed-file-name";
import { catalogProblems } from "../../src/i18n";
import { problemLines } from "../../src/cli/summary";
import { PROBLEM_CODES, rowProblem } from "../../src/engine/problems";

test("every word of the command exists in zh-CN and zh-TW with the same placeholders as English", () => {
  expect(catalogProblems(CLI_CATALOGS)).toEqual([]);
});

test("words are filled in the chosen language", () => {
  expect(cliWords("zh-CN")("summary.customersReviewed")).toBe("已评审客户");
  expect(cliWords("zh-TW")("file.notFound", { file: "a.xlsx" })).toContain("a.xlsx");
  expect(cliWords("en-US")("file.notFound", { file: "a.xlsx" })).toBe("File not found: a.xlsx");
});

describe("parseCommandLine", () => {
  test("a full review command", () => {
    expect(
      parseCommandLine([
        "review",
        "book.xlsx",
        "--as-of",
        "2026-06-30",
        "--policy",
        "p.json",
        "--compare-policy",
        "q.json",
        "--out",
        "o.xlsx",
        "--json",
        "r.json",
        "--letters",
        "letters",
        "--company",
        "Credit Desk Co.",
        "--lang",
        "zh-CN",
        "-q",
        "--map",
        "id=Cust No",
        "--mapping",
        "m.json",
        "--no-orders",
        "--map",
        "orders.shipped=Sent",
      ])
    ).toEqual({
      command: "review",
      workbook: "book.xlsx",
      asOf: "2026-06-30",
      policyPath: "p.json",
      comparePolicyPath: "q.json",
      outPath: "o.xlsx",
      jsonPath: "r.json",
      lettersDir: "letters",
      company: "Credit Desk Co.",
      mapChoices: {
        customers: { id: { header: "Cust No" } },
        orders: { shipped: { header: "Sent" } },
      },
      mappingPath: "m.json",
      lang: "zh-CN",
      quiet: true,
      noOrders: true,
    });
  });

  test.each([
    [["review", "b.xlsx", "--as-of", "30/06/2026"], "BAD_DATE"],
    [["review", "b.xlsx", "--as-of", "2026-02-30"], "BAD_DATE"], // no 30 February
    [["review", "b.xlsx", "--as-of", "1900-02-28"], "BAD_DATE"], // before Excel's 1900 leap-year bug settles
    [["review"], "MISSING_WORKBOOK"],
    [["check", "b.xlsx"], "UNKNOWN_COMMAND"],
    [["review", "b.xlsx", "--colour"], "UNKNOWN_OPTION"],
    [["review", "a.xlsx", "b.xlsx"], "UNEXPECTED_ARGUMENT"],
    [["review", "b.xlsx", "--map"], "MISSING_VALUE"],
    [["review", "b.xlsx", "--map", "id"], "MAP_MALFORMED"],
    [["review", "b.xlsx", "--mapping"], "MISSING_VALUE"],
    [["policy", "--export", "--map", "id=A"], "WRONG_COMMAND"],
  ])("%j is a usage error %s", (argv, code) => {
    expect(parseCommandLine(argv)).toMatchObject({ command: "error", code });
  });

  test("no arguments asks for the usage as an error; --help asks for it as help", () => {
    expect(parseCommandLine([])).toEqual({ command: "usage", lang: null });
    expect(parseCommandLine(["review", "--help", "--lang", "zh-TW"])).toEqual({
      command: "help",
      lang: "zh-TW",
    });
  });
});

describe("chooseLocale", () => {
  test.each([
    [null, "en-US", true],
    ["zh-CN", "zh-CN", true],
    ["zh_tw", "zh-TW", true],
    ["zh-Hant-HK", "zh-TW", true],
    ["en-GB", "en-US", true],
    ["fr-FR", "en-US", false],
    ["klingon", "en-US", false],
  ])("--lang %s → %s (known: %s)", (tag, locale, known) => {
    expect(chooseLocale(tag)).toEqual({ locale, known });
  });
});

describe("output paths", () => {
  test("the reviewed copy sits beside the input", () => {
    expect(defaultOutputPath("data/ledger.xlsx")).toBe("data/ledger.reviewed.xlsx");
    expect(defaultOutputPath("Ledger.XLSX")).toBe("Ledger.reviewed.xlsx");
    expect(defaultOutputPath("/tmp/book")).toBe("/tmp/book.reviewed.xlsx");
  });

  test("property: the default output is named as the pane names its download, and is never the input", () => {
    const fileName = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((name) => !name.includes("/") && name !== "." && name !== "..");
    fc.assert(
      fc.property(fileName, fc.constantFrom("", ".xlsx", ".XLSX", ".xls"), (stem, ending) => {
        const input = join("data", `${stem}${ending}`);
        const output = defaultOutputPath(input);
        expect(dirname(output)).toBe(dirname(input));
        expect(basename(output)).toBe(reviewedFileName(basename(input)));
        expect(output.toLowerCase()).not.toBe(input.toLowerCase());
      })
    );
  });
});

describe("problem lines of the summary", () => {
  const overpaid = rowProblem(
    { sheet: "应收账款", row: 63 },
    "Receivables",
    "paid",
    -49802,
    PROBLEM_CODES.unappliedCredit,
    { variant: "overpayment" }
  );

  test("zh-CN prints the Chinese sentence, not the English message; an overpayment is not a problem", () => {
    const lines = problemLines([overpaid], cliWords("zh-CN"), "zh-CN");
    expect(lines[0]).toBe("输入数据中未发现问题。");
    expect(lines[1]).toBe("供参考（不属于问题）：1 个");
    expect(lines).toContain(
      "  - 应收账款，第 63 行，paid 列：超额付款（已付金额超过发票金额）；列为未核销贷项，不计入账龄区间。"
    );
    expect(lines.join("\n")).not.toContain("overpayment");
  });

  test("en-US prints the English sentence of the same problem", () => {
    expect(problemLines([overpaid], cliWords("en-US"), "en-US")).toContain(
      "  - 应收账款, row 63, column paid: an overpayment (paid more than the amount); shown as an unapplied credit, apart from the aging buckets."
    );
  });
});
