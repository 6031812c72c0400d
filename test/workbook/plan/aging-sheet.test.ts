import { COLUMN_PADDING, headerLineCount } from "../../../src/workbook/column-fit";
import { minor } from "../../../src/engine/money";
import { formattedWidth } from "../../../src/workbook/formatted-width";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import type { AgingRow } from "../../../src/engine/types";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { compareAgingRisk } from "../../../src/workbook/plan-aging-sheet";
import { LABELS_EN } from "./labels-en";
import { LABELS_ZH } from "./labels-zh";
import { sheetCell, sheetOf } from "./plan-helpers";
import { AS_OF, INPUT, PREVIOUS_LOG, RESULT, firstRunLayout } from "./review-fixture";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

const plan = (labels = LABELS_EN, result = RESULT) =>
  buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: INPUT,
    result,
    layout: firstRunLayout(),
    labels,
    previousLog: PREVIOUS_LOG,
    policy: DEFAULT_POLICY,
  });

describe("aging sheet", () => {
  const aging = sheetOf(plan(), "aging");

  test("a visible sheet, rewritten whole, titled, with the as-of date and a header row", () => {
    expect(aging.name).toBe("Aging");
    expect(aging.knownNames).toEqual([]);
    expect(aging.visibility).toBe("visible");
    expect(aging.mode).toBe("replace");
    expect(aging.startRow).toBe(1);
    expect(sheetCell(aging, 1, 1)).toBe("Aging");
    expect(aging.cells[1]).toEqual(["Review date", AS_OF]);
    expect(aging.cells[3]).toEqual([
      "Customer ID",
      "Customer name",
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "91-180",
      ">180",
      "Unapplied credits",
      "Total",
      "Average age (days)",
    ]);
  });

  test("riskiest first: C003 (>180), C002 (61-90), C009 (31-60), C001 (not due); C004 has nothing open", () => {
    // C002 has by far the largest total, yet C003's 8,000 in the oldest bucket puts it first.
    expect(aging.cells.slice(4, 8).map((row) => row[0])).toEqual(["C003", "C002", "C009", "C001"]);
    expect(aging.cells[4]).toEqual([
      "C003",
      "Lee & Sons",
      0,
      0,
      0,
      0,
      0,
      8_000,
      -3_000,
      5_000,
      230,
    ]);
    // C009 is in the receivables only (unknown customer): aged under its id, no name.
    expect(aging.cells[6]).toEqual(["C009", null, 0, 0, 1_000, 0, 0, 0, 0, 1_000, 70]);
  });

  test("the totals row is the sum of the rows, unapplied credits apart: 959,000 − 3,000 = 956,000", () => {
    expect(aging.cells[8]).toEqual([
      "Total",
      null,
      250_000,
      580_000,
      1_000,
      120_000,
      0,
      8_000,
      -3_000,
      956_000,
      41_460 / 959,
    ]);
    expect(plan().notes).toEqual([]);
  });

  test("bucket shares of Σ buckets (959,000) sum to 100 %", () => {
    const shares = aging.cells[9];
    expect(shares[0]).toBe("Share");
    expect(shares.slice(2)).toEqual([250 / 959, 580 / 959, 1 / 959, 120 / 959, 0, 8 / 959]);
    const sum = shares.slice(2).reduce<number>((total, share) => total + (share as number), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  test("money, share and date formats on the right ranges; ids as text", () => {
    expect(aging.numberFormats).toEqual([
      { range: "A5:B8", format: "@" },
      { range: "B2", format: "yyyy-mm-dd" },
      { range: "C5:J9", format: "#,##0.00" },
      { range: "K5:K9", format: "0.0" },
      { range: "C10:H10", format: "0.0%" },
    ]);
  });

  test("one '> 0' rule per bucket column rising green → dark red, and a data bar on the customers' totals", () => {
    const bucketRules = aging.conditionalFormats.filter((rule) => rule.kind === "cellValue");
    expect(bucketRules.map((rule) => rule.range)).toEqual([
      "C5:C9",
      "D5:D9",
      "E5:E9",
      "F5:F9",
      "G5:G9",
      "H5:H9",
    ]);
    expect(bucketRules[0]).toEqual({
      kind: "cellValue",
      range: "C5:C9",
      operator: "greaterThan",
      values: [0],
      fill: "#63BE7B",
      fontColor: "#000000",
    });
    expect(bucketRules[5]).toEqual({
      kind: "cellValue",
      range: "H5:H9",
      operator: "greaterThan",
      values: [0],
      fill: "#8B0000",
      fontColor: "#FFFFFF",
    });
    expect(aging.conditionalFormats).toContainEqual({
      kind: "dataBar",
      range: "J5:J8",
      color: "#5B9BD5",
    });
  });

  test("a column chart of the bucket totals beside the top of the table (K is the last column, L a gap); header frozen, widths set", () => {
    expect(aging.charts).toEqual([
      {
        kind: "column",
        title: "Open receivables by age",
        categoriesRange: "C4:H4",
        valuesRange: "C9:H9",
        seriesName: "Total",
        anchor: "M1",
        widthPoints: 400,
        heightPoints: 260,
      },
    ]);
    expect(aging.freezeRows).toBe(4);
    expect(aging.boldRows).toEqual([1, 4, 9, 10]);
    expect(aging.columnWidths).toHaveLength(11);
  });

  test("every header is whole at its column's width: wrapped onto the lines the header row is given", () => {
    for (const sheet of [aging, sheetOf(plan(LABELS_ZH), "aging")]) {
      const headers = sheet.cells[3] as string[];
      const lines = sheet.wrappedHeader?.lines ?? 1;
      expect(sheet.wrappedHeader?.row ?? 4).toBe(4);
      headers.forEach((header, index) => {
        expect(
          headerLineCount(header, sheet.columnWidths[index] - COLUMN_PADDING)
        ).toBeLessThanOrEqual(lines);
      });
    }
    // "Unapplied credits" (17) is wider than its money (at most "1,000.00"): it wraps after "Unapplied".
    expect(headerLineCount(LABELS_EN.aging.unapplied, aging.columnWidths[8] - COLUMN_PADDING)).toBe(
      2
    );
  });

  test("money columns fit their widest amount in #,##0.00, so no amount shows as ###", () => {
    // Columns C..J: six buckets, unapplied credits, total; rows 5..9: customers and the totals.
    for (let column = 2; column < 10; column++) {
      const amounts = aging.cells.slice(4, 9).map((row) => row[column]);
      const widest = Math.max(
        ...amounts.map((value) =>
          typeof value === "number" ? formattedWidth(value, "#,##0.00") : 0
        )
      );
      expect(widest).toBeGreaterThan(0);
      expect(aging.columnWidths[column]).toBeGreaterThanOrEqual(widest + COLUMN_PADDING);
    }
  });

  test("prints landscape, one page wide, with the header row on every page", () => {
    expect(aging.print).toEqual({
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: { first: 4, last: 4 },
    });
  });

  test("in Chinese: same shape, Chinese words", () => {
    const chinese = sheetOf(plan(LABELS_ZH), "aging");
    expect(chinese.name).toBe("账龄分析");
    expect(chinese.cells[3].slice(0, 3)).toEqual(["客户编号", "客户名称", "未到期"]);
    expect(chinese.cells.slice(4).map((row) => row.slice(2))).toEqual(
      aging.cells.slice(4).map((row) => row.slice(2))
    );
  });

  test("totals that disagree with the review's own totals are reported, and the written totals stay the row sums", () => {
    const skewed = { ...RESULT, aging: { ...RESULT.aging, net: minor(RESULT.aging.net + 1) } };
    const result = plan(LABELS_EN, skewed);
    expect(result.notes).toEqual([
      {
        code: "AGING_TOTALS_DIFFER",
        severity: "warning",
        place: { sheet: "Aging", row: null, cell: null },
        params: { sheet: "Aging" },
      },
    ]);
    expect(sheetOf(result, "aging").cells[8][9]).toBe(956_000);
  });

  test("nothing open: an empty table with zero totals, no shares and no chart", () => {
    const empty = {
      ...RESULT,
      aging: {
        ...RESULT.aging,
        totals: [0, 0, 0, 0, 0, 0].map(minor),
        unapplied: minor(0),
        net: minor(0),
        averageAgeDays: null,
        byCustomer: {},
      },
    };
    const sheet = sheetOf(plan(LABELS_EN, empty), "aging");
    expect(sheet.cells[4]).toEqual(["Total", null, 0, 0, 0, 0, 0, 0, 0, 0, null]);
    expect(sheet.cells[5]).toEqual(["Share", null, null, null, null, null, null, null]);
    expect(sheet.charts).toEqual([]);
    expect(sheet.conditionalFormats.some((rule) => rule.kind === "dataBar")).toBe(false);
  });
});

describe("risk order", () => {
  const line = (customerId: string, amounts: number[], unapplied = 0) => {
    const row: AgingRow = {
      amounts: amounts.map(minor),
      unapplied: minor(unapplied),
      net: minor(amounts.reduce((a, b) => a + b, 0) + unapplied),
      averageAgeDays: null,
    };
    return { customerId, row };
  };

  test("oldest bucket decides, then the next oldest, then the total, then the id", () => {
    const lines = [
      line("A", [900, 0, 0]),
      line("B", [0, 0, 10]),
      line("C", [0, 50, 0]),
      line("D", [0, 50, 0], -20),
      line("E", [100, 0, 0]),
      line("F", [100, 0, 0]),
    ];
    // B: 10 in the oldest; C before D: same buckets, larger net; A: 900 not due; E before F by id.
    expect([...lines].sort(compareAgingRisk).map((entry) => entry.customerId)).toEqual([
      "B",
      "C",
      "D",
      "A",
      "E",
      "F",
    ]);
  });
});
