/**
 * A side sheet the review does not read never stops it: a "Notes" sheet claiming
 * A1:XFD1048576 in its `<dimension>` and holding one cell at XFD1048576 (17,179,869,184 cells
 * if a grid were made) is left unread, the review runs, and the Notes part is written back
 * byte for byte. The same shape on a sheet the review needs is a refusal naming it.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { serialFromIso } from "../../src/engine/dates";
import type { Policy } from "../../src/engine/policy";
import { patchXlsxPackage } from "../../src/file/package-writer/patch-package";
import { openXlsxPackageBufferNode } from "../../src/file/package-writer/write-package-node";
import { headerSynonyms } from "../../src/i18n/headers";
import { problemMessage } from "../../src/i18n/problem-messages";
import { allOutputLabels, outputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import type { RawWorkbook } from "../../src/workbook/raw";
import { cliTranslator } from "../../src/i18n/cli-messages";
import { refusalFailure } from "../../src/cli/failure";
import { prepareReview, type PreparedOutcome } from "../../src/workbook/prepare-review";
import { CUSTOMERS_SHEET } from "./support/hostile-packages";
import { partText, sheetPartName } from "./support/xlsx-parts";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE } from "./support/zip-builder";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

function review(raw: RawWorkbook): Promise<PreparedOutcome> {
  return prepareReview(raw, {
    statementWords: STATEMENT_WORDS,
    asOf: serialFromIso("2026-06-30"),
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

const inline = (ref: string, value: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

const RECEIVABLES = `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><sheetData><row r="1">${inline("A1", "Customer ID")}${inline("B1", "Invoice No")}${inline("C1", "Invoice date")}${inline("D1", "Due date")}${inline("E1", "Amount")}</row><row r="2">${inline("A2", "K1")}${inline("B2", "INV-1")}<c r="C2"><v>46113</v></c><c r="D2"><v>46143</v></c><c r="E2"><v>250</v></c></row></sheetData></worksheet>`;

/** One note at A1 and one at XFD1048576, under a dimension claiming the whole sheet. */
const FAR_NOTES = `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1">${inline("A1", "My notes")}</row><row r="1048576">${inline("XFD1048576", "the far corner")}</row></sheetData></worksheet>`;

function book(receivables: string, notes: string, notesName = "Notes"): Uint8Array {
  return buildZip(
    packageEntries({
      sheets: [
        CUSTOMERS_SHEET,
        { name: "Receivables", xml: receivables },
        { name: notesName, xml: notes },
      ],
    })
  );
}

describe("a side sheet too large to read", () => {
  test("Notes at A1:XFD1048576 with a cell at XFD1048576: the review runs and Notes is written back byte for byte", async () => {
    const input = book(RECEIVABLES, FAR_NOTES);
    const document = await openXlsxPackageBufferNode(input);
    const notes = document.raw.sheets.find((sheet) => sheet.name === "Notes");
    expect(notes?.notRead).toEqual({
      range: "A1:XFD1048576",
      cells: 17_179_869_184,
      limit: 8_000_000,
      declared: false,
    });
    const outcome = await review(document.raw);
    if (outcome.kind !== "ready") throw new Error(`refused: ${englishOf(outcome)}`);
    expect(outcome.input.receivables).toHaveLength(1);
    expect(outcome.problems.filter((problem) => problem.code === "SHEET_NOT_READ")).toEqual([]);
    const written = await patchXlsxPackage(document.package, outcome.plan);
    const part = sheetPartName(written.bytes, "Notes");
    expect(partText(written.bytes, part)).toBe(partText(input, sheetPartName(input, "Notes")));
    expect(partText(written.bytes, part)).toBe(FAR_NOTES);
  });

  test("the same far cell on the receivables sheet: refused, naming Receivables and its 17,179,869,184 cells", async () => {
    const farReceivables = RECEIVABLES.replace(
      "</sheetData>",
      `<row r="1048576">${inline("XFD1048576", "far")}</row></sheetData>`
    );
    const document = await openXlsxPackageBufferNode(book(farReceivables, FAR_NOTES));
    const outcome = await review(document.raw);
    if (outcome.kind === "ready") throw new Error("the review ran; a refusal was expected");
    const problem = outcome.problems.find((found) => found.code === "SHEET_NOT_READ");
    expect(problem && problemMessage(problem, "zh-CN")).toBe(
      "Receivables：工作表延伸到 A1:XFD1048576（17,179,869,184 个单元格），超过可载入内存的 8,000,000 个单元格，未读取。请删除远离表格的单元格，或拆分该工作表，然后重新运行。"
    );
    expect(outcome.refusal).toMatchObject({
      code: "UNREADABLE",
      place: { sheet: "Receivables" },
      params: { problem: { code: "SHEET_NOT_READ", place: { sheet: "Receivables" } } },
    });
    expect(englishOf(outcome)).toBe(
      "Receivables: the sheet reaches A1:XFD1048576 (17,179,869,184 cells), more than the 8,000,000 cells a sheet may have to fit in memory; it was not read. Delete the cells far from the table, or split the sheet, and run again."
    );
  });

  test("the same far cell on the user's Policy sheet: refused, never reviewed with the default policy instead", async () => {
    const document = await openXlsxPackageBufferNode(book(RECEIVABLES, FAR_NOTES, "Policy"));
    const outcome = await review(document.raw);
    if (outcome.kind === "ready") throw new Error("the review ran; a refusal was expected");
    expect(outcome.refusal).toMatchObject({
      code: "POLICY_REFUSED",
      place: { sheet: "Policy" },
      params: {
        source: "sheet",
        issues: [],
        notRead: { code: "SHEET_NOT_READ", params: { range: "A1:XFD1048576" } },
      },
    });
    expect(englishOf(outcome)).toBe(
      'The policy in sheet "Policy" was refused: Policy: the sheet reaches A1:XFD1048576 (17,179,869,184 cells), more than the 8,000,000 cells a sheet may have to fit in memory; it was not read. Delete the cells far from the table, or split the sheet, and run again.'
    );
  });
});
