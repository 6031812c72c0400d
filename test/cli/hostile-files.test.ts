/**
 * The hostile shapes reported through the command line (out of memory, minutes of work): each is
 * now refused with exit 1, one sentence on stderr naming the file (and the sheet where there is
 * one), nothing on stdout, and no output file. The shapes are built by test/file/support.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  declaredHugeWorkbook,
  farCornersWorkbook,
  rowBeyondSheetWorkbook,
  sharedEntryWorkbook,
  unclosedCellTokensWorkbook,
  unclosedStringItemsWorkbook,
} from "../file/support/hostile-packages";
import { runCli, SAMPLE_AS_OF, tempDir } from "./cli-harness";

const dir = tempDir("hostile");

async function refusalOf(
  name: string,
  bytes: Uint8Array
): Promise<{ path: string; message: string }> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out = join(dir, `${name}.out.xlsx`);
  const run = await runCli(["review", path, "--as-of", SAMPLE_AS_OF, "--out", out]);
  expect(run.stdout).toBe("");
  expect(run.code).toBe(1);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
  return { path, message: lines[0] };
}

test("a cell at A1 and one at XFD1048576 on the receivables sheet: refused naming the sheet and its size, not out of memory", async () => {
  const { message } = await refusalOf("corners.xlsx", farCornersWorkbook());
  expect(message).toBe(
    "Receivables: the sheet reaches A1:XFD1048576 (17,179,869,184 cells), more than the 8,000,000 cells a sheet may have to fit in memory; it was not read. Delete the cells far from the table, or split the sheet, and run again."
  );
});

test("a sheet declaring A1:L1048576 is not refused for its claim: its one cell is read (and holds no receivables header)", async () => {
  const { message } = await refusalOf("declared.xlsx", declaredHugeWorkbook());
  expect(message).toBe(
    'Sheet "Receivables" has no Customer ID column. Expected a header such as: "Customer ID" / "客户编号" / "客戶編號".'
  );
});

test("a cell below row 1,048,576 is a damaged file, named by sheet and reference", async () => {
  const { path, message } = await refusalOf("beyond.xlsx", rowBeyondSheetWorkbook("A99999999"));
  expect(message).toBe(
    `${path} is damaged and cannot be opened as a workbook: sheet "Receivables": the cell reference "A99999999" is not inside A1:XFD1048576.`
  );
});

test("hundreds of thousands of unclosed <c tokens and of unclosed <si> items are damaged files", async () => {
  const cells = await refusalOf("cells.xlsx", unclosedCellTokensWorkbook());
  expect(cells.message).toMatch(
    /: sheet "Receivables": The part "xl\/worksheets\/sheet2\.xml" is not well-formed XML \(1:\d+: /
  );
  const strings = await refusalOf("strings.xlsx", unclosedStringItemsWorkbook());
  expect(strings.message).toBe(
    `${strings.path} is damaged and cannot be opened as a workbook: The part "xl/sharedStrings.xml" nests elements more than 256 deep, which no workbook part does.`
  );
});

test("90 directory records sharing one compressed part are a zip bomb", async () => {
  const { path, message } = await refusalOf("shared.xlsx", sharedEntryWorkbook(90, 256 * 1024));
  expect(message).toBe(
    `${path} would unpack far beyond its size or into too many parts; refused as unsafe (a zip bomb or a damaged file).`
  );
});
