/**
 * The one-pass patch of `<sheetData>`: rows it does not touch are copied as they are, cells in
 * the cleared areas are dropped, new cells are put in column order (the new cell wins a tie),
 * whether a row takes the quick way (all its cells left of the block) or is read cell by cell.
 */
import fc from "fast-check";
import { cellAddress } from "../../src/workbook/plan-address";
import {
  patchWorksheet,
  rowsFromMap,
  type CellWrite,
  type NewRows,
} from "../../src/file/package-writer/sheet-data-patch";
import type { CellRange } from "../../src/workbook/plan-address";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PART = "xl/worksheets/sheet1.xml";

/** The rows `data` in a minimal worksheet, patched; gives the new inside of `<sheetData>`. */
function patchSheetData(data: string, patch: { clear: readonly CellRange[]; rows: NewRows }) {
  const xml = `<worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`;
  const result = patchWorksheet(xml, { clear: patch.clear, rows: () => patch.rows }, PART);
  return { ...result, pieces: result.pieces };
}

const number = (row: number, column: number, value: number, stated = true): string =>
  stated ? `<c r="${cellAddress(row, column)}"><v>${value}</v></c>` : `<c><v>${value}</v></c>`;

const write = (row: number, column: number, text: string): CellWrite => ({
  column,
  xml: `<c r="${cellAddress(row, column)}" t="inlineStr"><is><t>${text}</t></is></c>`,
});

/** Each row's cells as column → element, reading positions as Excel does (stated, or one right of the last). */
function cellsByRow(xml: string): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  let rowNumber = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>(.*?)<\/row>)/g)) {
    const stated = /\sr="(\d+)"/.exec(row[1]);
    rowNumber = stated ? Number(stated[1]) : rowNumber + 1;
    const cells = new Map<number, string>();
    let column = 0;
    for (const cell of (row[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>.*?<\/c>)/g)) {
      const reference = /\sr="([A-Z]+)\d+"/.exec(cell[1]);
      column = reference
        ? [...reference[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0)
        : column + 1;
      cells.set(column, cell[0].replace(/\sr="[A-Z]+\d+"/, ""));
    }
    rows.set(rowNumber, cells);
  }
  return rows;
}

describe("patching <sheetData>", () => {
  test("worked example: rows kept, a block written right of the user's cells, a leftover cleared, a new row made", () => {
    const data =
      `<row r="1" spans="1:2">${number(1, 1, 10)}${number(1, 2, 11)}</row>` +
      `<row r="2">${number(2, 1, 20, false)}${number(2, 2, 21)}${number(2, 4, 99)}</row>` +
      `<row r="3">${number(3, 1, 30)}</row>` +
      `<row r="7">${number(7, 1, 70)}</row>`;
    const rows = new Map([
      [2, [write(2, 3, "Score")]],
      [3, [write(3, 3, "A")]],
      [5, [write(5, 3, "B")]],
    ]);
    const clear = [{ top: 2, left: 3, bottom: 4, right: 4 }];
    const { pieces } = patchSheetData(data, { clear, rows: rowsFromMap(rows) });
    expect(pieces.join("")).toBe(
      // Row 1 is untouched, spans and all; D2 (99) was the earlier review's and is cleared, so
      // row 2 is read cell by cell and A2 gets its address; row 3 only has the block appended.
      `<row r="1" spans="1:2">${number(1, 1, 10)}${number(1, 2, 11)}</row>` +
        `<row r="2">${number(2, 1, 20)}${number(2, 2, 21)}${write(2, 3, "Score").xml}</row>` +
        `<row r="3">${number(3, 1, 30)}${write(3, 3, "A").xml}</row>` +
        `<row r="5">${write(5, 3, "B").xml}</row>` +
        `<row r="7">${number(7, 1, 70)}</row>`
    );
  });

  test("a cell without an address keeps its place when a cell before it is dropped", () => {
    const data = `<row r="1">${number(1, 1, 1)}${number(1, 2, 2)}${number(1, 3, 3, false)}</row>`;
    const { pieces } = patchSheetData(data, {
      clear: [{ top: 1, left: 2, bottom: 1, right: 2 }],
      rows: rowsFromMap(new Map()),
    });
    expect(pieces.join("")).toBe(`<row r="1">${number(1, 1, 1)}${number(1, 3, 3)}</row>`);
  });

  test("property: every row holds the user's cells outside the cleared area and the new cells, in column order", () => {
    const rowArbitrary = fc.record({
      userColumns: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { maxLength: 6 }),
      stated: fc.boolean(),
      newColumns: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 3 }),
        (specs, clearLeft, clearWidth) => {
          const clear = [
            { top: 1, left: clearLeft, bottom: specs.length, right: clearLeft + clearWidth },
          ];
          const newRows = new Map<number, CellWrite[]>();
          const expected = new Map<number, Map<number, string>>();
          const data = specs
            .map((spec, index) => {
              const row = index + 1;
              const user = [...spec.userColumns].sort((a, b) => a - b);
              // Unstated addresses only when they are implied right: the row's cells from column 1 on.
              const stated = spec.stated || user.some((column, i) => column !== i + 1);
              const cells = new Map<number, string>();
              for (const column of user)
                if (column < clear[0].left || column > clear[0].right)
                  cells.set(column, `<c><v>${row * 100 + column}</v></c>`);
              const added = [...spec.newColumns]
                .sort((a, b) => a - b)
                .map((c) => write(row, c, `n${c}`));
              for (const cell of added)
                cells.set(cell.column, cell.xml.replace(/\sr="[A-Z]+\d+"/, ""));
              if (added.length > 0) newRows.set(row, added);
              expected.set(row, cells);
              return `<row r="${row}">${user.map((c) => number(row, c, row * 100 + c, stated)).join("")}</row>`;
            })
            .join("");
          const { pieces } = patchSheetData(data, { clear, rows: rowsFromMap(newRows) });
          const actual = cellsByRow(pieces.join(""));
          for (const [row, cells] of expected) {
            expect([...(actual.get(row) ?? new Map()).entries()]).toEqual(
              [...cells.entries()].sort(([a], [b]) => a - b)
            );
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  test("comments and CDATA that look like rows or cells are copied as written, never read as markup", () => {
    const data =
      `<!-- <row r="2"><c r="C2"><v>1</v></c></row> -->` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[</c></row><row r="9">]]></t></is></c></row>` +
      `<row r="2">${number(2, 1, 20)}<!-- </row> --></row>`;
    const rows = new Map([
      [1, [write(1, 3, "Score")]],
      [2, [write(2, 3, "A")]],
    ]);
    const { pieces } = patchSheetData(data, {
      clear: [{ top: 1, left: 3, bottom: 2, right: 3 }],
      rows: rowsFromMap(rows),
    });
    expect(pieces.join("")).toBe(
      `<!-- <row r="2"><c r="C2"><v>1</v></c></row> -->` +
        `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[</c></row><row r="9">]]></t></is></c>${write(1, 3, "Score").xml}</row>` +
        `<row r="2">${number(2, 1, 20)}<!-- </row> -->${write(2, 3, "A").xml}</row>`
    );
  });

  test("rows out of order and a row split in two come out ascending, one element each, no cell lost", () => {
    const data =
      `<row r="3" spans="1:2">${number(3, 1, 30)}</row>` +
      `<row r="1">${number(1, 2, 12)}</row>` +
      `<row r="3">${number(3, 2, 32)}</row>` +
      `<row r="2">${number(2, 1, 20)}</row>` +
      `<row r="1">${number(1, 1, 11)}</row>`;
    const { pieces } = patchSheetData(data, {
      clear: [],
      rows: rowsFromMap(new Map([[2, [write(2, 3, "B")]]])),
    });
    expect(pieces.join("")).toBe(
      `<row r="1">${number(1, 1, 11)}${number(1, 2, 12)}</row>` +
        `<row r="2">${number(2, 1, 20)}${write(2, 3, "B").xml}</row>` +
        `<row r="3">${number(3, 1, 30)}${number(3, 2, 32)}</row>`
    );
  });

  test("a cell written twice is refused, naming it", () => {
    const twice = `<row r="4">${number(4, 2, 1)}${number(4, 2, 2)}</row>`;
    expect(() => patchSheetData(twice, { clear: [], rows: rowsFromMap(new Map()) })).toThrow(
      "the cell B4 is written twice, and programs differ in which one they show"
    );
    const split = `<row r="4">${number(4, 2, 1)}</row><row r="4">${number(4, 2, 2)}</row>`;
    expect(() => patchSheetData(split, { clear: [], rows: rowsFromMap(new Map()) })).toThrow(
      "the cell B4 is written twice"
    );
  });

  test("cells out of column order in a row are put in order", () => {
    const data = `<row r="1">${number(1, 3, 3)}${number(1, 1, 1)}</row>`;
    const { pieces } = patchSheetData(data, { clear: [], rows: rowsFromMap(new Map()) });
    expect(pieces.join("")).toBe(`<row r="1">${number(1, 1, 1)}${number(1, 3, 3)}</row>`);
  });

  test("a prefixed worksheet gets prefixed rows and a self-closed sheetData is opened", () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1"/><x:sheetData/>` +
      `<x:pageMargins left="0.7"/></x:worksheet>`;
    const result = patchWorksheet(
      xml,
      {
        clear: [],
        rows: (prefix) => rowsFromMap(new Map([[2, [{ column: 1, xml: `<${prefix}c r="A2"/>` }]]])),
      },
      PART
    );
    expect(result.parts.head + result.pieces.join("") + result.parts.tail).toBe(
      `<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1"/><x:sheetData>` +
        `<x:row r="2"><x:c r="A2"/></x:row></x:sheetData><x:pageMargins left="0.7"/></x:worksheet>`
    );
  });

  test("markup of a namespace not understood, behind mc:AlternateContent, is copied and never taken for rows", () => {
    const foreign =
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<mc:Choice xmlns:zz="urn:example:foreign" Requires="zz"><zz:note><row r="9"><c r="A9"><v>9</v></c></row></zz:note></mc:Choice>` +
      `<mc:Fallback/></mc:AlternateContent>`;
    const data = `<row r="1">${number(1, 1, 1)}</row>${foreign}<row r="2">${number(2, 1, 2)}</row>`;
    const { pieces } = patchSheetData(data, {
      clear: [],
      rows: rowsFromMap(new Map([[2, [write(2, 2, "B")]]])),
    });
    expect(pieces.join("")).toBe(
      `<row r="1">${number(1, 1, 1)}</row>${foreign}<row r="2">${number(2, 1, 2)}${write(2, 2, "B").xml}</row>`
    );
  });

  test("property: rows in any order, some split in two, come out ascending with every cell once", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (rowNumbers, splits, reverse) => {
          // Each row holds columns 1..4; a row is split after column `split` when that is below 4.
          const elements: string[] = [];
          rowNumbers.forEach((row, index) => {
            const split = splits[index % splits.length];
            const cells = [1, 2, 3, 4].map((column) => number(row, column, row * 10 + column));
            if (split < 4) {
              elements.push(`<row r="${row}">${cells.slice(split).join("")}</row>`);
              elements.push(`<row r="${row}">${cells.slice(0, split).join("")}</row>`);
            } else elements.push(`<row r="${row}">${cells.join("")}</row>`);
          });
          if (reverse) elements.reverse();
          const { pieces } = patchSheetData(elements.join(""), {
            clear: [],
            rows: rowsFromMap(new Map()),
          });
          const ascending = [...rowNumbers].sort((a, b) => a - b);
          expect(pieces.join("")).toBe(
            ascending
              .map(
                (row) =>
                  `<row r="${row}">${[1, 2, 3, 4].map((column) => number(row, column, row * 10 + column)).join("")}</row>`
              )
              .join("")
          );
        }
      ),
      { numRuns: 200 }
    );
  });
});
