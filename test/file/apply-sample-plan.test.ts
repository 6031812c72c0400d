import ExcelJS from "exceljs";
import { join } from "node:path";
import {
  applyPlanToWorkbook,
  readXlsxBuffer,
  writeXlsxBuffer,
  type ApplyPlanResult,
  type XlsxDocument,
} from "../../src/file/index";
import { readXlsxFile } from "../../src/file/index-node";
import type { RawSheet } from "../../src/workbook/raw";
import { reviewRaw, type ReviewedWorkbook } from "./support/review-sample";

const SAMPLE = join(__dirname, "../../assets/sample/credit-desk-sample.xlsx");

type Areas = Record<string, { rows: number; columns: number }>;

/** Every sheet of the sample is the user's: the used range of each, from A1. */
function userAreas(document: XlsxDocument): Areas {
  const areas: Areas = {};
  for (const sheet of document.raw.sheets) {
    areas[sheet.name] = {
      rows: sheet.firstRow + sheet.cells.length - 1,
      columns: sheet.firstColumn + (sheet.cells[0]?.length ?? 0) - 1,
    };
  }
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
    for (let row = 1; row <= area.rows; row += 1) {
      for (let column = 1; column <= area.columns; column += 1) {
        record(snapshots, name, sheet.getCell(row, column));
      }
    }
  }
  return snapshots;
}

let input: XlsxDocument;
let areas: Areas;
let reviewed: ReviewedWorkbook;
let applied: ApplyPlanResult;
let output: XlsxDocument;
let outputBytes: Uint8Array;

beforeAll(async () => {
  input = await readXlsxFile(SAMPLE);
  areas = userAreas(input);
  reviewed = reviewRaw(input.raw);
  const working = await readXlsxFile(SAMPLE);
  applied = applyPlanToWorkbook(working.workbook, reviewed.plan);
  outputBytes = await writeXlsxBuffer(working.workbook);
  output = await readXlsxBuffer(outputBytes);
}, 60_000);

const rawSheet = (document: XlsxDocument, name: string) =>
  document.raw.sheets.find((sheet) => sheet.name === name) as RawSheet;

describe("the real output plan applied to the sample", () => {
  test("every cell of the user's four tables is identical, value and formatting", () => {
    expect(Object.keys(areas)).toEqual(["Customers", "Receivables", "Orders", "Policy"]);
    const before = userCellSnapshots(input.workbook, areas);
    const after = userCellSnapshots(output.workbook, areas);
    expect(after.size).toBe(before.size);
    expect(before.size).toBeGreaterThan(50_000);
    for (const [address, snapshot] of before) {
      if (after.get(address) !== snapshot)
        throw new Error(`${address} changed: ${snapshot} → ${after.get(address)}`);
    }
  });

  test("the column blocks hold exactly the plan's values, to the right of the user's tables", () => {
    for (const block of reviewed.plan.columnBlocks) {
      const sheet = rawSheet(output, block.sheet);
      const width = block.keys.length;
      const cellsAt = (row: number) =>
        sheet.cells[row - sheet.firstRow].slice(
          block.firstColumn - sheet.firstColumn,
          block.firstColumn - sheet.firstColumn + width
        );
      expect(cellsAt(block.headerRow)).toEqual(block.headers);
      block.rows.forEach((values, offset) => {
        const expected = block.keys.map((_key, index) => values[index] ?? null);
        expect(cellsAt(block.headerRow + 1 + offset)).toEqual(expected);
      });
      expect(block.firstColumn).toBe(areas[block.sheet].columns + 1);
    }
  });

  test("the owned sheets are written, the map very hidden, and the aging chart reported as skipped", () => {
    const states = output.workbook.worksheets.map((sheet) => [sheet.name, sheet.state]);
    expect(states.slice(0, 4).map(([name]) => name)).toEqual([
      "Customers",
      "Receivables",
      "Orders",
      "Policy",
    ]);
    for (const sheetPlan of reviewed.plan.sheets) {
      expect(states).toContainEqual([sheetPlan.name, sheetPlan.visibility]);
      const sheet = rawSheet(output, sheetPlan.name);
      expect(sheet.cells[0][0]).toEqual(sheetPlan.cells[0][0] ?? null);
    }
    const aging = reviewed.plan.sheets.find((sheet) => sheet.key === "aging");
    expect(applied.skipped).toEqual(
      (aging?.charts ?? []).map(
        (chart) =>
          `Chart "${chart.title}" on sheet "${aging?.name}" (${chart.valuesRange}) was not created: exceljs cannot write charts.`
      )
    );
    expect(applied.skipped).toHaveLength(1);
  });

  test("a second review of the written file finds its own output and rewrites it in place", async () => {
    const second = reviewRaw(output.raw);
    expect(second.plan.columnBlocks.map((block) => [block.sheet, block.firstColumn])).toEqual(
      reviewed.plan.columnBlocks.map((block) => [block.sheet, block.firstColumn])
    );
    const again = await readXlsxBuffer(outputBytes);
    applyPlanToWorkbook(again.workbook, second.plan);
    const rewritten = await readXlsxBuffer(await writeXlsxBuffer(again.workbook));
    expect(rewritten.workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      output.workbook.worksheets.map((sheet) => sheet.name)
    );
    const before = userCellSnapshots(input.workbook, areas);
    const after = userCellSnapshots(rewritten.workbook, areas);
    for (const [address, snapshot] of before) {
      if (after.get(address) !== snapshot)
        throw new Error(`${address} changed on the second review`);
    }
  }, 60_000);
});
