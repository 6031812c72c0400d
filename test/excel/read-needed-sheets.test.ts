import { DEFAULT_POLICY } from "../../src/engine/policy";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { REQUEST_BYTE_BUDGET } from "../../src/excel/request-budget";
import { headerSynonyms } from "../../src/i18n/headers";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { HEADER_SCAN_ROWS } from "../../src/workbook/detect-table";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import type { RawWorkbook } from "../../src/workbook/raw";
import { readCreditLog } from "../../src/workbook/read-credit-log";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { sheetsToRead } from "../../src/workbook/sheets-to-read";
import { HEADER_BAND_ROWS, keepLastReviewInBand } from "../../src/excel/read-bands";
import { paneSheetSelection } from "../../src/taskpane/ports/excel-sheet-selection";
import { AS_OF, largeBook } from "./large-book";
import { type FakeExcel, asExcelContext } from "./recording-fake";
import { reviewThroughExcel } from "./review-through-excel";

const ALL_SETS = (): boolean => true;
const CUSTOMERS = 50;
const REVIEWS = 20;
const NOTES_ROWS = 5_000;
const NOTES_COLUMNS = 10;
const REVIEW_DAYS_APART = 30;

const selection = {
  synonyms: headerSynonyms(),
  mapping: {},
  signatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
};
const selectSheets = (bands: RawWorkbook) => sheetsToRead(bands, selection);
const asThePaneReads = { supports: ALL_SETS, ...paneSheetSelection({}) };

/**
 * A reviewed book whose Credit Log holds 20 reviews of 50 customers (the 19 earlier ones a month
 * apart, the last one the review just applied) and a "Notes" sheet of 50,000 cells.
 */
async function reviewedBook(): Promise<FakeExcel> {
  const excel = largeBook({ customers: CUSTOMERS, receivables: 1_000 });
  await reviewThroughExcel(excel);
  const log = excel.sheet("Credit Log");
  const [header, ...lastReview] = log.values;
  expect(lastReview).toHaveLength(CUSTOMERS);
  const earlier = [];
  for (let review = REVIEWS - 1; review >= 1; review--)
    for (const row of lastReview)
      earlier.push([AS_OF - REVIEW_DAYS_APART * review, ...row.slice(1)]);
  log.values = [header, ...earlier, ...lastReview];
  const notes = excel.addSheet("Notes");
  for (let row = 1; row <= NOTES_ROWS; row++)
    for (let column = 1; column <= NOTES_COLUMNS; column++)
      notes.setCell(row, column, `note ${row}.${column}: call back after the audit`);
  for (const sheet of excel.sheets) sheet.cellReads = [];
  excel.syncs = [];
  return excel;
}

describe("reading only the sheets a review needs", () => {
  it("reads the Notes sheet no further than its header band", async () => {
    const excel = await reviewedBook();
    const raw = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      selectSheets,
    });
    const reads = excel.sheet("Notes").cellReads;
    expect(reads.length).toBeGreaterThan(0);
    expect(Math.max(...reads.map((box) => box.bottom))).toBe(HEADER_SCAN_ROWS);
    const notes = raw.sheets.find((sheet) => sheet.name === "Notes");
    expect(notes?.cells).toHaveLength(HEADER_SCAN_ROWS);
    // The customers and the ledger are read in full.
    const ledger = excel.sheets[1];
    expect(Math.max(...ledger.cellReads.map((box) => box.bottom))).toBe(ledger.values.length);
  });

  it("reads of a Credit Log of 20 reviews only the last review's rows (and its date column)", async () => {
    const excel = await reviewedBook();
    const raw = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      selectSheets,
    });
    const lastRow = 1 + REVIEWS * CUSTOMERS; // 1,001
    const lastReviewTop = lastRow - CUSTOMERS + 1; // 952
    const reads = excel.sheet("Credit Log").cellReads;
    const band = reads.filter((box) => box.bottom <= HEADER_SCAN_ROWS);
    const dateColumn = reads.filter((box) => box.left === 1 && box.right === 1);
    const rows = reads.filter((box) => !band.includes(box) && !dateColumn.includes(box));
    expect(band).toHaveLength(1);
    expect(dateColumn).toEqual([{ top: HEADER_SCAN_ROWS + 1, bottom: lastRow, left: 1, right: 1 }]);
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.min(...rows.map((box) => box.top))).toBe(lastReviewTop);
    expect(Math.max(...rows.map((box) => box.bottom))).toBe(lastRow);

    const log = raw.sheets.find((sheet) => sheet.name === "Credit Log");
    expect(log && log.firstRow + log.cells.length - 1).toBe(lastRow);
    const entries = log
      ? readCreditLog(log, raw.date1904, DEFAULT_POLICY.minorPerUnit).entries
      : [];
    expect(entries).toHaveLength(CUSTOMERS);
    expect(entries.every((entry) => entry.reviewDate === AS_OF)).toBe(true);
  });

  it("reads the review's input as a full read does, within 12 round trips and the request budget", async () => {
    const excel = await reviewedBook();
    const selected = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
      selectSheets,
    });
    expect(excel.roundTrips).toBeLessThanOrEqual(12);
    expect(excel.largestRequest).toBeLessThanOrEqual(REQUEST_BYTE_BUDGET);
    const tripsSelected = excel.roundTrips;
    const everything = await readOpenWorkbook(asExcelContext(excel.context()), {
      supports: ALL_SETS,
    });
    const options = { ownedSignatures: selection.signatures };
    const fromSelected = readWorkbook(selected, selection.synonyms, options);
    const fromEverything = readWorkbook(everything, selection.synonyms, options);
    expect(fromSelected.input).toEqual(fromEverything.input);
    expect(fromSelected.layout).toEqual(fromEverything.layout);
    expect(fromSelected.layout?.ownedSheets.creditLog?.usedRows).toBe(1 + REVIEWS * CUSTOMERS);
    // Names, outline, bands, the log's date column, one data round trip; a full read: 3.
    expect(tripsSelected).toBe(5);
    expect(excel.roundTrips - tripsSelected).toBe(3);
  });

  it("finds the log's last review without a round trip of its own when the log has its usual name", async () => {
    const excel = await reviewedBook();
    await readOpenWorkbook(asExcelContext(excel.context()), asThePaneReads);
    // Names, outline, bands with the log's date column, one data round trip.
    expect(excel.roundTrips).toBe(4);
    const reads = excel.sheet("Credit Log").cellReads;
    expect(Math.min(...reads.filter((box) => box.right > 1).map((box) => box.top))).toBe(1);
    const rowsRead = reads
      .filter((box) => box.right > 1 && box.top > HEADER_SCAN_ROWS)
      .reduce((sum, box) => sum + box.bottom - box.top + 1, 0);
    expect(rowsRead).toBe(CUSTOMERS);
  });
});

describe("keepLastReviewInBand", () => {
  it("reads as many header rows as header recognition scans", () => {
    expect(HEADER_BAND_ROWS).toBe(HEADER_SCAN_ROWS);
  });

  const header = ["Review date", "Policy", "Customer ID"];
  const row = (date: number, id: string) => [date, "CP-2026.1", id];

  it("keeps the header and the last review of a log that lies within the band", () => {
    const band = [header, row(100, "C1"), row(100, "C2"), [], row(130, "C1"), row(130, "C2")];
    expect(keepLastReviewInBand(band, 0, { startsBelow: false, date: null })).toEqual([
      header,
      [],
      [],
      [],
      row(130, "C1"),
      row(130, "C2"),
    ]);
  });

  it("keeps the band's end of a last review that began in it, and blanks all when it begins below", () => {
    const band = [header, row(100, "C1"), row(130, "C1")];
    expect(keepLastReviewInBand(band, 0, { startsBelow: false, date: 130 })).toEqual([
      header,
      [],
      row(130, "C1"),
    ]);
    expect(keepLastReviewInBand(band, 0, { startsBelow: true, date: 160 })).toEqual([
      header,
      [],
      [],
    ]);
  });
});

describe("sheetsToRead", () => {
  const sheet = (name: string, rows: (string | number)[][]) => ({
    name,
    cells: rows,
    firstRow: 1,
    firstColumn: 1,
  });
  const bands: RawWorkbook = {
    date1904: false,
    sheets: [
      sheet("Sheet1", [["客户编号", "客户名称", "信用额度"]]),
      sheet("Ledger 2026", [["Customer ID", "Invoice No", "Due Date", "Amount"]]),
      sheet("Notes", [["Meeting notes"], ["Call back after the audit"]]),
      sheet("Customers", [["nothing recognisable"]]),
    ],
  };

  it("reads in full a sheet whose headers or name a role recognises, and leaves a notes sheet at its band", () => {
    expect(sheetsToRead(bands, selection)).toEqual({
      full: ["Sheet1", "Ledger 2026", "Customers"],
      creditLog: null,
    });
  });
});
