import fc from "fast-check";
import { ownedSheetArea } from "../../src/file/package-writer/owned-sheet-area";
import { ownedRowsXml, ownedSheetCells } from "../../src/file/package-writer/owned-sheet-xml";
import { MINIMAL_STYLES, StylesPatch } from "../../src/file/package-writer/styles-patch";
import type { PlanValue, SheetPlan } from "../../src/workbook/plan";
import { bareSheetPlan } from "../support/sheet-plan";

function sheet(cells: PlanValue[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  return bareSheetPlan({ key: "letters", name: "Letters", cells, ...extra });
}

function xmlByRow(plan: SheetPlan): Record<number, string> {
  const { rows } = ownedSheetCells(plan, new StylesPatch(MINIMAL_STYLES));
  return Object.fromEntries(
    [...rows].map(([row, cells]) => [row, cells.map((c) => c.xml).join("")])
  );
}

describe("the cells of an owned sheet", () => {
  // MINIMAL_STYLES has one cell format (0); new ones are numbered 1, 2… in the order cells meet them.
  const plan = sheet(
    [
      ["Statement", null, null],
      ["Not due", null, 12.5],
      [null, null, null],
    ],
    {
      boldRows: [1],
      numberFormats: [
        { range: "C2:C3", format: "#,##0.00" },
        { range: "C3", format: "@" },
      ],
    }
  );

  it("keeps blank cells that carry a style and leaves out blank ones that carry none", () => {
    expect(xmlByRow(plan)).toEqual({
      1: '<c r="A1" s="1" t="inlineStr"><is><t>Statement</t></is></c><c r="B1" s="1"/><c r="C1" s="1"/>',
      2: '<c r="A2" t="inlineStr"><is><t>Not due</t></is></c><c r="C2" s="2"><v>12.5</v></c>',
      3: '<c r="C3" s="3"/>',
    });
  });

  it("writes the same cells as rows of a fresh sheet, the wrapped header 30 points tall, and no row without a cell", () => {
    const fresh = sheet(
      [
        ["Name", "Limit"],
        [null, null],
        ["Acme", 5],
      ],
      {
        wrappedHeader: { row: 1, lines: 2 },
      }
    );
    expect(ownedRowsXml(fresh, new StylesPatch(MINIMAL_STYLES), new Map([[1, 30]]))).toBe(
      '<row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Limit</t></is></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Acme</t></is></c><c r="B3"><v>5</v></c></row>'
    );
  });

  it("spans every cell it styles, blank or not: A1:C3", () => {
    expect(ownedSheetArea(plan)).toEqual({
      top: 1,
      bottom: 3,
      left: 1,
      right: 3,
    });
  });

  it("writes a header cell above an append over a blank, in column order", () => {
    const log = sheet([[null, 7]], {
      mode: "append",
      startRow: 5,
      headerCells: [{ row: 1, column: 2, value: "Limit" }],
    });
    expect(xmlByRow(log)).toEqual({
      1: '<c r="B1" t="inlineStr"><is><t>Limit</t></is></c>',
      5: '<c r="B5"><v>7</v></c>',
    });
    expect(ownedSheetArea(log)).toEqual({ top: 1, bottom: 5, left: 1, right: 2 });
  });

  it("writes no cell outside the area worked out from the plan's rectangles", () => {
    const value = fc.oneof(fc.constant(null), fc.integer(), fc.constant("x"));
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        fc.option(
          fc.record({ top: fc.integer({ min: 1, max: 9 }), left: fc.integer({ min: 1, max: 6 }) })
        ),
        (cells, startRow, boldRows, box) => {
          const numberFormats =
            box === null
              ? []
              : [{ range: `${"ABCDEF"[box.left - 1]}${box.top}:F9`, format: "0.0" }];
          const plan = sheet(cells, { startRow, boldRows, numberFormats });
          const { rows } = ownedSheetCells(plan, new StylesPatch(MINIMAL_STYLES));
          const area = ownedSheetArea(plan);
          const written = [...rows].filter(([, row]) => row.length > 0);
          if (written.length === 0) return;
          // Every written cell lies inside the area worked out from the plan's rectangles.
          for (const [row, rowCells] of written) {
            expect(area).not.toBeNull();
            expect(row).toBeGreaterThanOrEqual(area?.top ?? 0);
            expect(row).toBeLessThanOrEqual(area?.bottom ?? 0);
            for (const { column } of rowCells) {
              expect(column).toBeGreaterThanOrEqual(area?.left ?? 0);
              expect(column).toBeLessThanOrEqual(area?.right ?? 0);
            }
          }
        }
      )
    );
  });
});
