/**
 * The collection lines of `--json`, through the real command on a workbook built here: a
 * dispute, a kept and an open promise, worked by hand as of 2026-06-30 (default policy).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { COLLECTION_LOG_HEADERS } from "../../assets/sample/collection-log";
import type { JsonResult } from "../../src/cli/json-result";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("collections");
const book = join(dir, "book.xlsx");

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    ["Customer ID", "Customer name", "Contact person", "Letter language"],
    ["K1", "Kite Trading", "Ms Lee", "English"],
    ["K2", "Lark Ltd", "Mr Wong", "繁體中文"],
  ]);
  workbook.addWorksheet("Receivables").addRows([
    [
      "Customer ID",
      "Invoice No",
      "Invoice date",
      "Due date",
      "Amount",
      "Paid amount",
      "Paid date",
      "Disputed",
    ],
    // 90 days overdue, disputed: in the aging, off the ladder and the overdue rules.
    ["K1", "INV-1", "2026-03-02", "2026-04-01", 10000, "", "", "yes"],
    // 20 days overdue: the first letter, due since 2026-06-25 (day 15).
    ["K1", "INV-2", "2026-05-11", "2026-06-10", 5000, "", "", ""],
    // Paid on 06-24 as promised for 06-20 (+ 5 days of grace): kept.
    ["K2", "INV-3", "2026-04-01", "2026-05-01", 8000, 8000, "2026-06-24", ""],
    // 45 days overdue, promised for 07-03: held until 07-08.
    ["K2", "INV-4", "2026-04-16", "2026-05-16", 3000, "", "", ""],
  ]);
  workbook.addWorksheet("Collection Log").addRows([
    // The sample's headers but Notes: a log without its optional last column.
    COLLECTION_LOG_HEADERS.filter((header) => header !== "Notes"),
    ["2026-06-01", "K2", "INV-3", "call", "Mr Wong", "2026-06-20", 8000, "", ""],
    ["2026-06-15", "K1", "INV-1", "call", "Ms Lee", "", "", "yes", "price"],
    ["2026-06-28", "K2", "INV-4", "e-mail", "Mr Wong", "2026-07-03", "", "", ""],
  ]);
  await workbook.xlsx.writeFile(book);
});

describe("--json with a Collection Log", () => {
  let json: JsonResult;

  beforeAll(async () => {
    const jsonPath = join(dir, "result.json");
    const run = await runCli([
      "review",
      book,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      join(dir, "out.xlsx"),
      "--json",
      jsonPath,
      "-q",
    ]);
    expect(run.code).toBe(0);
    json = JSON.parse(readFileSync(jsonPath, "utf8")) as JsonResult;
  });

  const customer = (id: string) => json.customers.find((c) => c.id === id);

  test("K1: 5,000 × (1 + 20/30) × 1.5 (no grade) = 12,500; the disputed 10,000 shown apart", () => {
    expect(customer("K1")).toMatchObject({
      overdueAmount: 15000,
      maxDaysOverdue: 90,
      status: "OK",
      collectionAction: "FIRST_LETTER",
      collection: {
        priority: 12500,
        nextAction: "FIRST_LETTER",
        nextActionDue: "2026-06-25",
        disputedAmount: 10000,
        promise: null,
        brokenPromises3m: 0,
        lastContact: { date: "2026-06-15", action: "CALL", person: "Ms Lee" },
      },
    });
  });

  test("K2: 3,000 × (1 + 45/30) × 1.5 = 11,250; the open promise holds the ladder", () => {
    expect(customer("K2")).toMatchObject({
      collectionAction: "NONE",
      collection: {
        priority: 11250,
        nextAction: "CHECK_PROMISE",
        nextActionDue: "2026-07-08",
        disputedAmount: 0,
        promise: { amount: 3000, date: "2026-07-03", status: "open" },
        brokenPromises3m: 0,
        lastContact: { date: "2026-06-28", action: "EMAIL", person: "Mr Wong" },
      },
    });
  });

  test("the worklist totals: 2 customers, 18,000 overdue, 10,000 disputed, 3,000 promised", () => {
    expect(json.collections).toEqual({
      customers: 2,
      overdueAmount: 18000,
      disputedAmount: 10000,
      promisedAmount: 3000,
    });
  });
});
