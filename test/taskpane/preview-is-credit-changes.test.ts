/**
 * The preview shows exactly the rows the Credit Changes sheet gets. The fixture (see
 * fixture-workbook.ts) is reviewed as of 2026-06-30 and written; then the SAME date is reviewed
 * again with grade A's limit at 250 % instead of 300 %. Both runs compare with the record of
 * 2026-03-31 (a record of the same date is an earlier run of this review, not the previous one),
 * so the second preview lists, by hand:
 * - C1 raised: 600,000 → 400k orders × 250 % = 1,000,000 (120 days)
 * - C2 lowered: 600,000 → 450,000 (OVERDUE_60 moves B down one band to 150 %; 90 → 60 days)
 * - C3 unchanged credit (D, 0 → 0) but listed: its score moved 55 → 50 (issue 10)
 * - C4 new: 300,000 × 150 % = 450,000
 * - C5 lowered: 450,000 → 150k × 250 % = 375,000
 * - C6 new: 0 (insufficient data)
 * Run through the recording fake of Excel and through the file.
 */
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { applyPlan } from "../../src/excel/apply-plan";
import { recordingOutputMap, withRecordedOutputMap } from "../../src/excel/output-map-setting";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { patchXlsxPackage } from "../../src/file/package-writer/patch-package";
import { openXlsxPackageBufferNode } from "../../src/file/package-writer/write-package-node";
import { reviewInPane } from "../../src/taskpane/flow/pane-review";
import type { PreparedReview } from "../../src/taskpane/flow/prepared-review";
import { CHANGES_HEADER_ROW } from "../../src/workbook/plan-credit-changes";
import type { RawWorkbook } from "../../src/workbook/raw";
import { FakeExcel, asExcelContext } from "../excel/recording-fake";
import { xlsxOf } from "../ownership/appliers";
import { AS_OF, fixtureWorkbook } from "./fixture-workbook";

const PREVIOUS_REVIEW = AS_OF - 91; // 2026-03-31

/** The default policy with grade A's limit multiplier at 250 %. */
function gradeAAt250(): Policy {
  const bands = DEFAULT_POLICY.limit.bands.map((band, index) =>
    index === 0 ? { ...band, multiplier: 2.5 } : band
  );
  return { ...DEFAULT_POLICY, limit: { ...DEFAULT_POLICY.limit, bands } };
}

type Run = (
  savedPolicy: Policy | null
) => Promise<{ prepared: PreparedReview; after: RawWorkbook }>;

async function prepare(raw: RawWorkbook, savedPolicy: Policy | null): Promise<PreparedReview> {
  const outcome = await reviewInPane(
    raw,
    { asOf: AS_OF, locale: "en-US", mapping: {}, savedPolicy },
    {}
  );
  if (outcome.kind !== "preview") throw new Error(`expected a preview, got ${outcome.kind}`);
  return outcome.prepared;
}

function inExcel(raw: RawWorkbook): Run {
  const excel = new FakeExcel();
  for (const sheet of raw.sheets) {
    const state = excel.addSheet(sheet.name);
    if (sheet.visibility === "veryHidden") state.visibility = "VeryHidden";
    sheet.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && typeof value !== "object")
          state.setCell(sheet.firstRow + r, sheet.firstColumn + c, value);
      })
    );
  }
  const mapSheet = raw.sheets.find((sheet) => sheet.visibility === "veryHidden");
  let settings = mapSheet ? { outputMap: mapSheet.name } : {};
  const read = async () =>
    withRecordedOutputMap(
      await readOpenWorkbook(asExcelContext(excel.context()), { supports: () => true }),
      settings
    );
  return async (savedPolicy) => {
    const prepared = await prepare(await read(), savedPolicy);
    await applyPlan(asExcelContext(excel.context()), prepared.plan);
    settings = recordingOutputMap(settings, prepared.plan);
    return { prepared, after: await read() };
  };
}

function inFile(raw: RawWorkbook): Run {
  const mapSheet = raw.sheets.find((sheet) => sheet.visibility === "veryHidden");
  let bytes = xlsxOf({
    sheets: raw.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility ?? "visible",
      cells: sheet.cells.map((row) =>
        row.map((value) => (typeof value === "string" || typeof value === "number" ? value : null))
      ),
    })),
    ...(mapSheet ? { outputMapName: mapSheet.name } : {}),
  });
  return async (savedPolicy) => {
    const document = await openXlsxPackageBufferNode(bytes);
    const prepared = await prepare(document.raw, savedPolicy);
    bytes = (await patchXlsxPackage(document.package, prepared.plan)).bytes;
    return { prepared, after: (await openXlsxPackageBufferNode(bytes)).raw };
  };
}

/** The Credit Changes sheet's data rows as written: id, previous review, limits, terms, change. */
function writtenRows(book: RawWorkbook): unknown[][] {
  const sheet = book.sheets.find((candidate) => candidate.name === "Credit Changes");
  if (!sheet) throw new Error("no Credit Changes sheet");
  return sheet.cells
    .slice(CHANGES_HEADER_ROW - sheet.firstRow + 1)
    .filter((row) => row.some((value) => value !== null && value !== ""))
    .map((row) => [row[0], row[2] ?? null, row[5] ?? null, row[6], row[7] ?? null, row[8], row[9]]);
}

const WORDS = {
  raised: "Raised",
  lowered: "Lowered",
  newCustomer: "New customer",
  unchanged: "Unchanged",
} as const;

/** The preview's rows in the sheet's units (currency units, not minor) and words. */
function previewRows(prepared: PreparedReview): unknown[][] {
  return prepared.changes.map((row) => [
    row.customerId,
    row.previousReview,
    row.previousLimit === null ? null : row.previousLimit / 100,
    row.newLimit / 100,
    row.previousTerms,
    row.newTerms,
    WORDS[row.change],
  ]);
}

describe.each([
  ["the recording fake of Excel", inExcel],
  ["the .xlsx file", inFile],
])("a re-run on the same date with a changed policy, through %s", (_name, through) => {
  test("previews exactly the rows the written Credit Changes sheet holds", async () => {
    const run = through(fixtureWorkbook());
    const first = await run(null);
    expect(previewRows(first.prepared)).toEqual(writtenRows(first.after));

    const second = await run(gradeAAt250());
    expect(second.prepared.changes.map((row) => [row.customerId, row.newLimit / 100])).toEqual([
      ["C1", 1_000_000],
      ["C2", 450_000],
      ["C3", 0],
      ["C4", 450_000],
      ["C5", 375_000],
      ["C6", 0],
    ]);
    expect(second.prepared.changes.map((row) => row.previousReview)).toEqual([
      PREVIOUS_REVIEW,
      PREVIOUS_REVIEW,
      PREVIOUS_REVIEW,
      null,
      PREVIOUS_REVIEW,
      null,
    ]);
    expect(second.prepared.changes[2]).toMatchObject({ change: "unchanged", newGrade: "D" });
    expect(second.prepared.summary).toMatchObject({ raised: 1, lowered: 2, newCustomers: 2 });
    expect(previewRows(second.prepared)).toEqual(writtenRows(second.after));
  });
});
