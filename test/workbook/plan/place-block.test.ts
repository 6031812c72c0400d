/**
 * Where a block goes when the user's table shrank under an earlier block kept in place: the
 * rows it left are cleared only in columns that still hold what the review wrote.
 */
import type { TableLayout } from "../../../src/workbook/layout";
import { placeBlock } from "../../../src/workbook/plan-column-block";

/** Customers A:B, header row 1, three data rows now; an earlier block C:D written on rows 1-5. */
function shrunkTable(heldAsWritten?: boolean[]): TableLayout {
  return {
    role: "customers",
    sheet: "Customers",
    headerRow: 1,
    firstColumn: 1,
    lastUserColumn: 2,
    lastDataRow: 4,
    columns: {},
    ownedBlock: {
      firstColumn: 3,
      keys: ["score", "grade"],
      lastRow: 5,
      ...(heldAsWritten ? { heldAsWritten } : {}),
    },
  };
}

describe("placeBlock when the table shrank by one row (rows 1-5 written, rows 1-4 now)", () => {
  test("every column still as written: row 5 cleared across the block", () => {
    const placement = placeBlock(shrunkTable([true, true]), ["score", "grade"]);
    expect(placement).toMatchObject({ firstColumn: 3, lastRow: 4, clearRowsBelow: 1 });
    expect(placement.clearRanges).toEqual([]);
  });

  test("no digest kept (an older map): row 5 cleared across the block, as before", () => {
    expect(placeBlock(shrunkTable(), ["score", "grade"]).clearRowsBelow).toBe(1);
  });

  test("the grade column changed (a row deleted moved a user's cell up): only C5 is cleared", () => {
    const placement = placeBlock(shrunkTable([true, false]), ["score", "grade"]);
    expect(placement).toMatchObject({ firstColumn: 3, lastRow: 4, clearRowsBelow: 0 });
    expect(placement.clearRanges).toEqual(["C5"]);
  });
});
