/** Every problem has a severity from its code: error (row left out), warning, info. */
import { PROBLEM_CODES, rowProblem } from "../../../src/engine/problems";
import { cellProblem, READ_CODES } from "../../../src/workbook/read-problem";
import {
  problemsBySeverity,
  SEVERITY_BY_CODE,
  severityOf,
} from "../../../src/workbook/problem-severity";

describe("problem severity", () => {
  test("every code of the reader and the engine has its entry in the one table", () => {
    const codes = [...Object.values(READ_CODES), ...Object.values(PROBLEM_CODES)];
    expect(codes.filter((code) => SEVERITY_BY_CODE[code] === undefined)).toEqual([]);
  });

  test("a cell that leaves its row out is an error; a value not used with the row kept, a warning", () => {
    const amount = cellProblem(
      "Receivables",
      6,
      5,
      "Amount",
      "12,3x",
      READ_CODES.notANumber,
      "not a number; the row is left out",
      { consequence: "rowLeftOut" }
    );
    const shipped = cellProblem(
      "Orders",
      4,
      4,
      "Shipped",
      "maybe",
      READ_CODES.notYesNo,
      "not a yes/no value; the value is not used",
      { consequence: "valueIgnored" }
    );
    const invoiceNo = cellProblem(
      "Receivables",
      9,
      2,
      "Invoice No",
      null,
      READ_CODES.missingValue,
      "missing invoice number; the row is still used",
      { variant: "invoiceNo", consequence: "rowKept" }
    );
    expect([severityOf(amount), severityOf(shipped), severityOf(invoiceNo)]).toEqual([
      "error",
      "warning",
      "warning",
    ]);
  });

  test("engine codes: left out → error, assumed → warning, credit note → info", () => {
    const at = { sheet: "Receivables", row: 12 };
    const afterAsOf = rowProblem(
      at,
      "Receivables",
      "invoiceDate",
      46300,
      PROBLEM_CODES.invoiceAfterAsOf,
      "dated after the as-of date"
    );
    const noDue = rowProblem(
      at,
      "Receivables",
      "dueDate",
      null,
      PROBLEM_CODES.noDueDate,
      "invoice date used as due date"
    );
    const creditNote = rowProblem(
      at,
      "Receivables",
      "amount",
      -300,
      PROBLEM_CODES.unappliedCredit,
      "an open credit note",
      { variant: "creditNote" }
    );
    expect([severityOf(afterAsOf), severityOf(noDue), severityOf(creditNote)]).toEqual([
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

  test("a code no table knows (a newer reader's) is a warning, never dropped", () => {
    expect(severityOf({ code: "UNUSED_COLUMN" })).toBe("warning");
  });
});
