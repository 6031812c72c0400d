/**
 * Every program that writes .xlsx files in the wild, round-tripped: a workbook made by openpyxl,
 * xlsxwriter, LibreOffice, SheetJS, exceljs and the Excel-like sample (plus valid packages with
 * slicers, Markup Compatibility, comments and CDATA, a UTF-16 part, rows out of order) is
 * reviewed through the command line, and the reviewed copy must (a) open in openpyxl, (b) be
 * converted by LibreOffice, (c) keep every original cell of every user sheet — value, formula
 * and resolved style, as openpyxl reads them; rich text runs as exceljs reads them — and
 * (d) be a valid package (UTF-8 as declared, prefixes bound, rows ascending, one cell per ref).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../cli/cli-harness";
import { packageProblems } from "./support/package-validity";
import { buildCorpus, run, SYSTEM_PYTHON, type CorpusBook } from "./support/writer-corpus";

const DUMP = join(__dirname, "writers/dump_cells.py");

interface CellDump {
  sheetNames: string[];
  /** Each cell as [value, data type, style id]. */
  sheets: Record<string, { cells: Record<string, [unknown, string, number]>; merged: string[] }>;
  /** Each style id's resolved style. */
  styles: Record<string, unknown>;
}

/** A cell as it means: its value, type and resolved style (ids differ between files). */
function cellMeaning(dumped: CellDump, cell: [unknown, string, number] | undefined): string {
  if (cell === undefined) return "(no cell)";
  const [value, type, style] = cell;
  return JSON.stringify({ value, type, style: dumped.styles[String(style)] });
}

function dump(path: string, sheets: string[]): CellDump {
  return JSON.parse(run(SYSTEM_PYTHON, [DUMP, path, ...sheets])) as CellDump;
}

/** The original cells that differ in the output, as "Sheet!A1: before → after". */
function changedCells(before: CellDump, after: CellDump, sheets: string[]): string[] {
  const changes: string[] = [];
  for (const sheet of sheets) {
    const original = before.sheets[sheet];
    const written = after.sheets[sheet];
    for (const [address, cell] of Object.entries(original.cells)) {
      const was = cellMeaning(before, cell);
      const now = cellMeaning(after, written.cells[address]);
      if (now !== was) changes.push(`${sheet}!${address}: ${was} → ${now}`);
    }
    for (const range of original.merged)
      if (!written.merged.includes(range)) changes.push(`${sheet}: merge ${range} lost`);
  }
  return changes;
}

async function richTextOf(path: string, cells: CorpusBook["richTextCells"]): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return cells.map(({ sheet, address }) =>
    JSON.stringify(book.getWorksheet(sheet)?.getCell(address).value)
  );
}

const workDir = mkdtempSync(join(tmpdir(), "credit-desk-round-trip-"));
let corpus: CorpusBook[] = [];
const outputs = new Map<string, string>();
let pdfDir = "";

beforeAll(async () => {
  corpus = await buildCorpus(join(workDir, "in"));
  for (const book of corpus) {
    const out = join(workDir, "out", `${basename(book.path, ".xlsx")}.reviewed.xlsx`);
    const result = await runCli([
      "review",
      book.path,
      "--as-of",
      "2026-06-30",
      "--out",
      out,
      "--quiet",
    ]);
    if (result.code !== 0)
      throw new Error(`the review of the ${book.name} book failed: ${result.stderr}`);
    outputs.set(book.name, out);
  }
  // One LibreOffice start converts every output: a file it cannot load gets no PDF.
  pdfDir = join(workDir, "pdf");
  const profile = mkdtempSync(join(workDir, "lo-profile-"));
  run(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      pdfDir,
      ...outputs.values(),
    ],
    300_000
  );
}, 600_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const NAMES = [
  "openpyxl",
  "xlsxwriter",
  "libreoffice",
  "sheetjs",
  "exceljs",
  "slicer",
  "comments-cdata",
  "utf16-sheet",
  "rows-out-of-order",
  "sample (Excel-like)",
];

describe.each(NAMES)("the %s workbook, reviewed", (name) => {
  const book = () => {
    const found = corpus.find((item) => item.name === name);
    if (!found) throw new Error(`no corpus book ${name}`);
    return found;
  };
  const output = () => outputs.get(name) as string;

  test("is a valid package: UTF-8 as declared, prefixes bound, rows ascending, one <c> per cell", () => {
    expect(packageProblems(new Uint8Array(readFileSync(output())))).toEqual([]);
  });

  test("opens in openpyxl and keeps every original cell's value, formula and style", () => {
    const { userSheets } = book();
    const before = dump(book().path, userSheets);
    const after = dump(output(), userSheets);
    expect(after.sheetNames.slice(0, before.sheetNames.length)).toEqual(before.sheetNames);
    expect(changedCells(before, after, userSheets)).toEqual([]);
    // The review did write: its block stands beside the receivables.
    expect(Object.keys(after.sheets.Receivables.cells).length).toBeGreaterThan(
      Object.keys(before.sheets.Receivables.cells).length
    );
  });

  test("is converted by LibreOffice", () => {
    const pdf = join(pdfDir, `${basename(output(), ".xlsx")}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(1000);
  });
});

/** The books with rich text cells (exceljs, a second and independent reader, reads their runs). */
const RICH_TEXT_BOOKS = ["xlsxwriter", "exceljs", "slicer", "comments-cdata", "rows-out-of-order"];

test.each(RICH_TEXT_BOOKS)(
  "the %s workbook keeps its rich text runs, as exceljs reads them",
  async (name) => {
    const book = corpus.find((item) => item.name === name) as CorpusBook;
    const cells = book.richTextCells;
    expect(cells.length).toBeGreaterThan(0);
    const before = await richTextOf(book.path, cells);
    for (const value of before) expect(value).toContain("richText");
    expect(await richTextOf(outputs.get(name) as string, cells)).toEqual(before);
  }
);
