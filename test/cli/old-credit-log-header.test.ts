/**
 * A Credit Log written by an older version has 12 columns; a review appends rows with more. The
 * headers of the new columns go in row 1, each only where row 1 is blank: a note the user typed
 * in row 1 (column T here) stays, and the old rows are not widened. Through the real command on
 * the workbook of `collection-book.ts`: reviewed on 2026-05-31, the log cut back to 12 columns
 * as an old version wrote it, then reviewed again on 2026-06-30.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { outputLabels } from "../../src/i18n/output-labels";
import { creditLogHeaders } from "../../src/workbook/plan-credit-log";
import { writeCollectionBook } from "./collection-book";
import { runCli, tempDir } from "./cli-harness";

const OLD_COLUMNS = 12;
const USER_NOTE_COLUMN = 20; // T
const USER_NOTE = "Checked by Ann";

const dir = tempDir("old-credit-log");
const book = join(dir, "book.xlsx");
const first = join(dir, "first.xlsx");
const old = join(dir, "old.xlsx");
const second = join(dir, "second.xlsx");

async function logSheet(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("Credit Log");
  if (sheet === undefined) throw new Error(`no Credit Log in ${path}`);
  return sheet;
}

describe("appending to a 12-column Credit Log", () => {
  let oldRows = 0;
  let log: ExcelJS.Worksheet;

  beforeAll(async () => {
    await writeCollectionBook(book, { letterLanguages: true });
    const firstRun = await runCli(["review", book, "--as-of", "2026-05-31", "--out", first]);
    expect(firstRun.code).toBe(0);
    // Cut the log back to what an older version wrote, and add the user's own note in row 1.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const sheet = workbook.getWorksheet("Credit Log");
    if (sheet === undefined) throw new Error("no Credit Log after the first review");
    oldRows = sheet.rowCount;
    sheet.eachRow((row) => {
      for (let column = OLD_COLUMNS + 1; column <= row.cellCount; column++)
        row.getCell(column).value = null;
    });
    sheet.getCell(1, USER_NOTE_COLUMN).value = USER_NOTE;
    await workbook.xlsx.writeFile(old);
    const secondRun = await runCli(["review", old, "--as-of", "2026-06-30", "--out", second]);
    expect(secondRun.stderr).toBe("");
    expect(secondRun.code).toBe(0);
    log = await logSheet(second);
  }, 60_000);

  test("row 1 gains the new columns' headers; the user's note in T1 stays", () => {
    const headers = creditLogHeaders(outputLabels("en-US", DEFAULT_POLICY));
    expect(headers.length).toBeGreaterThan(USER_NOTE_COLUMN);
    const row1 = headers.map((_header, index) => log.getCell(1, index + 1).value);
    const expected = headers.map((header, index) =>
      index + 1 === USER_NOTE_COLUMN ? USER_NOTE : header
    );
    expect(row1).toEqual(expected);
    expect(row1[0]).toBe("Review date");
  });

  test("the old rows stay 12 columns wide; the appended rows fill the new columns", () => {
    expect(oldRows).toBeGreaterThan(1);
    for (let row = 2; row <= oldRows; row++)
      expect(log.getCell(row, OLD_COLUMNS + 1).value).toBeNull();
    expect(log.rowCount).toBeGreaterThan(oldRows);
    // Column M, the limit rule's base, is written on every appended row.
    for (let row = oldRows + 1; row <= log.rowCount; row++)
      expect(log.getCell(row, OLD_COLUMNS + 1).value).not.toBeNull();
  });
});
