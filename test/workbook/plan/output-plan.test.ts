import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { CUSTOMER_OUTPUT_KEYS, RECEIVABLE_OUTPUT_KEYS } from "../../../src/workbook/labels";
import type { WorkbookLayout } from "../../../src/workbook/layout";
import { MAX_CELL_TEXT, needsLiteralPrefix } from "../../../src/workbook/literal-text";
import { blockDigests } from "../../../src/workbook/column-digest";
import { META_SHEET_NAME, parseMetaSheet } from "../../../src/workbook/meta-sheet";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import type { OutputPlan, PlanValue } from "../../../src/workbook/plan";
import type { RawSheet } from "../../../src/workbook/raw";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { blockOf, sheetCell, sheetOf } from "./plan-helpers";
import { CUSTOMERS, INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

function planFor(
  layout: WorkbookLayout,
  labels = LABELS_EN,
  result = RESULT,
  existingSheetNames?: string[]
): OutputPlan {
  return buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: INPUT,
    result,
    layout,
    labels,
    previousLog: PREVIOUS_LOG,
    policy: DEFAULT_POLICY,
    existingSheetNames,
  });
}

/** The meta sheet as a reader would see it after the appliers wrote it. */
function metaAsRead(plan: OutputPlan): RawSheet {
  const meta = sheetOf(plan, "meta");
  return {
    name: meta.name,
    cells: meta.cells.map((row) => row.map((value) => value)),
    firstRow: 1,
    firstColumn: 1,
  };
}

/** The layout a reader builds on the next review from the map and the sheets it finds. */
function nextReviewLayout(plan: OutputPlan): WorkbookLayout {
  const map = parseMetaSheet(metaAsRead(plan));
  const layout = firstRunLayout();
  const owned = (role: "customers" | "receivables") => {
    const block = map.blocks[role];
    return block
      ? { firstColumn: block.firstColumn, keys: block.keys, lastRow: block.lastRow }
      : null;
  };
  layout.customers = { ...layout.customers, ownedBlock: owned("customers") };
  layout.receivables = { ...layout.receivables, ownedBlock: owned("receivables") };
  layout.ownedSheets = {
    aging: { name: map.sheets.aging ?? "", usedRows: 10 },
    creditLog: { name: map.sheets.creditLog ?? "", usedRows: 5 },
    creditChanges: { name: map.sheets.creditChanges ?? "", usedRows: 7 },
    meta: { name: map.sheets.meta ?? "", usedRows: 7 },
  };
  return layout;
}

describe("the whole plan", () => {
  const plan = planFor(firstRunLayout());

  test("two column blocks and eight owned sheets (the policy used and the history among them); the customer sheet is shown at the end", () => {
    expect(plan.columnBlocks.map((block) => block.role)).toEqual(["customers", "receivables"]);
    expect(plan.sheets.map((sheet) => sheet.key)).toEqual([
      "aging",
      "creditLog",
      "creditChanges",
      "policy",
      "agingHistory",
      "trends",
      "lossAllowance",
      "meta",
    ]);
    expect(plan.activate).toBe("Customers");
    expect(plan.notes).toEqual([]);
  });

  test("the map records where each block is and what each owned sheet is called", () => {
    const meta = sheetOf(plan, "meta");
    expect(meta.name).toBe(META_SHEET_NAME);
    expect(meta.visibility).toBe("veryHidden");
    const map = parseMetaSheet(metaAsRead(plan));
    const [customerBlock, receivableBlock] = plan.columnBlocks;
    expect(map.blocks.customers).toEqual({
      sheet: "Customers",
      headerRow: 1,
      firstColumn: 7,
      keys: [...CUSTOMER_OUTPUT_KEYS],
      lastRow: 6,
      digests: blockDigests(customerBlock.rows, CUSTOMER_OUTPUT_KEYS.length),
    });
    expect(map.blocks.receivables).toEqual({
      sheet: "Receivables",
      headerRow: 1,
      firstColumn: 9,
      keys: [...RECEIVABLE_OUTPUT_KEYS],
      lastRow: 7,
      digests: blockDigests(receivableBlock.rows, RECEIVABLE_OUTPUT_KEYS.length),
    });
    // Each digest starts with the number of values written into its column (blanks not counted).
    const filled = (rows: unknown[][], index: number) =>
      rows.filter((row) => row[index] !== null && row[index] !== "").length;
    CUSTOMER_OUTPUT_KEYS.forEach((_key, index) =>
      expect(map.blocks.customers?.digests?.[index]).toMatch(
        new RegExp(`^${filled(customerBlock.rows, index)}\\.[0-9a-f]+$`)
      )
    );
    expect(map.sheets).toEqual({
      aging: "Aging",
      creditLog: "Credit Log",
      creditChanges: "Credit Changes",
      policy: "Credit Policy Used",
      agingHistory: "Aging History",
      trends: "Trends",
      lossAllowance: "Loss Allowance",
      meta: META_SHEET_NAME,
    });
  });

  test("a Chinese re-run found through the map writes on the same columns and renames the same sheets", () => {
    const chinese = planFor(nextReviewLayout(plan), LABELS_ZH);
    expect(blockOf(chinese, "customers").firstColumn).toBe(7);
    expect(blockOf(chinese, "receivables").firstColumn).toBe(9);
    expect(blockOf(chinese, "customers").keys).toEqual(blockOf(plan, "customers").keys);
    const aging = sheetOf(chinese, "aging");
    expect([aging.name, aging.knownNames]).toEqual(["账龄分析", ["Aging"]]);
    const log = sheetOf(chinese, "creditLog");
    expect([log.name, log.knownNames, log.startRow]).toEqual(["信用记录", ["Credit Log"], 6]);
    // And back to English: found under the Chinese names this time.
    const english = planFor(nextReviewLayout(chinese), LABELS_EN);
    expect(sheetOf(english, "aging").knownNames).toEqual(["账龄分析"]);
    expect(blockOf(english, "customers").firstColumn).toBe(7);
  });
});

describe("text that looks like a formula stays text", () => {
  const plan = planFor(firstRunLayout());

  test("the name '=SUM(A1)' is written unchanged everywhere and flagged for a literal write", () => {
    expect(sheetCell(sheetOf(plan, "aging"), 6, 2)).toBe("=SUM(A1)");
    expect(sheetCell(sheetOf(plan, "creditLog"), 3, 4)).toBe("=SUM(A1)");
    expect(sheetCell(sheetOf(plan, "creditChanges"), 6, 2)).toBe("=SUM(A1)");
    expect(needsLiteralPrefix("=SUM(A1)")).toBe(true);
  });

  test("every string the plan writes that Excel would not keep as typed is flagged", () => {
    const strings: string[] = [];
    const collect = (value: PlanValue) => {
      if (typeof value === "string") strings.push(value);
    };
    plan.sheets.forEach((sheet) => sheet.cells.forEach((row) => row.forEach(collect)));
    plan.columnBlocks.forEach((block) =>
      [block.headers, ...block.rows].forEach((row) => row.forEach(collect))
    );
    const flagged = strings.filter(needsLiteralPrefix);
    // Bucket labels such as "1-30" would become 30 January; ids such as "C001" would not change.
    expect(flagged).toEqual(
      expect.arrayContaining(["=SUM(A1)", "1-30", "31-60", ">180", "CP-2026.1", "C001"])
    );
    expect(flagged).not.toContain("Acme Trading");
  });
});

describe("Excel's limits", () => {
  test("a name longer than a cell can hold is cut to 32,767 characters and the cut is reported", () => {
    const longName = "N".repeat(40_000);
    const customers = CUSTOMERS.map((customer, index) =>
      index === 0 ? { ...customer, name: longName } : customer
    );
    const plan = planFor(firstRunLayout(), LABELS_EN, { ...RESULT, customers });
    expect((sheetCell(sheetOf(plan, "creditLog"), 2, 4) as string).length).toBe(MAX_CELL_TEXT);
    const cut = (sheet: string, cell: string) => ({
      code: "TEXT_CUT",
      severity: "warning",
      place: { sheet, row: null, cell },
      params: { sheet, cell, length: 40_000, limit: 32_767 },
    });
    expect(plan.notes).toContainEqual(cut("Credit Log", "D2"));
    // The same name on the aging sheet (row 8, C001 being the least risky) and the changes sheet (row 5).
    expect(plan.notes).toContainEqual(cut("Aging", "B8"));
    expect(plan.notes).toContainEqual(cut("Credit Changes", "B5"));
  });

  test("sheet names are valid for Excel and never take a user's sheet", () => {
    const odd = {
      ...LABELS_EN,
      sheets: {
        aging: "Aging: A/B [by age]?",
        creditLog: "Credit Log",
        creditChanges: "A very long sheet name that Excel will not accept",
      },
    };
    const plan = planFor(firstRunLayout(), odd, RESULT, ["Customers", "Receivables", "credit log"]);
    expect(sheetOf(plan, "aging").name).toBe("Aging_ A_B _by age__");
    // A user's own "credit log" (any case) is not ours: ours gets another name, and theirs is not "known".
    expect(sheetOf(plan, "creditLog").name).toBe("Credit Log (2)");
    expect(sheetOf(plan, "creditLog").knownNames).toEqual([]);
    expect(sheetOf(plan, "creditChanges").name).toBe("A very long sheet name that Exc");
    for (const sheet of plan.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  test("our own sheet keeps its name when it already carries it", () => {
    const layout = {
      ...firstRunLayout(),
      ownedSheets: { creditLog: { name: "Credit Log", usedRows: 5 } },
    };
    const log = sheetOf(
      planFor(layout, LABELS_EN, RESULT, ["Customers", "Credit Log"]),
      "creditLog"
    );
    expect([log.name, log.knownNames]).toEqual(["Credit Log", ["Credit Log"]]);
  });
});
