import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { minor } from "../../../src/engine/money";
import { CUSTOMER_OUTPUT_KEYS } from "../../../src/workbook/labels";
import type { WorkbookLayout } from "../../../src/workbook/layout";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { PlanRefused } from "../../../src/workbook/plan-refused";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { blockCell, blockOf } from "./plan-helpers";
import { INPUT, PREVIOUS_LOG, RESULT, customerResult, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

function planFor(layout: WorkbookLayout, labels = LABELS_EN, result = RESULT) {
  return buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: INPUT,
    result,
    layout,
    labels,
    previousLog: PREVIOUS_LOG,
    policy: DEFAULT_POLICY,
  });
}

/** The fixture's customer table on a re-run: our 13 columns G:S were written down to `lastRow`. */
function rerunLayout(
  ownedKeys: readonly string[],
  lastUserColumn: number,
  lastRow = 6
): WorkbookLayout {
  const layout = firstRunLayout();
  layout.customers = {
    ...layout.customers,
    lastUserColumn,
    ownedBlock: { firstColumn: 7, keys: [...ownedKeys], lastRow },
  };
  return layout;
}

describe("customer block, first review", () => {
  const block = blockOf(planFor(firstRunLayout()), "customers");

  test("starts right after the user's last column (F → G) under the header row", () => {
    expect(block.sheet).toBe("Customers");
    expect(block.headerRow).toBe(1);
    expect(block.firstColumn).toBe(7);
    expect(block.keys).toEqual([...CUSTOMER_OUTPUT_KEYS]);
    expect(block.headers[0]).toBe("Credit score");
    expect(block.headers[12]).toBe("Next collection action");
    expect(block.clearRowsBelow).toBe(0);
    expect(block.clearColumnsRight).toBe(0);
  });

  test("one row per worksheet row 2..6; the bad row 3 is blank", () => {
    expect(block.rows).toHaveLength(5);
    expect(block.rows[1]).toEqual(new Array(13).fill(null));
  });

  test("C001 (row 2): grade A, 300,000 × 300 % = 900,000 for 120 days, money in currency units", () => {
    expect(block.rows[0]).toEqual([
      92.3,
      "A",
      900_000,
      120,
      250_000,
      650_000,
      0,
      0,
      "OK",
      null,
      1,
      "A",
      null, // no collection step: blank, never "None"
    ]);
  });

  test("C002 (row 4): reduced one band to 600,000 / 60 days; exposure 700,000 leaves −100,000 (over limit)", () => {
    // Score 85.04 is shown 85.0 (one decimal, rounded down so it never shows a higher band than the grade).
    expect(block.rows[2]).toEqual([
      85,
      "B",
      600_000,
      60,
      700_000,
      -100_000,
      75,
      700_000,
      "Reduce",
      "Overdue 60+ days",
      1,
      "B",
      "Third letter",
    ]);
  });

  test("C003 (row 5): no grade for insufficient data, reasons joined with '; '", () => {
    expect(blockCell(block, 5, "score")).toBeNull();
    expect(blockCell(block, 5, "grade")).toBeNull();
    expect(blockCell(block, 5, "status")).toBe("Suspend");
    expect(blockCell(block, 5, "reasons")).toBe("Overdue 90+ days; Insufficient data");
    expect(blockCell(block, 5, "available")).toBe(-5_000);
  });

  test('a graded OK customer below 60 reads "No credit (cash only)", coloured amber, not a green OK', () => {
    // Score 52 → band "< 60": limit 0, terms 0 (§3); the status code stays OK with LOW_SCORE.
    const lowScore = {
      ...RESULT.customers[0],
      score: 52,
      grade: "D" as const,
      limit: minor(0),
      termsDays: 0,
      available: minor(0),
      reasons: ["LOW_SCORE" as const],
    };
    const lowBlock = blockOf(
      planFor(firstRunLayout(), LABELS_EN, {
        ...RESULT,
        customers: [lowScore, ...RESULT.customers.slice(1)],
      }),
      "customers"
    );
    const row = RESULT.customers[0].source?.row ?? 0;
    expect(blockCell(lowBlock, row, "status")).toBe("No credit (cash only)");
    expect(blockCell(lowBlock, row, "reasons")).toBe(LABELS_EN.reasons.LOW_SCORE);
    expect(lowBlock.conditionalFormats).toContainEqual({
      kind: "textEquals",
      range: "O2:O6",
      text: "No credit (cash only)",
      fill: "#FFEB9C",
      fontColor: "#9C5700",
    });
  });

  test("number formats: score 0.0, money #,##0.00, days 0, words as text", () => {
    expect(block.numberFormats).toEqual([
      "0.0",
      "@",
      "#,##0.00",
      "0",
      "#,##0.00",
      "#,##0.00",
      "0",
      "#,##0.00",
      "@",
      "@",
      "0",
      "@",
      "@",
    ]);
  });

  test("one text rule per grade and per status over the whole column, never a fill per cell", () => {
    const gradeRules = block.conditionalFormats.filter((rule) => rule.range === "H2:H6");
    expect(gradeRules.map((rule) => (rule.kind === "textEquals" ? rule.text : rule.kind))).toEqual([
      "A",
      "B",
      "C",
      "D",
    ]);
    const statusRules = block.conditionalFormats.filter((rule) => rule.range === "O2:O6");
    expect(statusRules.map((rule) => (rule.kind === "textEquals" ? rule.text : rule.kind))).toEqual(
      ["OK", "No credit (cash only)", "Reduce", "Suspend"]
    );
    expect(block.conditionalFormats).toContainEqual({
      kind: "cellValue",
      range: "L2:L6",
      operator: "lessThan",
      values: [0],
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
    // Reduce at ≥ 60 days overdue, suspend at ≥ 90 (policy §6): 60..89 amber, > 89 red.
    expect(block.conditionalFormats).toContainEqual(
      expect.objectContaining({
        kind: "cellValue",
        range: "M2:M6",
        operator: "between",
        values: [60, 89],
      })
    );
    expect(block.conditionalFormats).toContainEqual(
      expect.objectContaining({
        kind: "cellValue",
        range: "M2:M6",
        operator: "greaterThan",
        values: [89],
      })
    );
  });
});

describe("customer block, re-run", () => {
  test("updates the earlier block in place and clears the rows a longer review wrote (7..9)", () => {
    const block = blockOf(planFor(rerunLayout(CUSTOMER_OUTPUT_KEYS, 6, 9)), "customers");
    expect(block.firstColumn).toBe(7);
    expect(block.clearRowsBelow).toBe(3);
  });

  test("a user column added right of the block (T) is never overwritten: the block stays G:S", () => {
    const block = blockOf(planFor(rerunLayout(CUSTOMER_OUTPUT_KEYS, 20)), "customers");
    expect(block.firstColumn).toBe(7);
    expect(block.firstColumn + block.keys.length - 1).toBe(19);
  });

  test("a narrower earlier block with a user column right of it (Q): a fresh block at R, the old G:P cleared", () => {
    const olderTenColumns = CUSTOMER_OUTPUT_KEYS.slice(0, 10); // G:P, user column at Q
    const block = blockOf(planFor(rerunLayout(olderTenColumns, 17)), "customers");
    expect(block.firstColumn).toBe(18);
    expect(block.clearRanges).toEqual(["G1:P6"]);
    expect(block.clearRowsBelow).toBe(0);
  });

  test("a narrower earlier block with nothing of the user's right of it: cleared and written again from G", () => {
    const block = blockOf(planFor(rerunLayout(CUSTOMER_OUTPUT_KEYS.slice(0, 10), 6)), "customers");
    expect(block.firstColumn).toBe(7);
    expect(block.keys).toHaveLength(13);
    expect(block.clearRanges).toEqual(["G1:P6"]);
  });

  test("a wider earlier block (G:U) is cleared whole and the new one written from G", () => {
    const block = blockOf(
      planFor(rerunLayout([...CUSTOMER_OUTPUT_KEYS, "old1", "old2"], 6)),
      "customers"
    );
    expect(block.firstColumn).toBe(7);
    expect(block.clearRanges).toEqual(["G1:U6"]);
  });

  test("no block proven whole: placed right of every used cell of the table's rows (a note in X), the stray owned cells cleared", () => {
    const layout = firstRunLayout();
    layout.customers = {
      ...layout.customers,
      lastUsedColumn: 24,
      ownedBlock: null,
      strayOwnedRanges: ["G1:G6", "I1:I6"],
    };
    const block = blockOf(planFor(layout), "customers");
    expect(block.firstColumn).toBe(25);
    expect(block.clearRanges).toEqual(["G1:G6", "I1:I6"]);
  });

  test("a block past Excel's last column is refused as data naming the sheet and the last column", () => {
    const layout = firstRunLayout();
    layout.customers = { ...layout.customers, lastUsedColumn: 16_380 };
    // Placed from column 16,381; its last column is 16,381 + the block's columns − 1.
    const lastColumn = 16_380 + CUSTOMER_OUTPUT_KEYS.length;
    let thrown: unknown = null;
    try {
      planFor(layout);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PlanRefused);
    expect((thrown as PlanRefused).refusal).toEqual({
      code: "OUTPUT_PAST_LAST_COLUMN",
      severity: "error",
      place: { sheet: "Customers", column: null, cell: null },
      params: { sheet: "Customers", lastColumn, maxColumn: 16_384 },
    });
  });

  test("in Chinese it lands on the same columns with the same keys; only words change", () => {
    const english = blockOf(planFor(rerunLayout(CUSTOMER_OUTPUT_KEYS, 6)), "customers");
    const chinese = blockOf(planFor(rerunLayout(CUSTOMER_OUTPUT_KEYS, 6), LABELS_ZH), "customers");
    expect(chinese.firstColumn).toBe(english.firstColumn);
    expect(chinese.keys).toEqual(english.keys);
    expect(chinese.rows.length).toBe(english.rows.length);
    expect(chinese.headers[0]).toBe("信用评分");
    expect(blockCell(chinese, 4, "status")).toBe("降低额度");
    expect(blockCell(chinese, 4, "creditLimit")).toBe(600_000);
  });
});

describe("results that cannot be placed are reported, not dropped in silence", () => {
  test("a customer without a source row, and one outside the table", () => {
    const result = {
      ...RESULT,
      customers: [
        ...RESULT.customers,
        customerResult({ id: "C777", name: "Nowhere" }),
        customerResult({ id: "C888", name: "Far", source: { sheet: "Customers", row: 40 } }),
      ],
    };
    const plan = planFor(firstRunLayout(), LABELS_EN, result);
    expect(plan.notes).toContainEqual({
      code: "NO_ROW_ON_SHEET",
      severity: "warning",
      place: { sheet: "Customers", row: null, cell: null },
      params: { sheet: "Customers", item: { kind: "customer", id: "C777" } },
    });
    // The table's data rows are 2-6 (five customers under the header): row 40 is past them.
    expect(plan.notes).toContainEqual({
      code: "ROW_OUTSIDE_TABLE",
      severity: "warning",
      place: { sheet: "Customers", row: 40, cell: null },
      params: {
        sheet: "Customers",
        row: 40,
        firstRow: 2,
        lastDataRow: 6,
        item: { kind: "customer", id: "C888" },
      },
    });
  });

  test("two customers read from one row: the first is written there, the second is noted", () => {
    const first = RESULT.customers[0];
    const twin = customerResult({ id: "C999", name: "Twin", source: first.source });
    const plan = planFor(firstRunLayout(), LABELS_EN, {
      ...RESULT,
      customers: [...RESULT.customers, twin],
    });
    const row = first.source?.row ?? 0;
    expect(plan.notes).toContainEqual({
      code: "ROW_SHARED",
      severity: "warning",
      place: { sheet: "Customers", row, cell: null },
      params: { sheet: "Customers", row, item: { kind: "customer", id: "C999" } },
    });
  });
});
