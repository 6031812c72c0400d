/**
 * The plan's dates in a 1904-system workbook: every number in a date-formatted cell is 1,462
 * lower (2026-06-30: 46203 in the 1900 system, 44741 in the 1904 one), and nothing else moves.
 * Worked on the hand-built review of review-fixture.ts.
 */
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { DATE_FORMAT } from "../../../src/workbook/number-formats";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import type { ColumnBlockPlan, OutputPlan } from "../../../src/workbook/plan";
import { planInDateSystem } from "../../../src/workbook/plan-date-system";
import { LABELS_EN } from "./labels-en";
import { blockOf, sheetCell, sheetOf } from "./plan-helpers";
import { AS_OF, INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const AS_OF_1904 = 44_741; // 2026-06-30 counted from 1904-01-01 (day 0)
const PREVIOUS_REVIEW = 46_112; // 2026-03-31, the fixture's earlier review

const plan1900: OutputPlan = buildOutputPlan({
  statementWords: STATEMENT_WORDS,
  input: INPUT,
  result: RESULT,
  layout: firstRunLayout(),
  labels: LABELS_EN,
  previousLog: PREVIOUS_LOG,
  policy: DEFAULT_POLICY,
});
const plan1904 = planInDateSystem(plan1900, true);

describe("the plan written into a 1904-system workbook", () => {
  test("the 1900 system keeps the plan as it is", () => {
    expect(planInDateSystem(plan1900, false)).toBe(plan1900);
  });

  test("Aging B2 and Credit Changes B2 (the as-of date): 46203 → 44741", () => {
    expect(AS_OF - AS_OF_1904).toBe(1462);
    expect(sheetCell(sheetOf(plan1904, "aging"), 2, 2)).toBe(AS_OF_1904);
    expect(sheetCell(sheetOf(plan1904, "creditChanges"), 2, 2)).toBe(AS_OF_1904);
    expect(sheetCell(sheetOf(plan1900, "aging"), 2, 2)).toBe(AS_OF);
  });

  test("Credit Changes C5, the previous review 2026-03-31: 46112 → 44650; the limits beside it unchanged", () => {
    const changes = sheetOf(plan1904, "creditChanges");
    expect(sheetCell(changes, 5, 3)).toBe(PREVIOUS_REVIEW - 1462);
    expect(sheetCell(changes, 5, 3)).toBe(44_650);
    expect(sheetCell(changes, 5, 6)).toBe(600_000);
    expect(sheetCell(changes, 5, 7)).toBe(900_000);
  });

  test("Credit Log column A, every customer row: 44741; the header row, scores and limits unchanged", () => {
    const log1904 = sheetOf(plan1904, "creditLog");
    const log1900 = sheetOf(plan1900, "creditLog");
    expect(log1904.cells.slice(1).map((row) => row[0])).toEqual([
      AS_OF_1904,
      AS_OF_1904,
      AS_OF_1904,
      AS_OF_1904,
    ]);
    expect(log1904.cells[0]).toEqual(log1900.cells[0]);
    expect(log1904.cells.map((row) => row.slice(1))).toEqual(
      log1900.cells.map((row) => row.slice(1))
    );
  });

  test("every cell that is not date-formatted is the same in both systems", () => {
    const changed: string[] = [];
    plan1900.sheets.forEach((sheet, index) =>
      sheet.cells.forEach((row, offset) =>
        row.forEach((value, column) => {
          const other = plan1904.sheets[index].cells[offset][column];
          if (other !== value)
            changed.push(`${sheet.key}:${sheet.startRow + offset}:${column + 1}`);
        })
      )
    );
    // Aging B2, Credit Changes B2, Credit Changes C5 (C001's and C002's previous review), Log A2:A5,
    // the review date of each Aging History row (A3:A7), Trends A4 and Loss Allowance B2.
    expect(changed.sort()).toEqual(
      [
        "aging:2:2",
        "agingHistory:3:1",
        "agingHistory:4:1",
        "agingHistory:5:1",
        "agingHistory:6:1",
        "agingHistory:7:1",
        "lossAllowance:2:2",
        "trends:4:1",
        "creditChanges:2:2",
        "creditChanges:5:3",
        "creditChanges:6:3",
        "creditLog:2:1",
        "creditLog:3:1",
        "creditLog:4:1",
        "creditLog:5:1",
      ].sort()
    );
    expect(plan1904.columnBlocks).toEqual(plan1900.columnBlocks);
  });

  test("a block column formatted as a date moves too (property: each such value is 1,462 lower)", () => {
    const customers = blockOf(plan1900, "customers");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1462, max: 2_958_465 }), { minLength: 1, maxLength: 5 }),
        (serials) => {
          const block: ColumnBlockPlan = {
            ...customers,
            keys: ["nextReview", "score"],
            headers: ["Next review", "Score"],
            numberFormats: ["yyyy-mm-dd", "0.0"],
            rows: serials.map((serial) => [serial, 50]),
          };
          const moved = planInDateSystem({ ...plan1900, columnBlocks: [block] }, true)
            .columnBlocks[0];
          expect(moved.rows).toEqual(serials.map((serial) => [serial - 1462, 50]));
        }
      )
    );
  });

  test("a date before 1904-01-01 cannot be written into a 1904 workbook: refused, naming the cell", () => {
    const aging = sheetOf(plan1900, "aging");
    const early = {
      ...aging,
      cells: aging.cells.map((row, index) => (index === 1 ? [row[0], 1000] : row)),
    };
    expect(() => planInDateSystem({ ...plan1900, sheets: [early] }, true)).toThrow(
      /!B2: 1902-09-26 is before 1904-01-01/
    );
  });
});

describe("date areas that overlap or leave rows out", () => {
  const sheet = {
    ...sheetOf(plan1900, "aging"),
    startRow: 1,
    // B1:C3 and C2:C4 overlap on C2:C3; row 5 is in no date area.
    cells: [
      ["as of", AS_OF, AS_OF],
      ["x", AS_OF, AS_OF],
      ["x", AS_OF, AS_OF],
      ["x", AS_OF, AS_OF],
      ["x", AS_OF, AS_OF],
    ],
    numberFormats: [
      { range: "B1:C3", format: DATE_FORMAT },
      { range: "C2:C4", format: DATE_FORMAT },
    ],
  };
  const shifted = planInDateSystem({ ...plan1900, sheets: [sheet] }, true).sheets[0];

  test("C2, inside both areas, is shifted once: 46203 → 44741, not 43279", () => {
    expect(shifted.cells[1][2]).toBe(AS_OF_1904);
  });

  test("B4 (outside B1:C3) keeps 46203, C4 becomes 44741, and row 5 is the same row as planned", () => {
    expect(shifted.cells[3]).toEqual(["x", AS_OF, AS_OF_1904]);
    expect(shifted.cells[4]).toBe(sheet.cells[4]);
  });
});
