/**
 * A workbook saved by a tool that keeps formulas but not their results (openpyxl writes
 * `<f>E2*2</f><v></v>`): in a column the review uses, the review stops with a sentence naming
 * the sheet, the column and the first row; in a column it does not use, nothing happens; in our
 * own output columns, nothing happens either. Packages built here, counts checked by hand.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { refusalFailure } from "../../src/cli/failure";
import { serialFromIso } from "../../src/engine/dates";
import type { Policy } from "../../src/engine/policy";
import { patchXlsxPackage } from "../../src/file/package-writer/patch-package";
import { openXlsxPackageBufferNode } from "../../src/file/package-writer/write-package-node";
import { headerSynonyms } from "../../src/i18n/headers";
import { cliTranslator } from "../../src/i18n/cli-messages";
import { allOutputLabels, outputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import type { RawWorkbook } from "../../src/workbook/raw";
import { prepareReview, type PreparedOutcome } from "../../src/workbook/prepare-review";
import { buildZip, packageEntries } from "./support/zip-builder";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

const AS_OF = serialFromIso("2026-06-30");
const INVOICED = serialFromIso("2026-05-01");
const DUE = serialFromIso("2026-05-31");

function review(raw: RawWorkbook): Promise<PreparedOutcome> {
  return prepareReview(raw, {
    statementWords: STATEMENT_WORDS,
    asOf: AS_OF,
    synonyms: headerSynonyms(),
    labelsFor: (policy: Policy) => outputLabels("en-US", policy),
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
    policySheetNames: POLICY_SHEET_NAMES,
  });
}

/** The command line's English sentence for a refusal (empty when the review ran). */
function englishOf(outcome: PreparedOutcome): string {
  return outcome.kind === "ready"
    ? ""
    : refusalFailure(outcome.refusal, cliTranslator("en-US"), "en-US", null).message;
}

const text = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number) => `<c r="${ref}"><v>${value}</v></c>`;
/** A formula as openpyxl saves it: no cached result. */
const unsaved = (ref: string, formula: string) => `<c r="${ref}"><f>${formula}</f><v></v></c>`;

const worksheet = (rows: string[]) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((cells, index) => `<row r="${index + 1}">${cells}</row>`)
    .join("")}</sheetData></worksheet>`;

const CUSTOMERS = worksheet([
  text("A1", "Customer ID") + text("B1", "Customer name"),
  text("A2", "C1") + text("B2", "Alpha"),
  text("A3", "C2") + text("B3", "Beta"),
  text("A4", "C3") + text("B4", "Gamma"),
]);

/** Receivables A:E (id, invoice, date, due date, amount) and a column F "My check" of the user's. */
function receivables(amount: (row: number) => string, check: (row: number) => string): string {
  const header =
    text("A1", "Customer ID") +
    text("B1", "Invoice No") +
    text("C1", "Invoice date") +
    text("D1", "Due date") +
    text("E1", "Amount") +
    text("F1", "My check");
  const rows = [2, 3, 4].map(
    (row) =>
      text(`A${row}`, `C${row - 1}`) +
      text(`B${row}`, `INV-${row - 1}`) +
      number(`C${row}`, INVOICED) +
      number(`D${row}`, DUE) +
      amount(row) +
      check(row)
  );
  return worksheet([header, ...rows]);
}

/** A formula as xlsxwriter saves it: a cached 0 that is no result. */
const cachedZero = (ref: string, formula: string) => `<c r="${ref}"><f>${formula}</f><v>0</v></c>`;

/** `calcProperties`: inside the workbook's `<calcPr …/>` (xlsxwriter: 'fullCalcOnLoad="1"'). */
function xlsx(receivablesXml: string, calcProperties?: string): Uint8Array {
  return buildZip(
    packageEntries({
      sheets: [
        { name: "Customers", xml: CUSTOMERS },
        { name: "Receivables", xml: receivablesXml },
      ],
      ...(calcProperties === undefined ? {} : { calcProperties }),
    })
  );
}

describe("formulas whose results were not saved", () => {
  test("the reader gives an openpyxl formula (<f> with an empty <v>) as a formula without result", async () => {
    const bytes = xlsx(
      receivables(
        (row) => number(`E${row}`, 100),
        (row) => unsaved(`F${row}`, `E${row}*2`)
      )
    );
    const { raw } = await openXlsxPackageBufferNode(bytes);
    const sheet = raw.sheets.find((candidate) => candidate.name === "Receivables");
    expect(sheet?.cells[1][5]).toEqual({ error: "#NO_RESULT" });
  });

  test("in the Amount column (E2:E4, used): refused, naming Receivables, column E (Amount), row 2 and 3 formulas", async () => {
    const bytes = xlsx(
      receivables(
        (row) => unsaved(`E${row}`, `100+${row}`),
        (row) => number(`F${row}`, row)
      )
    );
    const outcome = await review((await openXlsxPackageBufferNode(bytes)).raw);
    if (outcome.kind === "ready") throw new Error("the review ran; a refusal was expected");
    expect(outcome.refusal).toMatchObject({
      code: "COLUMN_UNREADABLE",
      place: { sheet: "Receivables", column: "E", cell: "E2" },
      params: { header: "Amount", cause: "noResult", firstRow: 2, unreadable: 3 },
    });
    expect(englishOf(outcome)).toBe(
      'Sheet "Receivables", column E (Amount), from row 2: 3 formulas whose results were not saved; open and save the file in Excel or LibreOffice first, then run again.'
    );
    const sentence = refusalFailure(outcome.refusal, cliTranslator("en-US"), "en-US", null);
    expect(sentence.message).toBe(englishOf(outcome));
    expect(sentence.exitCode).toBe(1);
    const chinese = refusalFailure(outcome.refusal, cliTranslator("zh-CN"), "zh-CN", null).message;
    expect(chinese).toContain("第 E 列（Amount）自第 2 行起有 3 个公式未保存计算结果");
  });

  test("two of three amounts formulas without results (E3, E4): refused from row 3", async () => {
    const bytes = xlsx(
      receivables(
        (row) => (row === 2 ? number("E2", 100) : unsaved(`E${row}`, "1+1")),
        (row) => number(`F${row}`, row)
      )
    );
    const outcome = await review((await openXlsxPackageBufferNode(bytes)).raw);
    expect(outcome.kind).toBe("refused");
    if (outcome.kind !== "ready")
      expect(englishOf(outcome)).toContain("column E (Amount), from row 3: 2 formulas");
  });

  test("in a column the review does not use (F, My check): the review runs with all 3 invoices and no problem", async () => {
    const bytes = xlsx(
      receivables(
        (row) => number(`E${row}`, 100),
        (row) => unsaved(`F${row}`, `E${row}*2`)
      )
    );
    const outcome = await review((await openXlsxPackageBufferNode(bytes)).raw);
    if (outcome.kind !== "ready") throw new Error(`refused: ${englishOf(outcome)}`);
    expect(outcome.input.receivables).toHaveLength(3);
    expect(outcome.problems.filter((problem) => problem.code === "FORMULA_NO_RESULT")).toEqual([]);
  });

  test("in our own output columns (score, grade of an earlier review): the second review runs", async () => {
    const bytes = xlsx(
      receivables(
        (row) => number(`E${row}`, 100),
        (row) => number(`F${row}`, row)
      )
    );
    const document = await openXlsxPackageBufferNode(bytes);
    const first = await review(document.raw);
    if (first.kind !== "ready") throw new Error(`refused: ${englishOf(first)}`);
    const written = await patchXlsxPackage(document.package, first.plan);
    const { raw } = await openXlsxPackageBufferNode(written.bytes);
    // The earlier output's score and grade (C2:D4 on Customers) become formulas without results.
    const customers = raw.sheets.find((sheet) => sheet.name === "Customers");
    if (!customers) throw new Error("no Customers sheet");
    for (const line of customers.cells.slice(1, 4))
      for (const column of [2, 3]) line[column] = { error: "#NO_RESULT" };
    const second = await review(raw);
    if (second.kind !== "ready") throw new Error(`refused: ${englishOf(second)}`);
    expect(second.plan.columnBlocks[0].firstColumn).toBe(3);
  });
});

describe("a workbook that asks for every formula to be calculated on opening (xlsxwriter)", () => {
  const FULL_CALC = 'calcId="124519" fullCalcOnLoad="1"';

  test("amounts E2:E4 are formulas cached as 0: refused, naming Receivables, column E (Amount), row 2, 3 formulas", async () => {
    const bytes = xlsx(
      receivables(
        (row) => cachedZero(`E${row}`, `100*${row}`),
        (row) => number(`F${row}`, row)
      ),
      FULL_CALC
    );
    const { raw } = await openXlsxPackageBufferNode(bytes);
    const sheet = raw.sheets.find((candidate) => candidate.name === "Receivables");
    expect(sheet?.cells.slice(1).map((line) => line[4])).toEqual([
      { error: "#NO_RESULT" },
      { error: "#NO_RESULT" },
      { error: "#NO_RESULT" },
    ]);
    const outcome = await review(raw);
    if (outcome.kind === "ready") throw new Error("the review ran with amounts of 0");
    expect(outcome.refusal).toMatchObject({
      code: "COLUMN_UNREADABLE",
      place: { sheet: "Receivables", column: "E", cell: "E2" },
      params: { header: "Amount", cause: "noResult", firstRow: 2, unreadable: 3 },
    });
    expect(englishOf(outcome)).toBe(
      'Sheet "Receivables", column E (Amount), from row 2: 3 formulas whose results were not saved; open and save the file in Excel or LibreOffice first, then run again.'
    );
  });

  test("the same cached 0s without fullCalcOnLoad are results: the review runs, 3 invoices of 0", async () => {
    for (const calcProperties of [undefined, 'calcId="191029"', 'fullCalcOnLoad="0"']) {
      const bytes = xlsx(
        receivables(
          (row) => cachedZero(`E${row}`, `100*${row}`),
          (row) => number(`F${row}`, row)
        ),
        calcProperties
      );
      const outcome = await review((await openXlsxPackageBufferNode(bytes)).raw);
      if (outcome.kind !== "ready") throw new Error(`refused: ${englishOf(outcome)}`);
      expect(outcome.input.receivables.map((invoice) => invoice.amount)).toEqual([0, 0, 0]);
    }
  });

  test("formulas cached as 0 only in a column the review does not use (F, My check): the review runs with amounts 100", async () => {
    const bytes = xlsx(
      receivables(
        (row) => number(`E${row}`, 100),
        (row) => cachedZero(`F${row}`, `E${row}*2`)
      ),
      FULL_CALC
    );
    const outcome = await review((await openXlsxPackageBufferNode(bytes)).raw);
    if (outcome.kind !== "ready") throw new Error(`refused: ${englishOf(outcome)}`);
    expect(outcome.input.receivables.map((invoice) => invoice.amount)).toEqual([
      10_000, 10_000, 10_000,
    ]);
    expect(outcome.problems.filter((problem) => problem.code === "FORMULA_NO_RESULT")).toEqual([]);
  });
});
