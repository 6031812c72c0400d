/** A column chosen by its header text (what `--map field=Header` asks for). */
import fc from "fast-check";
import { headerSynonyms } from "../../../src/i18n/headers";
import type { ColumnMapping } from "../../../src/workbook/column-mapping";
import { readWorkbook } from "../../../src/workbook/read-workbook";
import { RECEIVABLE_HEADERS, SERIAL, sheet, workbook } from "./raw-fixtures";

const RECEIVABLES = sheet("Receivables", [
  RECEIVABLE_HEADERS,
  ["C001", "INV-1", SERIAL["2026-03-05"], SERIAL["2026-04-30"], 1200, 0],
]);
const CUSTOMERS = sheet("Customers", [
  ["Customer ID", "Customer Name", "Bad Pmts 6M", "Region"],
  ["C001", "Acme", 3, "North"],
]);

const read = (mapping: ColumnMapping) =>
  readWorkbook(workbook([CUSTOMERS, RECEIVABLES]), headerSynonyms(), { mapping });

describe("choosing a column by its header", () => {
  test('"bad pmts 6m" (any case) puts the 3 of column C into badPayments3m; only Region is unused', () => {
    const result = read({ customers: { headers: { badPayments3m: "bad pmts 6m" } } });
    expect(result.input.customers[0].badPayments3m).toBe(3);
    expect(result.problems.map((p) => [p.code, p.params])).toEqual([
      ["COLUMNS_UNUSED", { headers: "Region", count: 1 }],
    ]);
  });

  test("a header beats a column number for the same field", () => {
    const result = read({
      customers: { headers: { badPayments3m: "Bad Pmts 6M" }, columns: { badPayments3m: 4 } },
    });
    expect(result.input.customers[0].badPayments3m).toBe(3);
  });

  test("a header the table does not have is named in one sentence", () => {
    const result = read({ customers: { headers: { badPayments3m: "Bounces" } } });
    expect(result.input.customers[0].badPayments3m).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      code: "MAPPING_INVALID",
      severity: "warning",
      place: { sheet: "Customers", row: null, cell: null },
      params: { variant: "headerNotFound", field: "badPayments3m", header: "Bounces" },
    });
  });
});

describe("a saved column choice with the header it was made on", () => {
  const saved: ColumnMapping = {
    customers: { columns: { badPayments3m: 3 }, columnHeaders: { badPayments3m: "Bad Pmts 6M" } },
  };
  /** The customer sheet with `count` columns inserted before "Bad Pmts 6M", each holding 99. */
  const withInserted = (count: number) => {
    const notes = Array.from({ length: count }, (_, i) => `Note ${i + 1}`);
    return sheet("Customers", [
      ["Customer ID", "Customer Name", ...notes, "Bad Pmts 6M", "Region"],
      ["C001", "Acme", ...notes.map(() => 99), 3, "North"],
    ]);
  };

  test("follows its header to wherever columns inserted before it moved it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), (count) => {
        const result = readWorkbook(
          workbook([withInserted(count), RECEIVABLES]),
          headerSynonyms(),
          {
            mapping: saved,
          }
        );
        expect(result.input.customers[0].badPayments3m).toBe(3);
      })
    );
  });

  test("two columns under that header: the choice is dropped with a warning, never one guessed", () => {
    const twice = sheet("Customers", [
      ["Customer ID", "Customer Name", "Note", "Bad Pmts 6M", "Bad Pmts 6M"],
      ["C001", "Acme", 99, 3, 4],
    ]);
    const result = readWorkbook(workbook([twice, RECEIVABLES]), headerSynonyms(), {
      mapping: saved,
    });
    expect(result.input.customers[0].badPayments3m).toBeUndefined();
    expect(result.problems[0]).toMatchObject({
      code: "MAPPING_INVALID",
      params: { variant: "savedHeaderGone", field: "badPayments3m", header: "Bad Pmts 6M" },
    });
  });
});
