/**
 * "Write Letters sheet" on the Collections tab: only the Letters sheet (and the output map that
 * proves it ours) is written, through the Office.js applier on the recording Excel fake; a
 * user's own sheet named "Letters" is never touched; the sheets and columns an earlier Apply
 * wrote stay proven ours. Workbook: collections-workbook.ts (C1, C2 and C4 are due a letter).
 */
import "./setup-dom";
import { act, fireEvent, screen } from "@testing-library/react";
import { applyPlan } from "../../src/excel/apply-plan";
import { reviewInPane } from "../../src/taskpane/flow/pane-review";
import type { PreparedReview } from "../../src/taskpane/flow/prepared-review";
import { lettersOnlyPlan } from "../../src/workbook/letters-only-plan";
import type { RawWorkbook } from "../../src/workbook/raw";
import { asExcelContext, FakeExcel, type FakeValue } from "../excel/recording-fake";
import { collectionsWorkbook } from "./collections-workbook";
import { createFakePort } from "./fake-port";
import { readBook } from "./history-excel";
import { renderPane, TEST_TODAY } from "./render-pane";

function excelOf(raw: RawWorkbook): FakeExcel {
  const excel = new FakeExcel();
  for (const sheet of raw.sheets) {
    const rows = sheet.cells.map((row) =>
      row.map((cell): FakeValue => (cell === null || typeof cell === "object" ? "" : cell))
    );
    excel.addSheet(sheet.name).put(sheet.firstRow, sheet.firstColumn, rows);
  }
  return excel;
}

async function prepare(excel: FakeExcel, locale = "en-US"): Promise<PreparedReview> {
  const outcome = await reviewInPane(
    await readBook(excel),
    { asOf: TEST_TODAY, locale, mapping: {}, savedPolicy: null },
    {}
  );
  if (outcome.kind !== "preview") throw new Error(`no review: ${outcome.kind}`);
  return outcome.prepared;
}

const sheetNames = (excel: FakeExcel) => excel.sheets.map((sheet) => sheet.name);
const sheetNamed = (excel: FakeExcel, name: string) => {
  const found = excel.sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

async function writeLetters(excel: FakeExcel, prepared: PreparedReview): Promise<void> {
  const plan = lettersOnlyPlan(prepared);
  if (plan === null) throw new Error("no Letters sheet planned");
  await applyPlan(asExcelContext(excel.context()), plan);
}

describe("write the Letters sheet alone", () => {
  it("writes only the Letters sheet beside a user's own sheet of that name", async () => {
    const excel = excelOf(collectionsWorkbook());
    excel.addSheet("Letters").put(1, 1, [["My letters"], ["to C2 on Monday"]]);
    const before = sheetNames(excel);
    const customersWidth = sheetNamed(excel, "Customers").values[0].length;

    await writeLetters(excel, await prepare(excel));

    // Two sheets added: ours (the user's name was taken) and the very hidden output map.
    const added = sheetNames(excel).filter((name) => !before.includes(name));
    expect(added).toHaveLength(2);
    expect(added).toContain("Letters (2)");
    const map = sheetNamed(excel, added.find((name) => name !== "Letters (2)") ?? "");
    expect(map.visibility).toBe("VeryHidden");
    const own = sheetNamed(excel, "Letters");
    expect([own.cell(1, 1), own.cell(2, 1), own.values.length]).toEqual([
      "My letters",
      "to C2 on Monday",
      2,
    ]);
    const ours = sheetNamed(excel, "Letters (2)");
    expect(ours.cell(1, 1)).toBe("Letters");
    // One page per letter: C2, C4 and C1 are due a letter, so two page breaks.
    expect(ours.pageBreaksBefore).toHaveLength(2);
    // No column was added to the user's table.
    expect(sheetNamed(excel, "Customers").values[0].length).toBe(customersWidth);

    // The next review proves the sheet ours by the map and its A1.
    const next = await prepare(excel);
    expect(next.layout.ownedSheets.letters?.name).toBe("Letters (2)");
  });

  it("keeps the sheets and columns of an earlier Apply proven ours", async () => {
    const excel = excelOf(collectionsWorkbook());
    const first = await prepare(excel);
    await applyPlan(asExcelContext(excel.context()), first.plan);
    const afterApply = await prepare(excel);
    const owned = Object.keys(afterApply.layout.ownedSheets).sort();
    const block = afterApply.layout.customers.ownedBlock;
    expect(block).not.toBeNull();
    const agingA1 = sheetNamed(excel, "Aging").cell(1, 1);

    await writeLetters(excel, afterApply);

    const later = await prepare(excel);
    expect(Object.keys(later.layout.ownedSheets).sort()).toEqual(owned);
    expect(later.layout.customers.ownedBlock).toEqual(block);
    expect(later.layout.receivables.ownedBlock).toEqual(afterApply.layout.receivables.ownedBlock);
    expect(sheetNamed(excel, "Aging").cell(1, 1)).toBe(agingA1);
  });
});

describe("the Letters sheet in the pane's language", () => {
  it("prints each statement of account under Chinese headings when the pane is in zh-CN", async () => {
    const excel = excelOf(collectionsWorkbook());
    const before = sheetNames(excel);

    await writeLetters(excel, await prepare(excel, "zh-CN"));

    const letters = excel.sheets.find(
      (sheet) => !before.includes(sheet.name) && sheet.visibility !== "VeryHidden"
    );
    if (letters === undefined) throw new Error("no Letters sheet written");
    const texts = letters.values.flat().filter((value) => typeof value === "string");
    // C1, C2 and C4 are due a letter: one statement each, titled and headed in Chinese.
    expect(texts.filter((text) => text === "对账单")).toHaveLength(3);
    expect(texts).toEqual(expect.arrayContaining(["发票号", "开票日期", "到期日", "未付金额"]));
    expect(texts).not.toContain("Statement of account");
    expect(texts).not.toContain("Invoice date");
  });
});

describe("the Collections tab's button", () => {
  it("hands the port a plan of the Letters sheet and the map only, and says so", async () => {
    const port = createFakePort({ raw: collectionsWorkbook() });
    renderPane({ port, host: "browser" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Run review" }));
    });
    // Generous waits: the review and the lazy tab take seconds on a busy machine.
    await screen.findByRole(
      "heading",
      { name: "Preview: what the review will write" },
      { timeout: 15_000 }
    );
    fireEvent.click(screen.getByRole("tab", { name: "Collections" }));
    await screen.findByRole(
      "grid",
      { name: "Collection worklist, highest priority first" },
      { timeout: 15_000 }
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Write Letters sheet" }));
    });
    expect(
      await screen.findByText("The Letters sheet is written (Letters); nothing else was changed.")
    ).toBeInTheDocument();
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0].columnBlocks).toEqual([]);
    expect(port.applied[0].sheets.map((sheet) => sheet.key)).toEqual(["letters", "meta"]);
  });
});
