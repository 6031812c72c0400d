/**
 * Valid packages in the shapes that used to come out wrong: comments and CDATA inside sheet XML,
 * a UTF-16 worksheet part, rows and cells out of order, a foreign-namespace element inside
 * mc:AlternateContent, Strict namespaces. Each reads to the values Excel shows.
 */
import fc from "fast-check";
import { cellAddress } from "../../src/workbook/plan-address";
import { openXlsxPackageBufferNode } from "../../src/file/index-node";
import { FILE_MESSAGES, XlsxFileError } from "../../src/file/index";
import type { RawCell } from "../../src/workbook/raw";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE } from "./support/zip-builder";

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

async function cellsOf(
  sheetXml: string | Uint8Array,
  sharedStrings?: string
): Promise<RawCell[][]> {
  const bytes = buildZip(
    packageEntries({ sheets: [{ name: "Ledger", xml: sheetXml }], sharedStrings })
  );
  return (await openXlsxPackageBufferNode(bytes)).raw.sheets[0].cells;
}

const worksheet = (inside: string) =>
  `<worksheet xmlns="${SPREADSHEET_NAMESPACE}">${inside}</worksheet>`;

test("a comment between cells is not a cell, and a CDATA value is its text", async () => {
  const cells = await cellsOf(
    worksheet(
      `<sheetData><row r="1"><!-- <c r="A1"><v>999</v></c> --><c r="A1" t="str"><v><![CDATA[a<b>&c]]></v></c><c r="B1"><v>1<!-- x -->2</v></c></row></sheetData>`
    )
  );
  expect(cells).toEqual([["a<b>&c", 12]]);
});

test("a UTF-16 worksheet part reads as its characters", async () => {
  const xml = `<?xml version="1.0" encoding="UTF-16"?>${worksheet(
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>客户 Zoë</t></is></c><c r="B1"><v>42</v></c></row></sheetData>`
  )}`;
  const bytes = new Uint8Array(2 + xml.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < xml.length; index += 1) {
    bytes[2 + index * 2] = xml.charCodeAt(index) & 0xff;
    bytes[3 + index * 2] = xml.charCodeAt(index) >> 8;
  }
  expect(await cellsOf(bytes)).toEqual([["客户 Zoë", 42]]);
});

test("rows and cells out of order are placed by their address; a row split in two is one row", async () => {
  const cells = await cellsOf(
    worksheet(
      `<sheetData><row r="3"><c r="B3"><v>32</v></c><c r="A3"><v>31</v></c></row><row r="1"><c r="A1"><v>11</v></c></row><row r="3"><c r="C3"><v>33</v></c></row></sheetData>`
    )
  );
  expect(cells).toEqual([
    [11, null, null],
    [null, null, null],
    [31, 32, 33],
  ]);
});

test("two values at one address are refused: which one Excel shows is not known", async () => {
  const bytes = buildZip(
    packageEntries({
      sheets: [
        {
          name: "Ledger",
          xml: worksheet(
            `<sheetData><row r="2"><c r="B2"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData>`
          ),
        },
      ],
    })
  );
  const error = await openXlsxPackageBufferNode(bytes, { label: "book.xlsx" }).catch(
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(XlsxFileError);
  expect((error as XlsxFileError).message).toBe(
    FILE_MESSAGES.corrupt("book.xlsx", `sheet "Ledger": two cells are stored at B2`)
  );
});

test("a foreign-namespace element inside mc:AlternateContent is never read as data", async () => {
  const cells = await cellsOf(
    `<worksheet xmlns="${SPREADSHEET_NAMESPACE}" xmlns:mc="${MC}" xmlns:f="urn:foreign" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" mc:Ignorable="f"><sheetData><row r="1"><c r="A1"><v>1</v></c>` +
      `<mc:AlternateContent><mc:Choice Requires="x14"><c r="B1"><v>777</v></c></mc:Choice><mc:Fallback><f:c r="C1"><f:v>666</f:v></f:c><c r="B1"><v>2</v></c></mc:Fallback></mc:AlternateContent>` +
      `</row></sheetData></worksheet>`
  );
  expect(cells).toEqual([[1, 2]]);
});

test("a Strict (ISO 29500) workbook reads like a Transitional one", async () => {
  const strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  const entries = packageEntries({
    sheets: [
      {
        name: "Ledger",
        xml: `<worksheet xmlns="${strictMain}"><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>`,
      },
    ],
  });
  const strictEntries = entries.map((entry) =>
    entry.name === "xl/workbook.xml"
      ? {
          ...entry,
          data: new TextEncoder().encode(
            `<workbook xmlns="${strictMain}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="Ledger" sheetId="1" r:id="rIdSheet1"/></sheets></workbook>`
          ),
        }
      : entry
  );
  expect((await openXlsxPackageBufferNode(buildZip(strictEntries))).raw.sheets[0].cells).toEqual([
    [5],
  ]);
});

test("shared strings: rich runs joined, phonetic guides left out, CDATA and _xHHHH_ escapes read", async () => {
  const cells = await cellsOf(
    worksheet(
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>`
    ),
    `<sst xmlns="${SPREADSHEET_NAMESPACE}"><si><r><t>Credit </t></r><r><t><![CDATA[& Desk]]></t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si><si><t>a_x000D_b</t></si></sst>`
  );
  expect(cells).toEqual([["Credit & Desk", "a\rb"]]);
});

test("property: cells read the same in any order of rows and cells, and fill the smallest rectangle", async () => {
  const position = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 30 }));
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.tuple(position, fc.integer({ min: -1000, max: 1000 })), {
        minLength: 1,
        maxLength: 25,
        selector: ([[row, column]]) => `${row}:${column}`,
      }),
      async (cells) => {
        // Each cell in a row element of its own, in the generated (random) order.
        const rowsXml = cells
          .map(
            ([[row, column], value]) =>
              `<row r="${row}"><c r="${cellAddress(row, column)}"><v>${value}</v></c></row>`
          )
          .join("");
        const grid = await cellsOf(worksheet(`<sheetData>${rowsXml}</sheetData>`));
        const top = Math.min(...cells.map(([[row]]) => row));
        const left = Math.min(...cells.map(([[, column]]) => column));
        const bottom = Math.max(...cells.map(([[row]]) => row));
        const right = Math.max(...cells.map(([[, column]]) => column));
        expect(grid).toHaveLength(bottom - top + 1);
        expect(grid[0]).toHaveLength(right - left + 1);
        for (const [[row, column], value] of cells)
          expect(grid[row - top][column - left]).toBe(value);
        const filled = grid.flat().filter((cell) => cell !== null).length;
        expect(filled).toBe(cells.length);
      }
    ),
    { numRuns: 40 }
  );
});
