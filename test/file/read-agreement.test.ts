/**
 * Two independent readers of the same bytes: the package-XML reader used in production, and
 * exceljs's own reading converted cell by cell. On any grid of values they must agree.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { openXlsxPackageBufferNode } from "../../src/file/index-node";
import type { RawCell } from "../../src/workbook/raw";
import { load } from "./support/patch-helpers";
import { rawWorkbookFromExcelJs } from "./support/exceljs-raw-sheet";

const ERRORS = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
/** Text Excel would read as an escape (`_x0041_`) is written escaped by careful writers only; kept out here. */
const plainText = fc
  .string({ unit: "grapheme", maxLength: 12 })
  .filter((text) => !/_x[0-9A-Fa-f]{4}_/.test(text));

const cellArbitrary: fc.Arbitrary<RawCell> = fc.oneof(
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((value) => (Object.is(value, -0) ? 0 : value)),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  plainText,
  fc.constantFrom("客户编号", "  padded  ", "=SUM(A1)", "00123", "a&b<c>\"d'"),
  fc.boolean(),
  fc.constantFrom(...ERRORS).map((error) => ({ error })),
  fc.constant(null)
);

async function written(grid: RawCell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Grid");
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      sheet.getCell(r + 1, c + 1).value = cell as ExcelJS.CellValue;
    })
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function trimmed(grid: RawCell[][]): RawCell[][] {
  return grid.map((row) => row.map((cell) => (cell === "" ? null : cell)));
}

describe("the package-XML reader and exceljs agree", () => {
  test("on any grid of numbers, texts, booleans and errors", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellArbitrary, { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (grid) => {
          const bytes = await written(grid);
          const source = await openXlsxPackageBufferNode(bytes);
          const oracle = rawWorkbookFromExcelJs(await load(bytes));
          expect(source.raw).toEqual(oracle);
          // And both give back what was written, placed from the first non-blank cell.
          const sheet = source.raw.sheets[0];
          const expected = trimmed(grid);
          sheet.cells.forEach((row, r) =>
            row.forEach((cell, c) => {
              expect(cell).toEqual(
                expected[r + sheet.firstRow - 1]?.[c + sheet.firstColumn - 1] ?? null
              );
            })
          );
        }
      ),
      { numRuns: 25 }
    );
  });
});
