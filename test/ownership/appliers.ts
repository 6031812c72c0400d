/**
 * One review of a model workbook through each applier, as the product runs it:
 * - excel: the recording fake of Office.js, read → review → plan → applyPlan, the map's name kept
 *   in (simulated) document settings as the pane keeps it;
 * - file: an .xlsx package written from the model, the package reader, the package writer, and
 *   the written bytes read back with the same reader (the map's name in a hidden defined name).
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { applyPlan } from "../../src/excel/apply-plan";
import { recordingOutputMap, withRecordedOutputMap } from "../../src/excel/output-map-setting";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { OUTPUT_MAP_DEFINED_NAME, outputMapReference } from "../../src/file/output-map-name";
import { patchXlsxPackage } from "../../src/file/package-writer/patch-package";
import { openXlsxPackageBufferNode } from "../../src/file/package-writer/write-package-node";
import { serialFromIso } from "../../src/engine/dates";
import { headerSynonyms } from "../../src/i18n/headers";
import { allOutputLabels, outputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import { cellAddress } from "../../src/workbook/plan-address";
import type { OutputPlan } from "../../src/workbook/plan";
import { parseRange, rangeAddress } from "../../src/workbook/plan-address";
import type { RawWorkbook } from "../../src/workbook/raw";
import type { Problem } from "../../src/engine/types";
import { isRawError } from "../../src/workbook/raw";
import { prepareReview } from "../../src/workbook/prepare-review";
import { FakeExcel, asExcelContext } from "../excel/recording-fake";
import { buildZip, packageEntries } from "../file/support/zip-builder";
import type { ModelBook, ModelCell } from "./model-book";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

export interface ReviewRun {
  book: ModelBook;
  /** The plan applied, or null when the review refused (then nothing was written). */
  plan: OutputPlan | null;
  refusal: string | null;
  /** Each problem of the review as "CODE Sheet!A1" (the code and the cell it names). */
  problems: string[];
}

export type Applier = (book: ModelBook) => Promise<ReviewRun>;

const SIGNATURES = ownedSignatures(allOutputLabels(DEFAULT_POLICY));
const AS_OF = serialFromIso("2026-06-30");

/** The review both appliers run (the command line's composition, English words). */
async function planFor(
  raw: RawWorkbook
): Promise<{ plan: OutputPlan | null; refusal: string | null; problems: string[] }> {
  try {
    const outcome = await prepareReview(raw, {
      statementWords: STATEMENT_WORDS,
      asOf: AS_OF,
      synonyms: headerSynonyms(),
      labelsFor: (policy) => outputLabels("en-US", policy),
      ownedSignatures: SIGNATURES,
      policySheetNames: POLICY_SHEET_NAMES,
    });
    const problems = outcome.problems.map(problemAt);
    return outcome.kind === "ready"
      ? { plan: outcome.plan, refusal: null, problems }
      : { plan: null, refusal: JSON.stringify(outcome.refusal), problems };
  } catch (error) {
    // The plan refuses by throwing a sentence (a block past the last column): nothing is written.
    if (error instanceof RangeError) return { plan: null, refusal: error.message, problems: [] };
    throw error;
  }
}

function problemAt(problem: Problem): string {
  return `${problem.code} ${problem.place.sheet}!${problem.place.cell ?? ""}`;
}

function modelFromRaw(raw: RawWorkbook): ModelBook {
  return {
    sheets: raw.sheets.map((sheet) => {
      const cells: ModelCell[][] = [];
      sheet.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === "") return;
          const line = (cells[sheet.firstRow + r - 1] ??= []);
          line[sheet.firstColumn + c - 1] = isRawError(value)
            ? value.error
            : typeof value === "boolean"
              ? String(value)
              : value;
        })
      );
      const merges = (sheet.merges ?? []).map((merge) =>
        rangeAddress(merge.top, merge.left, merge.bottom, merge.right)
      );
      return {
        name: sheet.name,
        visibility: sheet.visibility ?? "visible",
        cells: Array.from(cells, (row) => Array.from(row ?? [], (value) => value ?? null)),
        ...(merges.length > 0 ? { merges } : {}),
      };
    }),
    ...(raw.outputMapName === undefined ? {} : { outputMapName: raw.outputMapName }),
  };
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export const reviewInExcel: Applier = async (book) => {
  const excel = new FakeExcel();
  for (const sheet of book.sheets) {
    const state = excel.addSheet(sheet.name);
    state.visibility = VISIBILITY[sheet.visibility];
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) state.setCell(r + 1, c + 1, value);
      })
    );
    state.merges.push(...(sheet.merges ?? []).map(parseRange));
  }
  const settings = book.outputMapName === undefined ? {} : { outputMap: book.outputMapName };
  const read = await readOpenWorkbook(asExcelContext(excel.context()), { supports: () => true });
  const { plan, refusal, problems } = await planFor(withRecordedOutputMap(read, settings));
  const saved = plan ? recordingOutputMap(settings, plan) : settings;
  if (plan) await applyPlan(asExcelContext(excel.context()), plan);
  const after = await readOpenWorkbook(asExcelContext(excel.context()), { supports: () => true });
  return {
    book: modelFromRaw(withRecordedOutputMap(after, saved)),
    plan,
    refusal,
    problems,
  };
};

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function mergeCellsXml(merges: readonly string[]): string {
  if (merges.length === 0) return "";
  const items = merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  return `<mergeCells count="${merges.length}">${items}</mergeCells>`;
}

function worksheetXml(cells: ModelCell[][], merges: readonly string[] = []): string {
  const rows = cells
    .map((row, r) => {
      const inner = row
        .map((value, c) => {
          if (value === null) return "";
          const ref = cellAddress(r + 1, c + 1);
          return typeof value === "number"
            ? `<c r="${ref}"><v>${value}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
        })
        .join("");
      return inner === "" ? "" : `<row r="${r + 1}">${inner}</row>`;
    })
    .join("");
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${mergeCellsXml(merges)}</worksheet>`;
}

export function xlsxOf(book: ModelBook): Uint8Array {
  return buildZip(
    packageEntries({
      sheets: book.sheets.map((sheet) => ({
        name: escapeText(sheet.name),
        xml: worksheetXml(sheet.cells, sheet.merges),
        ...(sheet.visibility === "visible" ? {} : { state: sheet.visibility }),
      })),
      ...(book.outputMapName === undefined
        ? {}
        : {
            definedNames: `<definedName name="${OUTPUT_MAP_DEFINED_NAME}" hidden="1">${escapeText(outputMapReference(book.outputMapName))}</definedName>`,
          }),
    })
  );
}

export const reviewInFile: Applier = async (book) => {
  const document = await openXlsxPackageBufferNode(xlsxOf(book));
  const { plan, refusal, problems } = await planFor(document.raw);
  if (!plan) return { book: modelFromRaw(document.raw), plan, refusal, problems };
  const patched = await patchXlsxPackage(document.package, plan);
  const after = await openXlsxPackageBufferNode(patched.bytes);
  return { book: modelFromRaw(after.raw), plan, refusal, problems };
};

export const APPLIERS: [string, Applier][] = [
  ["the Office.js applier (recording fake)", reviewInExcel],
  ["the package writer", reviewInFile],
];
