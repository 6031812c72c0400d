/**
 * The collection input: the Collection Log sheet and the optional dispute / promise / contact
 * columns, found by their headers in English, Simplified and Traditional Chinese; bad values
 * are reported by sheet, row and column.
 */
import { COLLECTION_LOG_HEADERS } from "../../../assets/sample/collection-log";
import { headerSynonyms } from "../../../src/i18n/headers";
import type { RawCell, RawSheet } from "../../../src/workbook/raw";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { SERIAL, sheet, workbook } from "./raw-fixtures";

const D = SERIAL;

function read(sheets: RawSheet[]) {
  return readWorkbook(workbook(sheets), headerSynonyms());
}

const customers = (headers: RawCell[], ...rows: RawCell[][]) =>
  sheet("Customers", [headers, ...rows]);

const RECEIVABLES = sheet("Receivables", [
  [
    "Customer ID",
    "Invoice No",
    "Invoice date",
    "Amount",
    "Disputed",
    "Dispute reason",
    "Promised date",
  ],
  ["C1", "INV-1", D["2026-01-31"], 1000, "yes", "wrong price", D["2026-06-30"]],
  ["C1", "INV-2", D["2026-03-05"], 500, "maybe", "", ""],
]);

describe("optional receivable and customer columns", () => {
  test("Disputed, Dispute reason and Promised date are read; an unreadable mark is named", () => {
    const result = read([customers(["Customer ID", "Name"], ["C1", "Acme"]), RECEIVABLES]);
    const [first, second] = result.input.receivables;
    expect(first).toMatchObject({
      disputed: true,
      disputeReason: "wrong price",
      promisedDate: D["2026-06-30"],
    });
    expect(second.disputed).toBeUndefined();
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        place: expect.objectContaining({ sheet: "Receivables", row: 3, header: "Disputed" }),
        value: "maybe",
        code: "NOT_YES_NO",
      })
    );
  });

  test("contact columns in Chinese; a letter language that is not one of the three is named", () => {
    const result = read([
      customers(
        ["客户编号", "客户名称", "联系人", "邮箱", "电话", "地址", "函件语言"],
        ["C1", "甲公司", "王经理", "wang@example.com", "021-5555", "上海市", "简体中文"],
        ["C2", "乙公司", "李经理", "", "", "", "Klingon"]
      ),
      RECEIVABLES,
    ]);
    const [c1, c2] = result.input.customers;
    expect(c1.contact).toEqual({
      person: "王经理",
      email: "wang@example.com",
      phone: "021-5555",
      address: "上海市",
      letterLanguage: "zh-CN",
    });
    expect(c2.contact).toEqual({ person: "李经理" });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        place: expect.objectContaining({ sheet: "Customers", row: 3, header: "函件语言" }),
        value: "Klingon",
        code: "UNKNOWN_WORD",
      })
    );
  });
});

describe("the Collection Log sheet", () => {
  const base = [customers(["Customer ID", "Name"], ["C1", "Acme"]), RECEIVABLES];

  test("read by its English headers: every field of a line", () => {
    const log = sheet("Collection Log", [
      [...COLLECTION_LOG_HEADERS],
      [D["2026-03-05"], "C1", "INV-1", "Call", "Ms Lee", D["2026-04-30"], 600, "no", "", "agreed"],
      [D["2026-06-30"], "C1", "", "e-mail", "", "", "", "", "", ""],
    ]);
    const result = read([...base, log]);
    expect(result.input.collectionLog).toEqual([
      {
        date: D["2026-03-05"],
        customerId: "C1",
        invoiceNo: "INV-1",
        action: "CALL",
        person: "Ms Lee",
        promisedDate: D["2026-04-30"],
        promisedAmount: 60000,
        disputed: false,
        notes: "agreed",
        source: { sheet: "Collection Log", row: 2 },
      },
      {
        date: D["2026-06-30"],
        customerId: "C1",
        action: "EMAIL",
        source: { sheet: "Collection Log", row: 3 },
      },
    ]);
  });

  test("read by Traditional Chinese headers on a sheet named 催收記錄", () => {
    const log = sheet("催收記錄", [
      ["日期", "客戶編號", "發票號", "催收方式", "承諾付款日", "承諾金額", "爭議"],
      [D["2026-03-05"], "C1", "INV-2", "拜訪", D["2026-04-30"], 500, "是"],
    ]);
    const entry = read([...base, log]).input.collectionLog?.[0];
    expect(entry).toMatchObject({
      customerId: "C1",
      invoiceNo: "INV-2",
      action: "VISIT",
      promisedAmount: 50000,
      disputed: true,
    });
  });

  test("a bad promised date leaves the line out, named by sheet, row and column", () => {
    const log = sheet("Collection Log", [
      ["Date", "Customer ID", "Promised date", "Action"],
      [D["2026-03-05"], "C1", "next week", "call"],
      [D["2026-03-05"], "C1", D["2026-04-30"], "fax"],
      ["", "C1", "", "call"],
    ]);
    const result = read([...base, log]);
    expect(result.input.collectionLog).toEqual([
      {
        date: D["2026-03-05"],
        customerId: "C1",
        promisedDate: D["2026-04-30"],
        source: { sheet: "Collection Log", row: 3 },
      },
    ]);
    const places = result.problems
      .filter((p) => p.place.sheet === "Collection Log")
      .map((p) => [p.place.row, p.place.header, p.code]);
    expect(places).toEqual([
      [2, "Promised date", "NOT_A_DATE"],
      [3, "Action", "UNKNOWN_WORD"],
      [4, "Date", "MISSING_VALUE"],
    ]);
  });

  test("a negative promised amount leaves the line out, named by sheet, row and column", () => {
    const log = sheet("Collection Log", [
      ["Date", "Customer ID", "Promised date", "Promised amount"],
      [D["2026-03-05"], "C1", D["2026-04-30"], -500],
      [D["2026-03-05"], "C1", D["2026-04-30"], 500],
    ]);
    const result = read([...base, log]);
    expect(result.input.collectionLog).toEqual([
      {
        date: D["2026-03-05"],
        customerId: "C1",
        promisedDate: D["2026-04-30"],
        promisedAmount: 50_000,
        source: { sheet: "Collection Log", row: 3 },
      },
    ]);
    expect(
      result.problems
        .filter((p) => p.place.sheet === "Collection Log")
        .map((p) => [p.place.row, p.place.header, p.value, p.code])
    ).toEqual([[2, "Promised amount", "-500", "NEGATIVE_NUMBER"]]);
  });

  test("a line on an invoice the ledger lacks for that customer is not applied, named by cell", () => {
    // INV-1 is C1's; INV-9 is nobody's; C2 has no INV-1. A blank invoice is the whole customer.
    const twoCustomers = customers(["Customer ID", "Name"], ["C1", "Acme"], ["C2", "Beta"]);
    const log = sheet("Collection Log", [
      ["Date", "Customer ID", "Invoice No", "Disputed"],
      [D["2026-03-05"], "C1", "INV-1", "yes"],
      [D["2026-03-05"], "C1", "INV-9", "yes"],
      [D["2026-03-05"], "C2", "INV-1", "yes"],
      [D["2026-03-05"], "C2", "", "yes"],
    ]);
    const result = read([twoCustomers, RECEIVABLES, log]);
    expect(result.input.collectionLog?.map((line) => line.source?.row)).toEqual([2, 5]);
    const logProblems = result.problems.filter((p) => p.place.sheet === "Collection Log");
    expect(
      logProblems.map((p) => [p.place.cell, p.place.header, p.value, p.code, p.severity])
    ).toEqual([
      ["C3", "Invoice No", "INV-9", "UNKNOWN_INVOICE", "warning"],
      ["C4", "Invoice No", "INV-1", "UNKNOWN_INVOICE", "warning"],
    ]);
    expect(logProblems[1].params).toEqual({ invoice: "INV-1", customer: "C2" });
  });

  test("a promise dated before its line: the promise is not applied, the line still is", () => {
    const log = sheet("Collection Log", [
      ["Date", "Customer ID", "Action", "Promised date", "Promised amount"],
      [D["2026-03-05"], "C1", "call", D["2026-03-05"] - 1, 500],
      [D["2026-03-05"], "C1", "call", D["2026-03-05"], 500], // the same day is a promise
    ]);
    const result = read([...base, log]);
    expect(result.input.collectionLog).toEqual([
      {
        date: D["2026-03-05"],
        customerId: "C1",
        action: "CALL",
        source: { sheet: "Collection Log", row: 2 },
      },
      {
        date: D["2026-03-05"],
        customerId: "C1",
        action: "CALL",
        promisedDate: D["2026-03-05"],
        promisedAmount: 50_000,
        source: { sheet: "Collection Log", row: 3 },
      },
    ]);
    const problems = result.problems.filter((p) => p.place.sheet === "Collection Log");
    expect(problems.map((p) => [p.place.cell, p.place.header, p.code, p.params])).toEqual([
      [
        "D2",
        "Promised date",
        "PROMISE_BEFORE_LINE",
        { promised: "2026-03-04", lineDate: "2026-03-05" },
      ],
    ]);
  });

  test("no log sheet: no log at all (the review then computes no collection facts)", () => {
    expect(read(base).input.collectionLog).toBeUndefined();
  });

  test("a log without a customer column is not read, and says which header it needs", () => {
    const log = sheet("Collection Log", [
      ["Date", "Action"],
      [D["2026-03-05"], "call"],
    ]);
    const result = read([...base, log]);
    expect(result.input.collectionLog).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        place: expect.objectContaining({ sheet: "Collection Log" }),
        code: "COLUMN_MISSING",
      })
    );
  });
});

// "Contact date", not "Date": a sheet headed Date + Customer ID is first offered to the orders role.
describe("which sheet is the log", () => {
  const base = [
    sheet("Customers", [
      ["Customer ID", "Name"],
      ["C1", "Acme"],
    ]),
    sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Amount"],
      ["C1", "INV-1", SERIAL["2026-01-31"], 1000],
    ]),
  ];

  test("an unnamed sheet with only a date and a customer id is not taken for a log", () => {
    const visits = sheet("Visits", [
      ["Contact date", "Customer ID", "Notes"],
      [SERIAL["2026-03-05"], "C1", "ok"],
    ]);
    expect(read([...base, visits]).input.collectionLog).toBeUndefined();
  });

  test("an unnamed sheet that also has an action column is read as the log", () => {
    const calls = sheet("Calls", [
      ["Contact date", "Customer ID", "Action"],
      [SERIAL["2026-03-05"], "C1", "call"],
    ]);
    expect(read([...base, calls]).input.collectionLog).toHaveLength(1);
  });
});
