/**
 * The Collections and Letters sheets and `--letters`, through the real command on the workbook
 * of `collection-book.ts` (worked numbers there), as of 2026-06-30 under the default policy.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeCollectionBook } from "./collection-book";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("collection-sheets");
const book = join(dir, "book.xlsx");
const out = join(dir, "out.xlsx");
const letters = join(dir, "letters");

beforeAll(() => writeCollectionBook(book, { letterLanguages: true }));

describe("a review with a Collection Log", () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let written: ExcelJS.Workbook;

  beforeAll(async () => {
    run = await runCli([
      "review",
      book,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      out,
      "--letters",
      letters,
      "--company",
      "Credit Desk Co.",
    ]);
    written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
  });

  const rowsOf = (name: string) => {
    const sheet = written.getWorksheet(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      rows[number - 1] = (row.values as unknown[]).slice(1);
    });
    return rows;
  };

  test("exits 0 and says how many letters it wrote", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Letters written to ${letters}: 2`);
  });

  test("the Collections sheet lists K1, K2, K3 by priority 12,500 > 11,250 > 3,500", () => {
    const rows = rowsOf("Collections");
    expect(rows[0]?.[0]).toBe("Collections");
    expect(rows[3]?.slice(0, 6)).toEqual([
      "Customer ID",
      "Customer name",
      "Next action",
      "Due since",
      "Due today",
      "Overdue amount",
    ]);
    const body = rows.slice(4);
    expect(body.map((row) => row[0])).toEqual(["K1", "K2", "K3/east"]);
    const [k1, k2, k3] = body;
    // Next action, due today?, overdue, of which disputed, promise amount / status.
    expect(k1?.[4]).toBe("Yes");
    expect(k1?.[5]).toBe(15000);
    expect(k1?.[6]).toBe(10000);
    expect(k1?.[15]).toBe("555-0101");
    expect(k1?.[18]).toBe(12500);
    // The priority reads as a magnitude: 12,500, not 12500.
    expect(written.getWorksheet("Collections")?.getRow(5).getCell(19).numFmt).toBe("#,##0");
    expect(k2?.[2]).toBe("Check the promise");
    expect(k2?.[4]).toBeUndefined(); // due 07-08: not today
    expect(k2?.[7]).toBe(3000);
    expect(k2?.[9]).toBe("Open");
    expect(k2?.[12]).toBe("Mr Wong");
    expect(k2?.[18]).toBe(11250);
    expect(k3?.[18]).toBe(3500);
  });

  test("the Letters sheet holds K1's first letter then K3's reminder, a page break between", () => {
    const rows = rowsOf("Letters");
    const text = rows.map((row) => (row ?? []).filter((v) => v !== undefined).join(" "));
    const k1 = text.indexOf("First reminder: overdue account");
    const k3 = text.findIndex((line) => line.includes("付款提醒") || line.includes("提醒"));
    expect(k1).toBeGreaterThan(0);
    expect(k3).toBeGreaterThan(k1);
    // K1's statement: both open invoices and the total 15,000.
    const k1Part = rows.slice(k1, k3);
    expect(k1Part.some((row) => row?.[0] === "INV-1" && row[4] === 10000)).toBe(true);
    expect(k1Part.some((row) => row?.[0] === "Total" && row[4] === 15000)).toBe(true);
    // K3's in Simplified Chinese: 合计 2,000.
    expect(rows.slice(k3).some((row) => row?.[0] === "合计" && row[4] === 2000)).toBe(true);
  });

  test("--letters wrote one .docx per letter, named safely after the customer id", () => {
    expect(readdirSync(letters).sort()).toEqual([
      ".credit-desk-letters.json",
      "K1.docx",
      "K3_east.docx",
    ]);
  });
});

describe("--letters never overwrites a file it did not write", () => {
  const reviewInto = (folder: string, outName: string) =>
    runCli([
      "review",
      book,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      join(dir, outName),
      "--letters",
      folder,
    ]);

  test("a user's own K1.docx stays byte for byte; the letter is written as K1-2.docx", async () => {
    const folder = join(dir, "letters-user-file");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "K1.docx"), "USER DATA");
    const run = await reviewInto(folder, "out-user.xlsx");
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, "K1.docx"), "utf8")).toBe("USER DATA");
    expect(readdirSync(folder).sort()).toEqual([
      ".credit-desk-letters.json",
      "K1-2.docx",
      "K1.docx",
      "K3_east.docx",
    ]);
    expect(run.stdout).toContain("this letter is written as K1-2.docx");
    expect(run.stdout).toContain(`Letters written to ${folder}: 2`);
  });

  test("a second run replaces its own letters, and keeps one the user edited since", async () => {
    const folder = join(dir, "letters-rerun");
    expect((await reviewInto(folder, "out-rerun-1.xlsx")).code).toBe(0);
    const second = await reviewInto(folder, "out-rerun-2.xlsx");
    expect(second.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      ".credit-desk-letters.json",
      "K1.docx",
      "K3_east.docx",
    ]);
    // The user changes K3_east.docx: the third run must not replace it.
    writeFileSync(join(folder, "K3_east.docx"), "EDITED BY THE USER");
    const third = await reviewInto(folder, "out-rerun-3.xlsx");
    expect(third.code).toBe(0);
    expect(readFileSync(join(folder, "K3_east.docx"), "utf8")).toBe("EDITED BY THE USER");
    expect(readdirSync(folder).sort()).toEqual([
      ".credit-desk-letters.json",
      "K1.docx",
      "K3_east-2.docx",
      "K3_east.docx",
    ]);
  });
});

describe("--letters refuses", () => {
  test("a folder path that is a file, before reading anything", async () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "x");
    const outPath = join(dir, "never.xlsx");
    const run = await runCli(["review", book, "--out", outPath, "--letters", file, "-q"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is a file, not a folder");
    expect(existsSync(outPath)).toBe(false);
  });

  test("nothing at a letter's path that is a folder: the letter takes the next name", async () => {
    const folder = join(dir, "letters-blocked");
    mkdirSync(join(folder, "K1.docx"), { recursive: true });
    const run = await runCli([
      "review",
      book,
      "--as-of",
      SAMPLE_AS_OF,
      "--out",
      join(dir, "out2.xlsx"),
      "--letters",
      folder,
      "-q",
    ]);
    expect(run.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      ".credit-desk-letters.json",
      "K1-2.docx",
      "K1.docx",
      "K3_east.docx",
    ]);
  });
});
