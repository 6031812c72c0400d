/**
 * Two-row headers: group titles (often merged) over the real headers, with single headers
 * merged down through both rows. The real header row is found by how many known headers it
 * holds, each read with its group title ("Invoice" + "No." = "Invoice No."); the title row is
 * said once and never read as data.
 */
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { headerSynonyms } from "../../../src/i18n/headers";
import type { RawCell, RawMerge } from "../../../src/workbook/raw";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { SERIAL, sheet, workbook } from "./raw-fixtures";

const MARCH_5 = SERIAL["2026-03-05"];
const APRIL_30 = SERIAL["2026-04-30"];
const JUNE_30 = SERIAL["2026-06-30"];

const customers = sheet("Customers", [
  ["Customer ID", "Customer name"],
  ["C001", "Acme"],
]);

function readReceivables(cells: RawCell[][], merges: RawMerge[]) {
  return readWorkbook(
    workbook([customers, sheet("Receivables", cells, { merges })]),
    headerSynonyms()
  );
}

/** A1:A2 and D1:D2 merged down; "Invoice" over B1:C1 and "Amounts" over E1:F1. */
const MERGES: RawMerge[] = [
  { top: 1, bottom: 2, left: 1, right: 1 },
  { top: 1, bottom: 1, left: 2, right: 3 },
  { top: 1, bottom: 2, left: 4, right: 4 },
  { top: 1, bottom: 1, left: 5, right: 6 },
];

describe("two-row headers", () => {
  test("titles over short headers: row 2 is the header row and 1,000 − 200 + 500 leaves 1,300 open", () => {
    const read = readReceivables(
      [
        ["Customer ID", "Invoice", null, "Due date", "Amounts", null],
        [null, "No.", "Date", null, "Gross", "Paid"],
        ["C001", "INV-1", MARCH_5, APRIL_30, 1000, 200],
        ["C001", "INV-2", MARCH_5, APRIL_30, 500, null],
      ],
      MERGES
    );
    expect(read.mappingRequests).toEqual([]);
    expect(read.layout?.receivables.headerRow).toBe(2);
    expect(read.layout?.receivables.columns).toEqual({
      customerId: 1,
      invoiceNo: 2,
      invoiceDate: 3,
      dueDate: 4,
      amount: 5,
      paidAmount: 6,
    });
    // Rows 3 and 4 are the data; the header row is never a bad data row.
    expect(
      read.input.receivables.map((r) => [r.source?.row, r.invoiceNo, r.amount, r.paid])
    ).toEqual([
      [3, "INV-1", 100000, 20000],
      [4, "INV-2", 50000, undefined],
    ]);
    expect(read.problems.map((p) => [p.code, p.params])).toEqual([
      ["GROUP_HEADER_ROW", { groupRow: 1, titles: '"Invoice", "Amounts"', headerRow: 2 }],
    ]);
    const result = review(read.input, DEFAULT_POLICY, JUNE_30);
    // 1,000 − 200 + 500 = 1,300 open, in cents.
    expect(result.customers.map((c) => [c.id, c.exposure])).toEqual([["C001", 130000]]);
  });

  test('a header under a title is read with it: "Paid" over "Date" and "Amount" is the paid date and amount', () => {
    const read = readReceivables(
      [
        [null, null, null, null, "Paid", null],
        ["Customer ID", "Invoice No", "Invoice date", "Amount", "Date", "Amount"],
        ["C001", "INV-1", MARCH_5, 1000, APRIL_30, 1000],
      ],
      [{ top: 1, bottom: 1, left: 5, right: 6 }]
    );
    expect(read.mappingRequests).toEqual([]);
    expect(read.layout?.receivables.columns).toMatchObject({
      invoiceDate: 3,
      amount: 4,
      paidDate: 5,
      paidAmount: 6,
    });
    expect(read.input.receivables[0]).toMatchObject({ paidDate: APRIL_30, paid: 100000 });
  });

  test("a merged title over headers that name their fields alone: said once, no merge in the data", () => {
    const read = readReceivables(
      [
        ["Customer ID", "Invoice", null, "Due date", "Amounts", null],
        [null, "Invoice No", "Invoice date", null, "Gross amount", "Paid amount"],
        ["C001", "INV-1", MARCH_5, APRIL_30, 1000, 200],
      ],
      MERGES
    );
    expect(read.layout?.receivables.headerRow).toBe(2);
    expect(read.input.receivables).toHaveLength(1);
    expect(read.problems.map((p) => p.code)).toEqual(["GROUP_HEADER_ROW"]);
    expect(read.problems[0].params).toMatchObject({
      groupRow: 1,
      headerRow: 2,
      titles: '"Invoice", "Amounts"',
    });
  });

  test("a table title above one-row headers is not a group row and is not said", () => {
    const read = readReceivables(
      [
        ["Receivables ledger 2026", null, null, null],
        ["Customer ID", "Invoice No", "Invoice date", "Amount"],
        ["C001", "INV-1", MARCH_5, 1000],
      ],
      [{ top: 1, bottom: 1, left: 1, right: 4 }]
    );
    expect(read.layout?.receivables.headerRow).toBe(2);
    expect(read.problems).toEqual([]);
  });
});
