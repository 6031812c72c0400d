/** Merged ranges as the reader places them: the top-left cell shows the value, two merges may not share a cell. */
import fc from "fast-check";
import { SheetBuilder } from "../../src/file/sheet-builder";
import { SheetShapeError } from "../../src/file/sheet-shape-error";
import type { RawMerge } from "../../src/workbook/raw";

/** A 4 × 4 sheet (A1:D4) of numbers 1..16 with the given merges. */
function buildWith(merges: RawMerge[]) {
  const builder = new SheetBuilder();
  for (let row = 1; row <= 4; row += 1)
    for (let column = 1; column <= 4; column += 1)
      builder.add(row, column, (row - 1) * 4 + column, "General");
  for (const merge of merges) builder.addMerge(merge);
  return builder.build("Sheet");
}

const A1_B2 = { top: 1, left: 1, bottom: 2, right: 2 };
const B2_C3 = { top: 2, left: 2, bottom: 3, right: 3 };
const A2_C3 = { top: 2, left: 1, bottom: 3, right: 3 };
const C1_D2 = { top: 1, left: 3, bottom: 2, right: 4 };

describe("merged ranges", () => {
  test("the top-left cell keeps its value, the others under the merge are not shown", () => {
    expect(buildWith([A1_B2]).cells).toEqual([
      [1, null, 3, 4],
      [null, null, 7, 8],
      [9, 10, 11, 12],
      [13, 14, 15, 16],
    ]);
  });

  test("side by side merges are read", () => {
    expect(buildWith([A1_B2, C1_D2]).cells[0]).toEqual([1, null, 3, null]);
  });

  test.each([
    ["A1:B2 and A2:C3 share A2", [A1_B2, A2_C3], "A2"],
    ["A1:B2 and B2:C3 share B2, the second's top-left", [A1_B2, B2_C3], "B2"],
    ["B2:C3 and A1:B2 (the other order)", [B2_C3, A1_B2], "B2"],
  ])("%s: refused", (_case, merges, cell) => {
    expect(() => buildWith(merges)).toThrow(SheetShapeError);
    expect(() => buildWith(merges)).toThrow(`merged ranges overlap at ${cell}`);
  });

  test("property: two merges are refused exactly when they share a cell", () => {
    const merge = fc
      .tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 })
      )
      .map(([r1, c1, r2, c2]) => ({
        top: Math.min(r1, r2),
        left: Math.min(c1, c2),
        bottom: Math.max(r1, r2),
        right: Math.max(c1, c2),
      }));
    fc.assert(
      fc.property(merge, merge, (first, second) => {
        const share =
          first.top <= second.bottom &&
          second.top <= first.bottom &&
          first.left <= second.right &&
          second.left <= first.right;
        if (share) expect(() => buildWith([first, second])).toThrow(SheetShapeError);
        else expect(() => buildWith([first, second])).not.toThrow();
      })
    );
  });
});
