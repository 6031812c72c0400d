/**
 * Manual page breaks of an owned sheet (the Letters sheet, a page per customer), through
 * Office.js: the sheet's old breaks go, one break is added above each row that starts a page.
 */
import { applyPlan } from "../../src/excel/apply-plan";
import type { OutputPlan, SheetPlan } from "../../src/workbook/plan";
import { bareSheetPlan } from "../support/sheet-plan";
import { FakeExcel, asExcelContext } from "./recording-fake";

function letters(pageBreaksBefore: number[]): SheetPlan {
  return bareSheetPlan({
    key: "letters",
    name: "Letters",
    cells: [["Letters"], ["First letter"], ["Second letter"], ["Third letter"]],
    boldRows: [1],
    columnWidths: [18],
    print: { orientation: "portrait", fitToPagesWide: 1, titleRows: null, pageBreaksBefore },
  });
}

const plan = (sheet: SheetPlan): OutputPlan => ({
  columnBlocks: [],
  sheets: [sheet],
  activate: null,
});

describe("page breaks through Office.js", () => {
  it("adds a break above rows 3 and 4: three letters, three pages", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers").put(1, 1, [["Customer ID"], ["C1"]]);
    await applyPlan(asExcelContext(excel.context()), plan(letters([3, 4])));
    expect(excel.sheet("Letters").pageBreaksBefore).toEqual([3, 4]);
  });

  it("a later review with one letter removes the breaks it no longer needs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers").put(1, 1, [["Customer ID"], ["C1"]]);
    await applyPlan(asExcelContext(excel.context()), plan(letters([3, 4])));
    await applyPlan(asExcelContext(excel.context()), plan(letters([])));
    expect(excel.sheet("Letters").pageBreaksBefore).toEqual([]);
  });
});
