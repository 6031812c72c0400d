/** Every problem carries its severity from where it was made: error (row left out), warning, info. */
import { ENGINE_SEVERITY, PROBLEM_CODES, rowProblem } from "../../../src/engine/problems";
import { problemsBySeverity, READ_SEVERITY } from "../../../src/workbook/problem-severity";
import { cellProblem, READ_CODES, sheetProblem } from "../../../src/workbook/read-problem";

describe("problem severity", () => {
  test("every code of the reader and of the engine has its entry in its layer's table", () => {
    expect(Object.values(READ_CODES).filter((code) => READ_SEVERITY[code] === undefined)).toEqual(
      []
    );
    expect(
      Object.values(PROBLEM_CODES).filter((code) => ENGINE_SEVERITY[code] === undefined)
    ).toEqual([]);
  });

  test("a cell that leaves its row out is an error; a value not used with the row kept, a warning", () => {
    const amount = cellProblem("Receivables", 6, 5, "Amount", "12,3x", READ_CODES.notANumber, {
      consequence: "rowLeftOut",
    });
    const shipped = cellProblem("Orders", 4, 4, "Shipped", "maybe", READ_CODES.notYesNo, {
      consequence: "valueIgnored",
    });
    const invoiceNo = cellProblem(
      "Receivables",
      9,
      2,
      "Invoice No",
      null,
      READ_CODES.missingValue,
      {
        variant: "invoiceNo",
        consequence: "rowKept",
      }
    );
    expect([amount.severity, shipped.severity, invoiceNo.severity]).toEqual([
      "error",
      "warning",
      "warning",
    ]);
    expect(amount.place).toEqual({
      sheet: "Receivables",
      row: 6,
      cell: "E6",
      header: "Amount",
      field: null,
    });
  });

  test("a sheet problem takes its code's severity and names no cell", () => {
    const hidden = sheetProblem("Receivables", READ_CODES.hiddenRows, { count: 2 });
    const missing = sheetProblem("", READ_CODES.sheetMissing, { sheetRole: "receivables" });
    expect([hidden.severity, missing.severity]).toEqual(["warning", "error"]);
    expect(hidden.place).toEqual({
      sheet: "Receivables",
      row: null,
      cell: null,
      header: null,
      field: null,
    });
  });

  test("engine codes: left out → error, assumed → warning, credit note → info", () => {
    const at = { sheet: "Receivables", row: 12 };
    const afterAsOf = rowProblem(
      at,
      "Receivables",
      "invoiceDate",
      46300,
      PROBLEM_CODES.invoiceAfterAsOf
    );
    const noDue = rowProblem(at, "Receivables", "dueDate", null, PROBLEM_CODES.noDueDate);
    const creditNote = rowProblem(
      at,
      "Receivables",
      "amount",
      -300,
      PROBLEM_CODES.unappliedCredit,
      {
        variant: "creditNote",
      }
    );
    expect([afterAsOf.severity, noDue.severity, creditNote.severity]).toEqual([
      "error",
      "warning",
      "info",
    ]);
    expect(problemsBySeverity([creditNote, noDue, afterAsOf])).toEqual({
      error: [afterAsOf],
      warning: [noDue],
      info: [creditNote],
    });
  });
});
