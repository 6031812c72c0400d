/**
 * Amounts a review cannot add exactly are refused before anything is reviewed or written: the
 * sum of the ledger's absolute amounts and paid amounts, in cents, must stay within
 * Number.MAX_SAFE_INTEGER = 9,007,199,254,740,991 (90,071,992,547,409.91 in currency units).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { serialFromIso } from "../../src/engine/dates";
import { refusalFailure } from "../../src/cli/failure";
import { cliTranslator } from "../../src/i18n/cli-messages";
import { prepareReview } from "../../src/workbook/prepare-review";
import { englishReviewOptions } from "../support/review-options";
import { sheet, workbook } from "../workbook/read/raw-fixtures";
import type { RawCell, RawWorkbook } from "../../src/workbook/raw";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const INVOICED = serialFromIso("2026-06-01");
const DUE = serialFromIso("2026-06-20");
const HEADERS = ["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount", "Paid amount"];

/** The attacked ledger: 60,000,000,000,000.01 + 60,000,000,000,000.02 + 100.10 (0.10 paid). */
const TOO_LARGE: [number, number][] = [
  [60_000_000_000_000.01, 0],
  [60_000_000_000_000.02, 0],
  [100.1, 0.1],
];
/** 2 × 45,035,996,273,704.75 + 0.41 = 9,007,199,254,740,991 cents: the bound itself (.75 is exact in binary). */
const AT_THE_BOUND: [number, number][] = [
  [45_035_996_273_704.75, 0],
  [45_035_996_273_704.75, 0],
  [0.41, 0],
];

function book(amounts: [number, number][]): RawWorkbook {
  const ledger: RawCell[][] = [
    HEADERS,
    ...amounts.map(([amount, paid], i) => ["C1", `I${i + 1}`, INVOICED, DUE, amount, paid]),
  ];
  return workbook([
    sheet("Customers", [
      ["Customer ID", "Customer name"],
      ["C1", "Kite Trading"],
    ]),
    sheet("Receivables", ledger),
  ]);
}

const options = englishReviewOptions(serialFromIso(SAMPLE_AS_OF));

describe("a ledger whose amounts add up beyond exact cents is refused", () => {
  test("the attacked ledger is refused through prepareReview, naming sheet, column and limit", async () => {
    const outcome = await prepareReview(book(TOO_LARGE), options);
    expect(outcome.kind).toBe("refused");
    if (outcome.kind !== "refused") return;
    expect(outcome.refusal).toEqual({
      code: "AMOUNTS_TOO_LARGE",
      severity: "error",
      place: { sheet: "Receivables", column: "E", cell: null },
      params: {
        sheet: "Receivables",
        column: "E",
        header: "Amount",
        limit: "90,071,992,547,409.91",
      },
    });
    expect(refusalFailure(outcome.refusal, cliTranslator("en-US"), "en-US", null).message).toBe(
      'Sheet "Receivables": the amounts of column E (Amount) add up to more than 90,071,992,547,409.91, the largest sum a review adds exactly. Nothing was written: review the ledger in parts, or check the amounts for a typing error.'
    );
    expect(
      refusalFailure(outcome.refusal, cliTranslator("zh-CN"), "zh-CN", null).message
    ).toContain("90,071,992,547,409.91");
  });

  test("a ledger that adds up to the bound itself is reviewed and totalled exactly", async () => {
    const outcome = await prepareReview(book(AT_THE_BOUND), options);
    expect(outcome.kind).toBe("ready");
    if (outcome.kind !== "ready") return;
    expect(outcome.result.aging.net).toBe(9_007_199_254_740_991);
  });

  test("the command refuses with exit 1 and writes neither the review nor the JSON", async () => {
    const dir = tempDir("too-large");
    const input = join(dir, "ledger.xlsx");
    const workbook = new ExcelJS.Workbook();
    const customers = workbook.addWorksheet("Customers");
    customers.addRows([
      ["Customer ID", "Customer name"],
      ["C1", "Kite Trading"],
    ]);
    const receivables = workbook.addWorksheet("Receivables");
    receivables.addRow(HEADERS);
    TOO_LARGE.forEach(([amount, paid], i) =>
      receivables.addRow([
        "C1",
        `I${i + 1}`,
        new Date(Date.UTC(2026, 5, 1)),
        new Date(Date.UTC(2026, 5, 20)),
        amount,
        paid,
      ])
    );
    await workbook.xlsx.writeFile(input);
    const out = join(dir, "out.xlsx");
    const json = join(dir, "out.json");
    const run = await runCli([
      "review",
      input,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      out,
      "--json",
      json,
      "--quiet",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("add up to more than 90,071,992,547,409.91");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
  });
});
