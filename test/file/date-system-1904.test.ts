/**
 * A workbook in the 1904 date system (`<workbookPr date1904="1"/>`, Excel's "Use 1904 date
 * system") stores each day 1,462 lower than the 1900 system: 2026-06-30 is 44741 there, not
 * 46203. Reviewed as of 2026-06-30, every date the review writes (Aging B2, Credit Changes B2,
 * Credit Log column A) holds 44741, openpyxl reads it back as 2026-06-30, and the next review
 * reads its own log's dates in the same system. Packages built here; serials checked by hand.
 */
import type { SerialDate } from "../../src/engine/types";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { join } from "node:path";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { serialFromIso } from "../../src/engine/dates";
import { patchXlsxPackage } from "../../src/file/package-writer/patch-package";
import { openXlsxPackageBufferNode } from "../../src/file/package-writer/write-package-node";
import { prepareReview, type ReadyReview } from "../../src/workbook/prepare-review";
import type { RawCell, RawWorkbook } from "../../src/workbook/raw";
import { readCreditLog } from "../../src/workbook/read-credit-log";
import { englishReviewOptions } from "../support/review-options";
import { run, SYSTEM_PYTHON } from "./support/writer-corpus";
import { buildZip, packageEntries } from "./support/zip-builder";

const OFFSET_1904 = 1462;
const JUNE_30 = serialFromIso("2026-06-30"); // 46203 in the 1900 system
const JULY_31 = serialFromIso("2026-07-31"); // 46234
const JUNE_30_IN_1904 = 44_741;
const JULY_31_IN_1904 = 44_772;

async function review(raw: RawWorkbook, asOf: SerialDate): Promise<ReadyReview> {
  const outcome = await prepareReview(raw, englishReviewOptions(asOf));
  if (outcome.kind !== "ready") throw new Error(`the review did not run: ${outcome.kind}`);
  return outcome;
}

const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
const worksheet = (rows: string[]) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((cells, index) => `<row r="${index + 1}">${cells}</row>`)
    .join("")}</sheetData></worksheet>`;

/** Two customers, one invoice each: issued 2026-05-01, due 2026-05-31, as 1904 serials. */
function book1904(): Uint8Array {
  const customers = worksheet([
    text("A1", "Customer ID") + text("B1", "Customer name"),
    text("A2", "C1") + text("B2", "Alpha"),
    text("A3", "C2") + text("B3", "Beta"),
  ]);
  const header =
    text("A1", "Customer ID") +
    text("B1", "Invoice No") +
    text("C1", "Invoice date") +
    text("D1", "Due date") +
    text("E1", "Amount");
  const receivables = worksheet([
    header,
    ...[2, 3].map(
      (row) =>
        text(`A${row}`, `C${row - 1}`) +
        text(`B${row}`, `INV-${row - 1}`) +
        number(`C${row}`, serialFromIso("2026-05-01") - OFFSET_1904) +
        number(`D${row}`, serialFromIso("2026-05-31") - OFFSET_1904) +
        number(`E${row}`, 100)
    ),
  ]);
  return buildZip(
    packageEntries({
      sheets: [
        { name: "Customers", xml: customers },
        { name: "Receivables", xml: receivables },
      ],
      workbookProperties: 'date1904="1"',
    })
  );
}

function cellOf(raw: RawWorkbook, sheetName: string, row: number, column: number): RawCell {
  const sheet = raw.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`no sheet "${sheetName}"`);
  return sheet.cells[row - sheet.firstRow]?.[column - sheet.firstColumn] ?? null;
}

/** The same two invoices as `book1904`, written by openpyxl into a 1904-system workbook. */
const OPENPYXL_1904_BOOK = `
import sys, datetime
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
book = Workbook()
book.epoch = CALENDAR_MAC_1904
customers = book.active
customers.title = "Customers"
for row in [["Customer ID", "Customer name"], ["C1", "Alpha"], ["C2", "Beta"]]:
    customers.append(row)
receivables = book.create_sheet("Receivables")
receivables.append(["Customer ID", "Invoice No", "Invoice date", "Due date", "Amount"])
for index in (1, 2):
    receivables.append(["C%d" % index, "INV-%d" % index, datetime.datetime(2026, 5, 1), datetime.datetime(2026, 5, 31), 100])
book.save(sys.argv[1])
`;

/** The cells as openpyxl reads them (dates as ISO text), through the round-trip corpus's dumper. */
function openpyxlValues(
  bytes: Uint8Array,
  sheets: string[]
): Record<string, Record<string, unknown>> {
  const path = join(mkdtempSync(join(tmpdir(), "date1904-")), "reviewed.xlsx");
  writeFileSync(path, bytes);
  const dump = JSON.parse(
    run(SYSTEM_PYTHON, [join(__dirname, "writers/dump_cells.py"), path, ...sheets])
  ) as { sheets: Record<string, { cells: Record<string, [unknown, string, number]> }> };
  return Object.fromEntries(
    sheets.map((name) => [
      name,
      Object.fromEntries(
        Object.entries(dump.sheets[name].cells).map(([address, [value]]) => [address, value])
      ),
    ])
  );
}

describe("a workbook in the 1904 date system", () => {
  test("reviewed as of 2026-06-30: the invoices read 30 days overdue, every written date is 44741", async () => {
    expect(JUNE_30 - JUNE_30_IN_1904).toBe(OFFSET_1904);
    const document = await openXlsxPackageBufferNode(book1904());
    expect(document.raw.date1904).toBe(true);
    const first = await review(document.raw, JUNE_30);
    expect(first.result.receivables.map((invoice) => invoice.daysOverdue)).toEqual([30, 30]);

    const { raw } = await openXlsxPackageBufferNode(
      (await patchXlsxPackage(document.package, first.plan)).bytes
    );
    expect(cellOf(raw, "Aging", 2, 2)).toBe(JUNE_30_IN_1904);
    expect(cellOf(raw, "Credit Changes", 2, 2)).toBe(JUNE_30_IN_1904);
    expect([2, 3].map((row) => cellOf(raw, "Credit Log", row, 1))).toEqual([
      JUNE_30_IN_1904,
      JUNE_30_IN_1904,
    ]);
  });

  test("a book openpyxl wrote in the 1904 system: openpyxl reads Aging B2, Credit Changes B2 and Credit Log A2:A3 back as 2026-06-30", async () => {
    const folder = mkdtempSync(join(tmpdir(), "date1904-"));
    const source = join(folder, "book.xlsx");
    run(SYSTEM_PYTHON, ["-c", OPENPYXL_1904_BOOK, source]);
    const document = await openXlsxPackageBufferNode(new Uint8Array(readFileSync(source)));
    expect(document.raw.date1904).toBe(true);
    const first = await review(document.raw, JUNE_30);
    expect(first.result.receivables.map((invoice) => invoice.daysOverdue)).toEqual([30, 30]);
    const bytes = (await patchXlsxPackage(document.package, first.plan)).bytes;
    const values = openpyxlValues(bytes, ["Aging", "Credit Changes", "Credit Log"]);
    const day = "2026-06-30T00:00:00";
    expect(values["Aging"]["B2"]).toBe(day);
    expect(values["Credit Changes"]["B2"]).toBe(day);
    expect([values["Credit Log"]["A2"], values["Credit Log"]["A3"]]).toEqual([day, day]);
  });

  test("the next review (2026-07-31) reads the log's 2026-06-30 and appends 44772 below it", async () => {
    const document = await openXlsxPackageBufferNode(book1904());
    const first = await review(document.raw, JUNE_30);
    const once = await openXlsxPackageBufferNode(
      (await patchXlsxPackage(document.package, first.plan)).bytes
    );
    const logOf = (raw: RawWorkbook) => {
      const sheet = raw.sheets.find((candidate) => candidate.name === "Credit Log");
      if (!sheet) throw new Error("no Credit Log");
      return readCreditLog(sheet, raw.date1904, DEFAULT_POLICY.minorPerUnit).entries.map(
        (entry) => entry.reviewDate
      );
    };
    expect(logOf(once.raw)).toEqual([JUNE_30, JUNE_30]);

    const second = await review(once.raw, JULY_31);
    const { raw } = await openXlsxPackageBufferNode(
      (await patchXlsxPackage(once.package, second.plan)).bytes
    );
    expect([2, 3, 4, 5].map((row) => cellOf(raw, "Credit Log", row, 1))).toEqual([
      JUNE_30_IN_1904,
      JUNE_30_IN_1904,
      JULY_31_IN_1904,
      JULY_31_IN_1904,
    ]);
    expect(logOf(raw)).toEqual([JUNE_30, JUNE_30, JULY_31, JULY_31]);
  });
});
