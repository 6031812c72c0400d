/**
 * The real output plan of the sample written by the package writer, reopened with exceljs and
 * with the raw reader: the user's cells are untouched, the blocks hold the plan's values, and a
 * second review finds its own output and rewrites it in place.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxPackage, patchXlsxPackage, type XlsxPackageDocument } from "../../src/file/index";
import { openXlsxPackageBufferNode, openXlsxPackageFile } from "../../src/file/index-node";
import type { RawSheet } from "../../src/workbook/raw";
import { reviewRaw, type ReviewedWorkbook } from "./support/review-sample";
import { readZipDirectory } from "../../src/file/zip-directory";
import { load, zipParts } from "./support/patch-helpers";

const SAMPLE = join(__dirname, "../../assets/sample/credit-desk-sample.xlsx");

type Areas = Record<string, { rows: number; columns: number }>;

function userAreas(document: XlsxPackageDocument): Areas {
  const areas: Areas = {};
  for (const sheet of document.raw.sheets)
    areas[sheet.name] = {
      rows: sheet.firstRow + sheet.cells.length - 1,
      columns: sheet.firstColumn + (sheet.cells[0]?.length ?? 0) - 1,
    };
  return areas;
}

function record(snapshots: Map<string, string>, sheetName: string, cell: ExcelJS.Cell): void {
  snapshots.set(
    `${sheetName}!${cell.address}`,
    JSON.stringify([cell.type, cell.value, cell.style])
  );
}

function userCellSnapshots(workbook: ExcelJS.Workbook, areas: Areas): Map<string, string> {
  const snapshots = new Map<string, string>();
  for (const [name, area] of Object.entries(areas)) {
    const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    for (let row = 1; row <= area.rows; row += 1)
      for (let column = 1; column <= area.columns; column += 1)
        record(snapshots, name, sheet.getCell(row, column));
  }
  return snapshots;
}

let input: XlsxPackageDocument;
let areas: Areas;
let reviewed: ReviewedWorkbook;
let outputBytes: Uint8Array;
let output: XlsxPackageDocument;

beforeAll(async () => {
  input = await openXlsxPackageFile(SAMPLE);
  areas = userAreas(input);
  reviewed = reviewRaw(input.raw);
  outputBytes = (await patchXlsxPackage(input.package, reviewed.plan)).bytes;
  output = await openXlsxPackageBufferNode(outputBytes);
}, 60_000);

const rawSheet = (document: XlsxPackageDocument, name: string) =>
  document.raw.sheets.find((sheet) => sheet.name === name) as RawSheet;

describe("the sample's real plan written by the package writer", () => {
  test("every cell of the user's five tables is identical, value and formatting", async () => {
    expect(Object.keys(areas)).toEqual([
      "Customers",
      "Receivables",
      "Orders",
      "Policy",
      "Collection Log",
    ]);
    const before = userCellSnapshots(await load(input.package.bytes), areas);
    const after = userCellSnapshots(await load(outputBytes), areas);
    expect(before.size).toBeGreaterThan(50_000);
    expect(after.size).toBe(before.size);
    for (const [address, snapshot] of before)
      if (after.get(address) !== snapshot)
        throw new Error(`${address} changed: ${snapshot} → ${after.get(address)}`);
  }, 60_000);

  test("the column blocks hold exactly the plan's values, right of the user's tables", () => {
    for (const block of reviewed.plan.columnBlocks) {
      const sheet = rawSheet(output, block.sheet);
      const at = (row: number) =>
        sheet.cells[row - sheet.firstRow].slice(
          block.firstColumn - sheet.firstColumn,
          block.firstColumn - sheet.firstColumn + block.keys.length
        );
      expect(at(block.headerRow)).toEqual(block.headers);
      block.rows.forEach((values, offset) =>
        expect(at(block.headerRow + 1 + offset)).toEqual(
          block.keys.map((_key, index) => values[index] ?? null)
        )
      );
      expect(block.firstColumn).toBe(areas[block.sheet].columns + 1);
    }
  });

  test("a second review finds its own output, rewrites it in place and keeps the user's cells", async () => {
    const second = reviewRaw(output.raw);
    expect(second.plan.columnBlocks.map((block) => [block.sheet, block.firstColumn])).toEqual(
      reviewed.plan.columnBlocks.map((block) => [block.sheet, block.firstColumn])
    );
    const again = await patchXlsxPackage(output.package, second.plan);
    const rewritten = await openXlsxPackageBufferNode(again.bytes);
    expect(rewritten.raw.sheets.map((sheet) => sheet.name)).toEqual(
      output.raw.sheets.map((sheet) => sheet.name)
    );
    const workbook = await load(again.bytes);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toContainEqual([
      reviewed.plan.sheets.find((sheet) => sheet.key === "meta")?.name,
      "veryHidden",
    ]);
    const before = userCellSnapshots(await load(input.package.bytes), areas);
    const after = userCellSnapshots(workbook, areas);
    for (const [address, snapshot] of before)
      if (after.get(address) !== snapshot)
        throw new Error(`${address} changed on the second review`);
  }, 60_000);

  test("the written package is a sound zip: JSZip and unzip -t read every part", async () => {
    // Folder entries of the source ("xl/") are copied too; JSZip lists them as folders.
    const names = readZipDirectory(outputBytes, 1000)
      .entries.map((entry) => entry.name)
      .filter((name) => !name.endsWith("/"));
    const zip = await JSZip.loadAsync(outputBytes);
    expect(
      Object.keys(zip.files)
        .filter((name) => !zip.files[name].dir)
        .sort()
    ).toEqual([...names].sort());
    for (const name of names) await zip.file(name)?.async("uint8array"); // checks each CRC-32
    if (spawnSync("unzip", ["-v"]).status !== 0) {
      console.warn("unzip is not installed: the Info-ZIP check did not run");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "patch-sample-"));
    try {
      writeFileSync(join(dir, "out.xlsx"), outputBytes);
      const result = spawnSync("unzip", ["-t", join(dir, "out.xlsx")], { encoding: "utf8" });
      expect(result.stdout).toContain("No errors detected");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the browser's way (CompressionStream, DecompressionStream) writes the same parts as Node's zlib", async () => {
    const opened = await openXlsxPackage(input.package.bytes);
    const inBrowserWay = await patchXlsxPackage(opened.package, reviewed.plan);
    const ours = zipParts(outputBytes);
    const theirs = zipParts(inBrowserWay.bytes);
    expect([...theirs.keys()]).toEqual([...ours.keys()]);
    for (const [name, part] of ours) expect(theirs.get(name)?.data.equals(part.data)).toBe(true);
  });
});
