import fc from "fast-check";
import { metaSheetRows, META_SHEET_NAME } from "../../../src/workbook/meta-sheet";
import type { RawCell } from "../../../src/workbook/raw";
import { ownedSignatures } from "../../../src/workbook/owned-signatures";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { LABELS_EN } from "../plan/labels-en";
import { CUSTOMER_HEADERS, RECEIVABLE_HEADERS, SERIAL, sheet, workbook } from "./raw-fixtures";
import { SYNONYMS } from "./synonyms-fixture";
import { problemFacts } from "../../support/problem-facts";

const MARCH_5 = SERIAL["2026-03-05"];
const APRIL_30 = SERIAL["2026-04-30"];

const customersSheet = (rows: RawCell[][] = [["C001", "Acme", 8, null]]) =>
  sheet("Customers", [CUSTOMER_HEADERS, ...rows]);
const receivablesSheet = (
  rows: RawCell[][] = [["C001", "INV-1", MARCH_5, APRIL_30, 1200.5, 200]]
) => sheet("Receivables", [RECEIVABLE_HEADERS, ...rows]);

function read(...sheets: ReturnType<typeof sheet>[]) {
  return readWorkbook(workbook(sheets), SYNONYMS);
}

function codes(result: ReturnType<typeof read>): string[] {
  return result.problems.map((p) => p.code);
}

describe("reading a workbook: the normal case", () => {
  test("customers and receivables become domain rows with their source rows", () => {
    const result = read(customersSheet(), receivablesSheet());
    expect(result.problems).toEqual([]);
    expect(result.mappingRequests).toEqual([]);
    expect(result.input.customers).toEqual([
      {
        id: "C001",
        name: "Acme",
        ratings: { paymentRecord: 8 },
        financials: {},
        source: { sheet: "Customers", row: 2 },
      },
    ]);
    expect(result.input.receivables).toEqual([
      {
        customerId: "C001",
        invoiceNo: "INV-1",
        invoiceDate: MARCH_5,
        dueDate: APRIL_30,
        amount: 120050, // 1,200.50 in cents
        paid: 20000,
        source: { sheet: "Receivables", row: 2 },
      },
    ]);
    expect(result.input.orders).toBeUndefined();
    expect(result.layout?.customers).toEqual({
      role: "customers",
      sheet: "Customers",
      headerRow: 1,
      firstColumn: 1,
      lastUserColumn: 4,
      lastUsedColumn: 4,
      lastDataRow: 2,
      columns: { id: 1, name: 2, paymentRecord: 3, manualStatus: 4 },
      ownedBlock: null,
      // The id column as read, one value per data row, for the live applier's stale-row check.
      rowGuard: { column: 1, values: ["C001"] },
    });
  });

  test("an orders sheet is read when present; blank 'shipped' means not shipped", () => {
    const orders = sheet("Orders", [
      ["Customer ID", "Order date", "Amount", "Shipped"],
      ["C001", "2026-03-05", "5,000.00", "Y"],
      ["C001", MARCH_5, 700, null],
    ]);
    const result = read(customersSheet(), receivablesSheet(), orders);
    expect(result.input.orders).toEqual([
      {
        customerId: "C001",
        orderDate: MARCH_5,
        amount: 500000,
        shipped: true,
        source: { sheet: "Orders", row: 2 },
      },
      {
        customerId: "C001",
        orderDate: MARCH_5,
        amount: 70000,
        shipped: false,
        source: { sheet: "Orders", row: 3 },
      },
    ]);
  });

  test("an open-amount column gives paid = amount − open (1,000 − 250 = 750 paid)", () => {
    const receivables = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Terms days", "Amount", "Open amount"],
      ["C001", "INV-9", MARCH_5, 30, 1000, 250],
    ]);
    const [row] = read(customersSheet(), receivables).input.receivables;
    expect(row.paid).toBe(75000);
    expect(row.termsDays).toBe(30);
  });
});

describe("header recognition (BAD-INPUTS #18, #19)", () => {
  test("Simplified Chinese headers and sheet names", () => {
    const result = read(
      sheet("客户", [
        ["客户编号", "客户名称"],
        ["C001", "甲公司"],
      ]),
      sheet("应收账款", [
        ["客户编号", "发票号", "开票日期", "金额"],
        ["C001", "F-1", "2026年3月5日", "￥1,000.00"],
      ])
    );
    expect(result.problems).toEqual([]);
    expect(result.input.customers[0].name).toBe("甲公司");
    expect(result.input.receivables[0]).toMatchObject({ invoiceDate: MARCH_5, amount: 100000 });
  });

  test("Traditional Chinese headers, any order, on sheets with other names", () => {
    const result = read(
      sheet("名單", [
        ["客戶名稱", "客戶編號"],
        ["乙公司", "C002"],
      ]),
      sheet("帳款", [
        ["金額", "開票日期", "發票號", "客戶編號"],
        ["NT$2,500.00", "2026/3/5", "F-2", "C002"],
      ])
    );
    expect(result.problems).toEqual([]);
    expect(result.input.customers[0]).toMatchObject({ id: "C002", name: "乙公司" });
    expect(result.input.receivables[0]).toMatchObject({
      customerId: "C002",
      amount: 250000,
      invoiceDate: MARCH_5,
    });
  });

  test("case, extra and non-breaking spaces, full-width letters and a unit note do not matter", () => {
    const result = read(
      customersSheet(),
      sheet("AR", [
        ["  CUSTOMER\u00a0ID ", "invoice   no", "ＩＮＶＯＩＣＥ ＤＡＴＥ", "Amount (USD)"],
        ["C001", "INV-1", MARCH_5, 10],
      ])
    );
    expect(result.layout?.receivables.columns).toEqual({
      customerId: 1,
      invoiceNo: 2,
      invoiceDate: 3,
      amount: 4,
    });
  });

  test("a title and notes above the table: the header row is found below them", () => {
    const result = read(
      customersSheet(),
      sheet("Receivables", [
        ["Open invoices at 30 June 2026", null, null, null, null, null],
        ["Prepared by finance", null, null, null, null, null],
        [],
        RECEIVABLE_HEADERS,
        ["C001", "INV-1", MARCH_5, APRIL_30, 100, null],
      ])
    );
    expect(result.layout?.receivables.headerRow).toBe(4);
    expect(result.input.receivables[0].source).toEqual({ sheet: "Receivables", row: 5 });
  });

  test("an Excel Table is read by its range, wherever the used range starts", () => {
    const ar = sheet(
      "Receivables",
      [
        ["notes", null, null, null, null, null, null],
        [null, ...RECEIVABLE_HEADERS],
        [null, "C001", "INV-1", MARCH_5, APRIL_30, 300, null],
        [null, "C001", "INV-2", MARCH_5, APRIL_30, 400, null],
        [null, "Not part of the table", null, null, null, null, null],
      ],
      {
        firstRow: 3,
        firstColumn: 2,
        tables: [{ name: "tblAR", headerRow: 4, firstColumn: 3, lastColumn: 8, lastRow: 6 }],
      }
    );
    const result = read(customersSheet(), ar);
    expect(result.input.receivables.map((r) => r.invoiceNo)).toEqual(["INV-1", "INV-2"]);
    expect(result.layout?.receivables).toMatchObject({
      headerRow: 4,
      firstColumn: 3,
      lastUserColumn: 8,
      lastDataRow: 6,
    });
    expect(result.layout?.receivables.columns.customerId).toBe(3);
  });

  test("duplicate headers: the user is asked, nothing is guessed and the sheet is not read", () => {
    const ar = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Amount", "Amount"],
      ["C001", "INV-1", MARCH_5, 100, 110],
    ]);
    const result = read(customersSheet(), ar);
    expect(result.input.receivables).toEqual([]);
    expect(result.mappingRequests).toEqual([
      {
        role: "receivables",
        sheet: "Receivables",
        field: "amount",
        reason: "ambiguous",
        candidates: [
          { column: 4, header: "Amount" },
          { column: 5, header: "Amount" },
        ],
      },
    ]);
    expect(result.problems.map((p) => [p.place.sheet, p.code])).toEqual([
      ["Receivables", "COLUMN_AMBIGUOUS"],
    ]);
  });

  test("the user's column choice settles a duplicate and overrides the headers", () => {
    const ar = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Amount", "Amount"],
      ["C001", "INV-1", MARCH_5, 100, 110],
    ]);
    const result = readWorkbook(workbook([customersSheet(), ar]), SYNONYMS, {
      mapping: { receivables: { columns: { amount: 5 } } },
    });
    expect(result.mappingRequests).toEqual([]);
    expect(result.input.receivables[0].amount).toBe(11000);
  });

  test("a header naming two fields is settled when the other field has its own column, else asked", () => {
    const twoWay = {
      ...SYNONYMS,
      receivables: {
        ...SYNONYMS.receivables,
        openAmount: [...SYNONYMS.receivables.openAmount, "Sum"],
        amount: [...SYNONYMS.receivables.amount, "Sum"],
      },
    };
    const settled = readWorkbook(
      workbook([
        customersSheet(),
        sheet("Receivables", [["Customer ID", "Invoice No", "Invoice date", "Sum", "Open amount"]]),
      ]),
      twoWay
    );
    expect(settled.layout?.receivables.columns).toMatchObject({ amount: 4, openAmount: 5 });
    expect(settled.mappingRequests).toEqual([]);
    const asked = readWorkbook(
      workbook([
        customersSheet(),
        sheet("Receivables", [["Customer ID", "Invoice No", "Invoice date", "Sum"]]),
      ]),
      twoWay
    );
    expect(asked.mappingRequests.map((r) => [r.field, r.reason, r.candidates])).toEqual([
      ["amount", "ambiguous", [{ column: 4, header: "Sum" }]],
      ["openAmount", "ambiguous", [{ column: 4, header: "Sum" }]],
    ]);
  });

  test("a saved choice of sheet and header row reads a table whose headers are not recognised", () => {
    const odd = sheet("Data", [
      ["Ledger export"],
      ["Kunde", "Beleg", "Datum", "Betrag"],
      ["C001", "INV-7", MARCH_5, 42],
    ]);
    const result = readWorkbook(workbook([customersSheet(), odd]), SYNONYMS, {
      mapping: {
        receivables: {
          sheet: "Data",
          headerRow: 2,
          columns: { customerId: 1, invoiceNo: 2, invoiceDate: 3, amount: 4 },
        },
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.input.receivables).toEqual([
      {
        customerId: "C001",
        invoiceNo: "INV-7",
        invoiceDate: MARCH_5,
        amount: 4200,
        source: { sheet: "Data", row: 3 },
      },
    ]);
    expect(result.layout?.receivables).toMatchObject({
      sheet: "Data",
      headerRow: 2,
      lastUserColumn: 4,
      lastDataRow: 3,
    });
  });

  test("a missing required column: one request and one message naming the sheet and the headers in English and Chinese", () => {
    const ar = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Amount", "Remarks"],
      ["C001", "INV-1", 100, "x"],
    ]);
    const result = read(customersSheet(), ar);
    expect(result.mappingRequests).toEqual([
      {
        role: "receivables",
        sheet: "Receivables",
        field: "invoiceDate",
        reason: "missing",
        candidates: [{ column: 4, header: "Remarks" }],
      },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      place: { sheet: "Receivables" },
      code: "COLUMN_MISSING",
      params: { label: "Invoice date", expected: '"Invoice date" / "开票日期" / "開票日期"' },
    });
  });

  test("a missing sheet: one clear message with the expected names and headers", () => {
    const result = read(customersSheet());
    expect(codes(result)).toEqual(["SHEET_MISSING"]);
    expect(problemFacts(result.problems[0])).toEqual({
      code: "SHEET_MISSING",
      sheet: "",
      row: null,
      cell: null,
      header: null,
      value: null,
      params: {
        sheetRole: "receivables",
        names: '"Receivables" / "应收账款" / "應收賬款"',
        headers:
          "Customer ID / 客户编号 / 客戶編號, Invoice No / 发票号 / 發票號, Invoice date / 开票日期 / 開票日期, Amount / 金额 / 金額",
      },
    });
    expect(result.layout).toBeNull();
  });

  test("#17 an empty sheet: one clear message", () => {
    const result = read(customersSheet(), sheet("Receivables", [[null, null], []]));
    expect(codes(result)).toEqual(["SHEET_EMPTY"]);
    expect(result.problems[0].place.sheet).toBe("Receivables");
  });

  test("header matching is invariant under case and surrounding whitespace", () => {
    const spaces = fc.constantFrom("", " ", "  ", "\u00a0", "\u3000", "\t");
    const headers = ["Customer ID", "Invoice No", "Invoice date", "Amount", "客户编号", "開票日期"];
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.array(fc.boolean(), { maxLength: 12 }),
        spaces,
        spaces,
        (header, flips, before, after) => {
          const varied = [...header]
            .map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase()))
            .join("");
          const plain = read(
            customersSheet(),
            sheet("AR", [[header, "Invoice No", "Invoice date", "Amount", "开票日期"]])
          );
          const noisy = read(
            customersSheet(),
            sheet("AR", [
              [`${before}${varied}${after}`, "Invoice No", "Invoice date", "Amount", "开票日期"],
            ])
          );
          expect(noisy.layout?.receivables.columns).toEqual(plain.layout?.receivables.columns);
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("bad rows are reported with sheet, row, column and code, and left out", () => {
  test('the message names the cell: Receivables!E3 (Amount) "12,3x": not a number', () => {
    const result = read(
      customersSheet(),
      receivablesSheet([
        ["C001", "INV-1", MARCH_5, APRIL_30, 100, null],
        ["C001", "INV-2", MARCH_5, APRIL_30, "12,3x", null],
      ])
    );
    expect(result.input.receivables.map((r) => r.invoiceNo)).toEqual(["INV-1"]);
    expect(result.problems).toEqual([
      {
        code: "NOT_A_NUMBER",
        severity: "error",
        place: { sheet: "Receivables", row: 3, cell: "E3", header: "Amount", field: null },
        value: "12,3x",
        params: { consequence: "rowLeftOut" },
      },
    ]);
  });

  test("#11 #12 error values and formulas without a result", () => {
    const result = read(
      customersSheet(),
      receivablesSheet([
        ["C001", "INV-1", { error: "#REF!" }, APRIL_30, 100, null],
        ["C001", "INV-2", MARCH_5, APRIL_30, { error: "#NO_RESULT" }, null],
        ["C001", "INV-3", MARCH_5, APRIL_30, 100, { error: "#N/A" }],
      ])
    );
    expect(result.input.receivables).toEqual([]);
    expect(result.problems.map((p) => [p.place.row, p.place.header, p.code])).toEqual([
      [2, "Invoice date", "CELL_ERROR"],
      [3, "Amount", "FORMULA_NO_RESULT"],
      [4, "Paid amount", "CELL_ERROR"],
    ]);
  });

  test("#3 #35 two-digit years and whitespace-only ids", () => {
    const result = read(
      customersSheet(),
      receivablesSheet([
        ["C001", "INV-1", "05/03/26", APRIL_30, 100, null],
        ["  ", "INV-2", MARCH_5, APRIL_30, 100, null],
      ])
    );
    expect(result.input.receivables).toEqual([]);
    expect(result.problems.map((p) => [p.place.row, p.place.header, p.code])).toEqual([
      [2, "Invoice date", "TWO_DIGIT_YEAR"],
      [3, "Customer ID", "MISSING_ID"],
    ]);
  });

  test("#9 a customer id rounded by Excel leaves the customer out", () => {
    const result = read(
      customersSheet([[1234567890123456, "Big", null, null]]),
      receivablesSheet([])
    );
    expect(result.input.customers).toEqual([]);
    expect(
      result.problems.map((p) => [p.place.sheet, p.place.row, p.place.header, p.code])
    ).toEqual([["Customers", 2, "Customer ID", "ID_PRECISION_LOST"]]);
  });

  test("a bad rating is left out but the customer is still reviewed", () => {
    const result = read(customersSheet([["C001", "Acme", "good", "frozen"]]), receivablesSheet([]));
    expect(result.input.customers[0]).toMatchObject({
      id: "C001",
      ratings: {},
      manualSuspend: true,
    });
    expect(problemFacts(result.problems[0])).toEqual({
      code: "NOT_A_NUMBER",
      sheet: "Customers",
      row: 2,
      cell: "C2",
      header: "Payment record",
      value: "good",
      params: { consequence: "valueIgnored" },
    });
  });

  test("#2 a day/month text date uses the workbook's locale", () => {
    const ar = receivablesSheet([["C001", "INV-1", "05/03/2026", "30/04/2026", 100, null]]);
    const gb = readWorkbook(workbook([customersSheet(), ar], { locale: "en-GB" }), SYNONYMS);
    expect(gb.input.receivables[0]).toMatchObject({ invoiceDate: MARCH_5, dueDate: APRIL_30 });
    const unknown = readWorkbook(workbook([customersSheet(), ar]), SYNONYMS);
    expect(unknown.problems.map((p) => [p.place.row, p.place.header, p.code])).toEqual([
      [2, "Invoice date", "AMBIGUOUS_DATE"],
    ]);
  });

  test("#5 a 1904-system workbook is shifted by 1,462 days", () => {
    const ar = receivablesSheet([["C001", "INV-1", MARCH_5 - 1462, APRIL_30 - 1462, 100, null]]);
    const result = readWorkbook(workbook([customersSheet(), ar], { date1904: true }), SYNONYMS);
    expect(result.input.receivables[0]).toMatchObject({ invoiceDate: MARCH_5, dueDate: APRIL_30 });
  });

  test("#30 a currency named in the amount conflicting with the currency column is reported", () => {
    const ar = sheet("Receivables", [
      ["Customer ID", "Invoice No", "Invoice date", "Amount", "Currency"],
      ["C001", "INV-1", MARCH_5, "USD 100", "usd"],
      ["C001", "INV-2", MARCH_5, "EUR 100", "USD"],
      ["C001", "INV-3", MARCH_5, "HK$ 100", null],
    ]);
    const result = read(customersSheet(), ar);
    expect(result.input.receivables.map((r) => [r.invoiceNo, r.currency])).toEqual([
      ["INV-1", "USD"],
      ["INV-3", "HKD"],
    ]);
    expect(result.problems.map((p) => [p.place.row, p.place.header, p.code])).toEqual([
      [3, "Currency", "CURRENCY_CONFLICT"],
    ]);
  });
});

describe("ids, merges, hidden rows, blank and total rows", () => {
  test("#8 00123 on the customer sheet and 123 on the receivables sheet are matched, with one warning", () => {
    const result = read(
      customersSheet([["00123", "Zero Ltd", null, null]]),
      receivablesSheet([
        [123, "INV-1", MARCH_5, APRIL_30, 100, null],
        ["123", "INV-2", MARCH_5, APRIL_30, 100, null],
      ])
    );
    expect(result.input.receivables.map((r) => r.customerId)).toEqual(["00123", "00123"]);
    expect(result.problems).toEqual([
      {
        code: "ID_LEADING_ZEROS",
        severity: "warning",
        place: { sheet: "Receivables", row: 2, cell: "A2", header: "Customer ID", field: null },
        value: "123",
        params: { customer: "00123", rows: 2 },
      },
    ]);
  });

  test("#8 two customers with the same digits are not merged", () => {
    const result = read(
      customersSheet([
        ["0123", "A", null, null],
        ["00123", "B", null, null],
      ]),
      receivablesSheet([[123, "INV-1", MARCH_5, APRIL_30, 100, null]])
    );
    expect(result.input.receivables[0].customerId).toBe("123");
    expect(result.problems).toEqual([]);
  });

  test("#14 a merged id over three invoice rows belongs to all three, reported once", () => {
    const ar = sheet(
      "Receivables",
      [
        RECEIVABLE_HEADERS,
        ["C001", "INV-1", MARCH_5, APRIL_30, 100, null],
        [null, "INV-2", MARCH_5, APRIL_30, 200, null],
        [null, "INV-3", MARCH_5, APRIL_30, 300, null],
      ],
      { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] }
    );
    const result = read(customersSheet(), ar);
    expect(result.input.receivables.map((r) => r.customerId)).toEqual(["C001", "C001", "C001"]);
    expect(result.problems.map((p) => [p.place.sheet, p.place.row, p.code])).toEqual([
      ["Receivables", null, "MERGED_CELLS"],
    ]);
    expect(result.problems[0].params).toEqual({ count: 1, first: "A2:A4", variant: "one" });
  });

  test("#15 #16 hidden rows are read and counted; blank rows and a formatted tail are skipped", () => {
    const ar = receivablesSheet([
      ["C001", "INV-1", MARCH_5, APRIL_30, 100, null],
      [null, null, null, null, null, null],
      ["C001", "INV-2", MARCH_5, APRIL_30, 200, null],
      ["C001", "INV-3", MARCH_5, APRIL_30, 300, null],
      ["", " ", null, null, null, null],
    ]);
    ar.hiddenRows = [4, 5, 6];
    const result = read(customersSheet(), ar);
    expect(result.input.receivables.map((r) => r.invoiceNo)).toEqual(["INV-1", "INV-2", "INV-3"]);
    expect(result.problems.map((p) => [p.code, p.place.sheet, p.params])).toEqual([
      ["HIDDEN_ROWS", "Receivables", { count: 2 }],
    ]);
    expect(result.layout?.receivables.lastDataRow).toBe(5);
  });

  test("a totals line under the data is skipped and said once", () => {
    const ar = receivablesSheet([
      ["C001", "INV-1", MARCH_5, APRIL_30, 100, null],
      ["Total", null, null, null, 100, null],
    ]);
    const result = read(customersSheet(), ar);
    expect(result.input.receivables).toHaveLength(1);
    expect(codes(result)).toEqual(["TOTAL_ROW_SKIPPED"]);
  });
});

describe("the add-in's own earlier output", () => {
  const SIGNATURES = ownedSignatures([LABELS_EN]);
  const readOwned = (...sheets: ReturnType<typeof sheet>[]) =>
    readWorkbook(workbook(sheets), SYNONYMS, { ownedSignatures: SIGNATURES });

  test("columns named by the output map are not user data; lastUserColumn stops before them", () => {
    const meta = sheet(
      META_SHEET_NAME,
      metaSheetRows({
        blocks: {
          customers: {
            sheet: "Customers",
            headerRow: 1,
            firstColumn: 5,
            keys: ["score", "grade", "status"],
            lastRow: 2,
          },
        },
        sheets: { creditLog: "Credit Log" },
      }),
      { visibility: "veryHidden" }
    );
    const customers = sheet("Customers", [
      [...CUSTOMER_HEADERS, "Credit score", "Grade", "Status"],
      ["C001", "Acme", 8, null, 80.5, "B", "OK"],
    ]);
    const log = sheet("Credit Log", [
      ["Review date", "Policy version", "Customer ID", "Customer name"],
      [MARCH_5, "CP-2026.1", "C001", "Acme"],
    ]);
    const result = readOwned(meta, log, customers, receivablesSheet());
    expect(result.problems).toEqual([]);
    expect(result.layout?.customers).toMatchObject({
      lastUserColumn: 4,
      ownedBlock: { firstColumn: 5, keys: ["score", "grade", "status"], lastRow: 2 },
    });
    expect(result.layout?.customers.columns).toEqual({
      id: 1,
      name: 2,
      paymentRecord: 3,
      manualStatus: 4,
    });
    expect(result.layout?.ownedSheets).toEqual({
      // Row 1's written cells, so that a later review adds only the headers a log lacks.
      meta: { name: META_SHEET_NAME, usedRows: 4, filledHeaderColumns: [1, 2] },
      creditLog: { name: "Credit Log", usedRows: 2, filledHeaderColumns: [1, 2, 3, 4] },
    });
  });

  test("a user column right of our block still counts as the user's", () => {
    const meta = sheet(
      META_SHEET_NAME,
      metaSheetRows({
        blocks: {
          customers: {
            sheet: "Customers",
            headerRow: 1,
            firstColumn: 3,
            keys: ["score"],
            lastRow: 2,
          },
        },
        sheets: {},
      }),
      { visibility: "veryHidden" }
    );
    const customers = sheet("Customers", [
      ["Customer ID", "Customer name", "Credit score", "Remarks"],
      ["C001", "Acme", 80, "call"],
    ]);
    const result = readOwned(meta, customers, receivablesSheet());
    expect(result.layout?.customers).toMatchObject({
      lastUserColumn: 4,
      ownedBlock: { firstColumn: 3 },
    });
  });

  test("a user's sheet called like an owned sheet is the user's: without the map naming it, it is read as data", () => {
    const log = sheet("Credit Log", [
      ["Customer ID", "Customer name"],
      ["C001", "Acme"],
    ]);
    const result = readOwned(log, receivablesSheet());
    expect(result.layout?.customers.sheet).toBe("Credit Log");
    expect(result.layout?.ownedSheets).toEqual({});
  });
});
