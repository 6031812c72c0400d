/**
 * The sentences of problems the workbook reader makes, worded from their code, place, value and
 * params: the reader's own tests assert those facts, and this file holds the words they become
 * (the facts below are the ones those tests check).
 */
import type { Problem, ProblemPlace } from "../../src/engine/types";
import { problemMessage } from "../../src/i18n/problem-messages";

function problem(
  code: string,
  place: Partial<ProblemPlace> & { sheet: string },
  value: string | null,
  params: Problem["params"]
): Problem {
  return {
    code,
    severity: "warning",
    place: { row: null, cell: null, header: null, field: null, ...place },
    value,
    params,
  };
}

const HISTORY = "Aging History";
const KEPT = { consequence: "historyRowKept" };

describe("reader problems in words", () => {
  test.each<[string, Problem, string]>([
    [
      "a bucket that is not a number",
      problem(
        "NOT_A_NUMBER",
        { sheet: HISTORY, row: 4, cell: "L4", header: "bucket 2" },
        "lots",
        KEPT
      ),
      'Aging History!L4 (bucket 2) "lots": not a number; the row is kept as it is and not used in the history',
    ],
    [
      "other bucket edges than the review's first row",
      problem(
        "LOG_ROW_UNREADABLE",
        { sheet: HISTORY, row: 6, cell: "J6", header: "edges" },
        "0,30,60",
        { ...KEPT, firstRow: 5, variant: "historyEdgesDiffer" }
      ),
      'Aging History!J6 (edges) "0,30,60": other bucket edges than row 5 of the same review; the row is kept as it is and not used in the history',
    ],
    [
      "a negative amount",
      problem(
        "NEGATIVE_NUMBER",
        { sheet: HISTORY, row: 3, cell: "G3", header: "dead" },
        "-5",
        KEPT
      ),
      'Aging History!G3 (dead) "-5": must not be negative; the row is kept as it is and not used in the history',
    ],
    [
      "an absurd limit",
      problem(
        "NUMBER_TOO_LARGE",
        { sheet: HISTORY, row: 3, cell: "E3", header: "creditLimit" },
        "1e+300",
        KEPT
      ),
      'Aging History!E3 (creditLimit) "1e+300": too large to be an amount; the row is kept as it is and not used in the history',
    ],
    [
      "a customer twice in one review",
      problem(
        "LOG_ROW_UNREADABLE",
        { sheet: HISTORY, row: 4, cell: "B4", header: "customerId" },
        "00123",
        { ...KEPT, firstRow: 3, variant: "historyDuplicate" }
      ),
      'Aging History!B4 (customerId) "00123": the customer is already on row 3 of the same review; the row is kept as it is and not used in the history',
    ],
    [
      "a missing receivables sheet",
      problem("SHEET_MISSING", { sheet: "" }, null, {
        sheetRole: "receivables",
        names: '"Receivables" / "应收账款" / "應收賬款"',
        headers:
          "Customer ID / 客户编号 / 客戶編號, Invoice No / 发票号 / 發票號, Invoice date / 开票日期 / 開票日期, Amount / 金额 / 金額",
      }),
      'No receivables sheet found. Name a sheet "Receivables" / "应收账款" / "應收賬款", or give a table the headers ' +
        "Customer ID / 客户编号 / 客戶編號, Invoice No / 发票号 / 發票號, Invoice date / 开票日期 / 開票日期, Amount / 金额 / 金額.",
    ],
    [
      "a rating that is not a number",
      problem(
        "NOT_A_NUMBER",
        { sheet: "Customers", row: 2, cell: "C2", header: "Payment record" },
        "good",
        { consequence: "valueIgnored" }
      ),
      'Customers!C2 (Payment record) "good": not a number; the value is not used',
    ],
    [
      "hidden rows read as data",
      problem("HIDDEN_ROWS", { sheet: "Receivables" }, null, { count: 2 }),
      "Receivables: 2 hidden or filtered rows were included (they are data).",
    ],
    [
      "rows below the table",
      problem("ROWS_BELOW_TABLE", { sheet: "Customers" }, null, { rows: "6–7" }),
      "Customers: rows 6–7 below the table were not read (after a blank row, they are not table data).",
    ],
    [
      "one row below the table",
      problem("ROWS_BELOW_TABLE", { sheet: "Receivables" }, null, { rows: "7", variant: "one" }),
      "Receivables: row 7 below the table was not read (after a blank row, it is not table data).",
    ],
    [
      "a totals line",
      problem("TOTAL_ROW_SKIPPED", { sheet: "Receivables" }, null, { rows: "7", variant: "one" }),
      "Receivables: row 7 looks like a totals line and was skipped.",
    ],
    [
      "a payments sheet that is not the orders sheet",
      problem("ORDERS_SHEET_NOT_USED", { sheet: "Payments 2025" }, null, {}),
      "Payments 2025: not read as the orders sheet (it has no order date and amount columns); the review runs without an orders sheet.",
    ],
    [
      "an invoice of a customer not on the customer sheet",
      problem(
        "UNKNOWN_CUSTOMER",
        { sheet: "Receivables", row: 3, cell: "B3", header: "Customer ID", field: "customerId" },
        "K9",
        { variant: "invoice" }
      ),
      'Receivables!B3 (Customer ID) "K9": customer "K9" is not on the customer sheet; the invoice is still aged under that id.',
    ],
  ])("%s", (_case, reported, sentence) => {
    expect(problemMessage(reported, "en-US")).toBe(sentence);
  });

  test("the same facts in Chinese", () => {
    expect(
      problemMessage(
        problem("ORDERS_SHEET_NOT_USED", { sheet: "Payments 2025" }, null, {}),
        "zh-TW"
      )
    ).toBe("Payments 2025：未作為訂單表讀取（沒有訂單日期和金額欄）；本次評審按沒有訂單表進行。");
    const groupTitles = problem("GROUP_HEADER_ROW", { sheet: "Receivables" }, null, {
      groupRow: 1,
      titles: '"Invoice", "Amounts"',
      headerRow: 2,
    });
    expect(problemMessage(groupTitles, "en-US")).toBe(
      'Receivables: row 1 above the headers holds group titles ("Invoice", "Amounts"); it was read as titles, not data, with the headers of row 2 under them.'
    );
    expect(problemMessage(groupTitles, "zh-CN")).toBe(
      'Receivables：表头上方第 1 行是分组标题（"Invoice", "Amounts"）；已作为标题而非数据读取，与其下第 2 行的表头合并。'
    );
  });
});
