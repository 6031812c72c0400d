/**
 * No column is ignored in silence: every header of a recognised sheet that the review does not
 * read is listed in one notice per sheet, and a header close to a field gets a warning naming it.
 */
import { headerSynonyms } from "../../../src/i18n/headers";
import { problemMessage } from "../../../src/i18n/problem-messages";
import type { RawCell } from "../../../src/workbook/raw";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { RECEIVABLE_HEADERS, SERIAL, sheet, workbook } from "./raw-fixtures";

const RECEIVABLES = sheet("Receivables", [
  RECEIVABLE_HEADERS,
  ["C001", "INV-1", SERIAL["2026-03-05"], SERIAL["2026-04-30"], 1200, 0],
]);

function readCustomers(headers: RawCell[], row: RawCell[]) {
  return readWorkbook(
    workbook([sheet("Customers", [headers, row]), RECEIVABLES]),
    headerSynonyms()
  );
}

describe("columns not used", () => {
  test('a sheet with two extra columns says "Not used: Region, Sales rep"', () => {
    const result = readCustomers(
      ["Customer ID", "Region", "Customer Name", "Sales rep"],
      ["C001", "North", "Acme", "Lee"]
    );
    const notices = result.problems.filter((p) => p.code === "COLUMNS_UNUSED");
    expect(notices).toEqual([
      {
        code: "COLUMNS_UNUSED",
        severity: "warning",
        place: { sheet: "Customers", row: null, cell: null, header: null, field: null },
        value: null,
        params: { headers: "Region, Sales rep", count: 2 },
      },
    ]);
    expect(problemMessage(notices[0], "zh-CN")).toBe("Customers：未使用的列：Region, Sales rep。");
    expect(problemMessage(notices[0], "zh-TW")).toBe("Customers：未使用的欄：Region, Sales rep。");
  });

  test("a sheet whose every column is read has no notice", () => {
    const result = readCustomers(["Customer ID", "Customer Name"], ["C001", "Acme"]);
    expect(result.problems.map((p) => p.code)).toEqual([]);
  });

  test('"Bad Payments Last 3 Months" is read: 2 bad payments reach the customer, nothing unused', () => {
    const result = readCustomers(
      ["Customer ID", "Customer Name", "Bad Payments Last 3 Months"],
      ["C001", "Acme", 2]
    );
    expect(result.problems).toEqual([]);
    expect(result.input.customers[0].badPayments3m).toBe(2);
  });

  test("the Chinese header 近3个月不良付款次数 is read too", () => {
    const result = readCustomers(
      ["客户编号", "客户名称", "近3个月不良付款次数"],
      ["C001", "Acme", 1]
    );
    expect(result.input.customers[0].badPayments3m).toBe(1);
  });
});

describe("a header that resembles a field", () => {
  test("is a warning naming the field, its column is not read, and it is listed as not used", () => {
    const result = readCustomers(
      ["Customer ID", "Customer Name", "Bad Payments Last 6 Months"],
      ["C001", "Acme", 4]
    );
    expect(result.input.customers[0].badPayments3m).toBeUndefined();
    const warning = result.problems.find((p) => p.code === "HEADER_RESEMBLES");
    expect(warning).toMatchObject({
      severity: "warning",
      place: { sheet: "Customers", row: 1, cell: "C1", header: "Bad Payments Last 6 Months" },
      params: { letter: "C", label: "Bad Payments (3 months)", fields: "badPayments3m" },
    });
    expect(result.problems.find((p) => p.code === "COLUMNS_UNUSED")).toMatchObject({
      place: { sheet: "Customers", row: null, cell: null },
      params: { headers: "Bad Payments Last 6 Months", count: 1 },
    });
  });

  test("is not a warning when the field already has its own column", () => {
    const result = readCustomers(
      ["Customer ID", "Customer Name", "Bad Payments 3M", "Bad Payments Last 6 Months"],
      ["C001", "Acme", 1, 4]
    );
    expect(result.input.customers[0].badPayments3m).toBe(1);
    expect(result.problems.map((p) => p.code)).toEqual(["COLUMNS_UNUSED"]);
  });
});
