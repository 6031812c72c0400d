/** The output map's fingerprint of a column: what keeps it, what changes it. */
import fc from "fast-check";
import { ColumnDigest, blockDigests } from "../../src/workbook/column-digest";
import type { PlanValue } from "../../src/workbook/plan";

function digestOf(cells: readonly PlanValue[]): string {
  const digest = new ColumnDigest();
  for (const cell of cells) digest.add(cell);
  return digest.toString();
}

describe("column digest", () => {
  test("counts the values written, blanks left out: 75.2, 'A', blank, 0 → 3 values", () => {
    expect(digestOf([75.2, "A", null, 0])).toMatch(/^3\.[0-9a-f]+$/);
    expect(digestOf([])).toBe("0.0");
  });

  test("a value typed into a blank cell, a changed value or a deleted one changes it", () => {
    const written = digestOf([75.2, null, 60]);
    expect(digestOf([75.2, "note", 60])).not.toBe(written);
    expect(digestOf([75.2, null, 61])).not.toBe(written);
    expect(digestOf([75.2, null, null])).not.toBe(written);
  });

  test("the number 5 and the text '5' differ; an empty text is a blank", () => {
    expect(digestOf([5])).not.toBe(digestOf(["5"]));
    expect(digestOf(["", 5])).toBe(digestOf([5]));
  });

  test("one digest per column of a block's rows", () => {
    const rows: PlanValue[][] = [
      [1, "A"],
      [null, "B"],
    ];
    expect(blockDigests(rows, 2)).toEqual([digestOf([1, null]), digestOf(["A", "B"])]);
  });

  const cell: fc.Arbitrary<PlanValue> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 8 }),
    fc.boolean()
  );

  test("property: sorting the rows or inserting blank rows keeps it", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.nat({ max: 5 }), (cells, blanks) => {
        const reordered = [...cells].reverse();
        const padded = [...Array.from({ length: blanks }, () => null), ...cells];
        expect(digestOf(reordered)).toBe(digestOf(cells));
        expect(digestOf(padded)).toBe(digestOf(cells));
      })
    );
  });

  test("property: one more non-blank value always changes the count", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), fc.integer(), (cells, extra) => {
        expect(digestOf([...cells, extra])).not.toBe(digestOf(cells));
      })
    );
  });
});
