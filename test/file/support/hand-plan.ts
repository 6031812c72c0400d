/**
 * A small user workbook, as if an earlier review had already written into it, and a hand-made
 * output plan for it: enough to check every part of the applier by eye.
 */
import ExcelJS from "exceljs";
import type { OutputPlan, SheetPlan } from "../../../src/workbook/plan";

export const GREEN = "#63BE7B";
export const DARK_RED = "#8B0000";

/** User cells: a customer table A1:C4 with the user's own styles, formula and rule, and a note in J8. */
export const USER_RANGE = { top: 1, left: 1, bottom: 4, right: 3 };
export const USER_NOTE = { row: 8, column: 10 };

export function userWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const customers = workbook.addWorksheet("Customers");
  customers.getRow(1).values = ["Customer ID", "Name", "Typed limit"];
  customers.getRow(1).font = { bold: true, italic: true };
  customers.getRow(2).values = ["C00001", "上海华信精密机械有限公司", 1_000_000];
  customers.getRow(3).values = ["C00002", "Northwind Components Co., Ltd.", 250_000];
  customers.getRow(4).values = [
    "00123",
    "=not a formula, typed text",
    { formula: "C3*2", result: 500_000 },
  ];
  customers.getCell("C2").numFmt = "#,##0";
  customers.getCell("B3").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFFFFF00" },
  };
  customers.getCell(USER_NOTE.row, USER_NOTE.column).value = "checked by J. Chen";
  customers.addConditionalFormatting({
    ref: "C2:C4",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["600000"],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  // What an earlier, longer and wider review left: D1:H6 and a rule on its score column.
  for (let row = 1; row <= 6; row += 1) {
    for (let column = 4; column <= 8; column += 1)
      customers.getCell(row, column).value = `old ${row}/${column}`;
  }
  customers.addConditionalFormatting({
    ref: "D2:D6",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: ["60"],
        priority: 2,
        style: { font: { color: { argb: "FFFF0000" } } },
      },
    ],
  });
  const log = workbook.addWorksheet("Credit Log");
  log.getRow(1).values = ["Review date", "Customer ID", "Grade"];
  log.getRow(2).values = ["2026-03-31", "C00001", "A"];
  workbook.addWorksheet("账龄").getCell("A1").value = "an older aging sheet, written in Chinese";
  workbook.addWorksheet("Notes").getCell("A1").value = "the user's own sheet after ours";
  return workbook;
}

function agingSheet(): SheetPlan {
  return {
    key: "aging",
    name: "Aging",
    knownNames: ["Aging", "账龄", "帳齡"],
    visibility: "visible",
    mode: "replace",
    startRow: 1,
    cells: [
      ["Customer ID", "Customer name", "Not due", "1-30", ">180", "Total", "Share"],
      ["C00001", "上海华信精密机械有限公司", 1200, 0, 0, 1200, 0.6],
      ["C00002", "Northwind Components Co., Ltd.", 0, 300, 500, 800, 0.4],
      ["Total", null, 1200, 300, 500, 2000, 1],
    ],
    numberFormats: [
      { range: "C2:F4", format: "#,##0.00" },
      { range: "G2:G4", format: "0.0%" },
    ],
    conditionalFormats: [
      {
        kind: "cellValue",
        range: "C2:C4",
        operator: "greaterThan",
        values: [0],
        fill: GREEN,
        fontColor: "#000000",
      },
      {
        kind: "cellValue",
        range: "D2:D4",
        operator: "between",
        values: [1, 1000],
        fill: "#FFEB84",
      },
      {
        kind: "cellValue",
        range: "E2:E4",
        operator: "greaterThan",
        values: [0],
        fill: DARK_RED,
        fontColor: "#FFFFFF",
      },
      { kind: "dataBar", range: "F2:F3", color: "#5B9BD5" },
      { kind: "colorScale", range: "G2:G3", min: "#FFFFFF", mid: "#FFEB84", max: "#F8696B" },
    ],
    boldRows: [1, 4],
    columnWidths: [14, 32, 12, 12, 12, 14, 9],
    freezeRows: 1,
    charts: [
      {
        kind: "column",
        title: "Open amounts by age",
        categoriesRange: "C1:E1",
        valuesRange: "C4:E4",
        seriesName: "Total",
        anchor: "A7",
        widthPoints: 480,
        heightPoints: 260,
      },
    ],
  };
}

function creditLogSheet(): SheetPlan {
  return {
    key: "creditLog",
    name: "Credit Log",
    knownNames: ["Credit Log", "信用记录"],
    visibility: "visible",
    mode: "append",
    startRow: 3,
    cells: [["2026-06-30", "C00001", "A"]],
    numberFormats: [],
    conditionalFormats: [],
    boldRows: [],
    columnWidths: [12, 12, 8],
    freezeRows: 1,
    charts: [],
  };
}

function metaSheet(): SheetPlan {
  return {
    key: "meta",
    name: "CreditDesk_Meta",
    knownNames: ["CreditDesk_Meta"],
    visibility: "veryHidden",
    mode: "replace",
    startRow: 1,
    cells: [["CreditDesk output map"], ["block", "Customers", 1, 4, "score,grade,status,note", 4]],
    numberFormats: [{ range: "B2:C2", format: "@" }],
    conditionalFormats: [],
    boldRows: [],
    columnWidths: [],
    freezeRows: 0,
    charts: [],
  };
}

/** The note column carries text that would be a formula, a sum or a function call if typed. */
export const FORMULA_LIKE_TEXTS = ['=HYPERLINK("http://example.com","click")', "+1", "@SUM(A1)"];

export function handPlan(): OutputPlan {
  return {
    columnBlocks: [
      {
        sheet: "Customers",
        role: "customers",
        headerRow: 1,
        firstColumn: 4,
        keys: ["score", "grade", "status", "note"],
        headers: ["Score", "Grade", "Status", "Note"],
        rows: [
          [97, "A", "OK", FORMULA_LIKE_TEXTS[0]],
          [85.2, "B", "REDUCE", FORMULA_LIKE_TEXTS[1]],
          [40, "D", "SUSPEND", FORMULA_LIKE_TEXTS[2]],
        ],
        numberFormats: ["0.0", "@", "@", "@"],
        clearRowsBelow: 2,
        clearColumnsRight: 1,
        conditionalFormats: [
          { kind: "textEquals", range: "E2:E4", text: "A", fill: "#C6EFCE", fontColor: "#006100" },
          { kind: "textEquals", range: "F2:F4", text: 'say "SUSPEND"', fill: "#FFC7CE" },
          {
            kind: "cellValue",
            range: "D2:D4",
            operator: "lessThan",
            values: [60],
            fill: "#FFC7CE",
            fontColor: "#9C0006",
          },
        ],
      },
    ],
    sheets: [agingSheet(), creditLogSheet(), metaSheet()],
    activate: "Aging",
  };
}
