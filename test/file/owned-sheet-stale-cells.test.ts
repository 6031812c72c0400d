/**
 * An owned sheet leaves out its blank, unstyled cells. That must never let an older value show
 * through: a sheet written in "replace" mode is a new part, and an appended log clears its rows
 * before writing. Checked on the hand-made workbook, reopened with exceljs.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/workbook/plan";
import { handPlan, userWorkbook } from "./support/hand-plan";
import { bytesOf, load, patchBytes } from "./support/patch-helpers";

const sheetOf = (workbook: ExcelJS.Workbook, name: string) =>
  workbook.getWorksheet(name) as ExcelJS.Worksheet;

describe("blank cells of an owned sheet", () => {
  test("an appended log row blank where the sheet held an older value shows it blank", async () => {
    const input = userWorkbook();
    // Row 3 of the log already holds values: a review stopped half-way, or a note typed there.
    sheetOf(input, "Credit Log").getRow(3).values = ["2026-05-31", "C00009", "stale grade", "x"];
    const plan = handPlan();
    const log = plan.sheets.find((sheet) => sheet.name === "Credit Log") as SheetPlan;
    log.cells = [["2026-06-30", "C00001", null]];
    const output = await load((await patchBytes(await bytesOf(input), plan)).bytes);
    const written = sheetOf(output, "Credit Log");
    expect([1, 2, 3, 4].map((column) => written.getCell(3, column).value)).toEqual([
      "2026-06-30",
      "C00001",
      null,
      null,
    ]);
  });

  test("a replaced sheet blank where the older sheet held a value shows it blank", async () => {
    const input = userWorkbook();
    // The older aging sheet, under its Chinese name, is replaced (and renamed) by the plan.
    sheetOf(input, "账龄").getCell("G2").value = 0.25;
    sheetOf(input, "账龄").getCell("H2").value = "older aging note";
    const plan = handPlan();
    const aging = plan.sheets.find((sheet) => sheet.name === "Aging") as SheetPlan;
    aging.cells[1] = [...aging.cells[1].slice(0, 6), null, null];
    const output = await load((await patchBytes(await bytesOf(input), plan)).bytes);
    const sheet = sheetOf(output, "Aging");
    expect(sheet.getCell("A2").value).toBe("C00001");
    expect(sheet.getCell("G2").value).toBeNull();
    expect(sheet.getCell("H2").value).toBeNull();
  });
});
