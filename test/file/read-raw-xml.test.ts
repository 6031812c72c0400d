import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsxPackage } from "../../src/file/index";
import { openXlsxPackageBufferNode } from "../../src/file/index-node";
import { readRawXlsx } from "../../src/file/read-raw-xlsx";
import { STREAM_UNPACKER } from "../../src/file/unpack";
import { ZLIB_UNPACKER } from "../../src/file/unpack-node";
import { checkXlsxBytes, DEFAULT_LIMITS } from "../../src/file/xlsx-guard";
import type { RawCell, RawWorkbook } from "../../src/workbook/raw";
import {
  buildZip,
  packageEntries,
  RELATIONSHIP_NAMESPACE,
  SPREADSHEET_NAMESPACE,
} from "./support/zip-builder";
import { rawWorkbookFromExcelJs } from "./support/exceljs-raw-sheet";
import { sourceWorkerParser } from "./support/worker-parser";

const LEDGER_XML = `<x:worksheet xmlns:x="${SPREADSHEET_NAMESPACE}" xmlns:r="${RELATIONSHIP_NAMESPACE}"><x:sheetData>
<x:row r="2" hidden="true"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>inline &amp; more</x:t></x:is></x:c></x:row>
<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#REF!</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>ok_x000D_</x:v></x:c></x:row>
<x:row r="5"><x:c r="A5" s="1"><x:v>46086.75</x:v></x:c><x:c r="B5" s="2"><x:v>1234.5</x:v></x:c><x:c r="C5"><x:f>SUM(B5)</x:f></x:c><x:c r="D5" s="1"/><x:c r="E5" t="d"><x:v>2026-03-05T18:00:00</x:v></x:c></x:row>
<x:row r="6"><x:c r="A6" t="s"><x:v>1</x:v></x:c><x:c r="B6"><x:v>99</x:v></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A6:B6"/></x:mergeCells><x:tableParts count="1"><x:tablePart r:id="rIdT"/></x:tableParts></x:worksheet>`;

const SHARED_STRINGS = `<sst xmlns="${SPREADSHEET_NAMESPACE}"><si><t>C00001</t></si><si><r><t>Credit </t></r><r><rPr><b/></rPr><t xml:space="preserve">Desk</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si></sst>`;

const STYLES = `<styleSheet xmlns="${SPREADSHEET_NAMESPACE}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="3"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4"/></cellXfs></styleSheet>`;

function handWrittenPackage(workbookProperties = ""): Uint8Array {
  return buildZip(
    packageEntries({
      sheets: [
        {
          name: "Ledger",
          xml: LEDGER_XML,
          relationships: `<Relationship Id="rIdT" Type="${RELATIONSHIP_NAMESPACE}/table" Target="../tables/table1.xml"/>`,
        },
        {
          name: "Map",
          xml: `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>marker</t></is></c></row></sheetData></worksheet>`,
          state: "veryHidden",
        },
      ],
      sharedStrings: SHARED_STRINGS,
      styles: STYLES,
      workbookProperties,
      parts: [
        {
          name: "xl/tables/table1.xml",
          data: new TextEncoder().encode(
            `<table xmlns="${SPREADSHEET_NAMESPACE}" id="1" name="Open" displayName="Open" ref="A8:C11" headerRowCount="0" totalsRowCount="1"/>`
          ),
        },
      ],
    })
  );
}

async function readBoth(bytes: Uint8Array): Promise<RawWorkbook> {
  const directory = checkXlsxBytes(bytes, "book", DEFAULT_LIMITS);
  const withZlib = await readRawXlsx(bytes, directory, "book", ZLIB_UNPACKER);
  const withStreams = await readRawXlsx(bytes, directory, "book", STREAM_UNPACKER);
  expect(withStreams).toEqual(withZlib);
  const inWorkers = await readRawXlsx(
    bytes,
    directory,
    "book",
    ZLIB_UNPACKER,
    {},
    sourceWorkerParser()
  );
  expect(inWorkers).toEqual(withZlib);
  return withZlib;
}

describe("reading raw sheets straight from the package XML", () => {
  test("prefixed elements, positions without references, every value type, styles, merges, tables", async () => {
    const raw = await readBoth(handWrittenPackage());
    expect(raw.date1904).toBe(false);
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual(["Ledger", "Map"]);
    const ledger = raw.sheets[0];
    expect([ledger.firstRow, ledger.firstColumn]).toEqual([2, 1]);
    const cells: RawCell[][] = [
      [null, "C00001", "inline & more", null, null],
      [true, { error: "#REF!" }, "ok\r", null, null], // row 3 by position; _x000D_ is a carriage return
      [null, null, null, null, null],
      [46_086.75, 1234.5, { error: "#NO_RESULT" }, null, 46_086.75], // t="d" becomes the serial
      ["Credit Desk", null, null, null, null], // phonetic guide left out; 99 under the merge dropped
    ];
    expect(ledger.cells).toEqual(cells);
    expect(ledger.numberFormats?.[3]).toEqual([
      "yyyy\\-mm\\-dd",
      "#,##0.00",
      "General",
      "General",
      "General",
    ]);
    expect(ledger.hiddenRows).toEqual([2]);
    expect(ledger.merges).toEqual([{ top: 6, left: 1, bottom: 6, right: 2 }]);
    // No header row: the row above the data; the totals row (11) is not data.
    expect(ledger.tables).toEqual([
      { name: "Open", headerRow: 7, firstColumn: 1, lastColumn: 3, lastRow: 10 },
    ]);
    expect(raw.sheets[1].cells).toEqual([["marker"]]);
  });

  test("the 1904 date system is read from the workbook properties", async () => {
    expect((await readBoth(handWrittenPackage('date1904="1"'))).date1904).toBe(true);
    expect((await readBoth(handWrittenPackage('date1904="false"'))).date1904).toBe(false);
  });

  test("only the sheets asked for are read", async () => {
    const bytes = handWrittenPackage();
    const raw = await readRawXlsx(
      bytes,
      checkXlsxBytes(bytes, "book", DEFAULT_LIMITS),
      "book",
      ZLIB_UNPACKER,
      { sheets: ["Map"] }
    );
    expect(raw.sheets.map((sheet) => sheet.name)).toEqual(["Map"]);
  });

  test("agrees with the exceljs reading of the sample, but for the one time of day exceljs drops", async () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, "../../assets/sample/credit-desk-sample.xlsx"))
    );
    const fast = (await openXlsxPackageBufferNode(bytes)).raw;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const oracle = rawWorkbookFromExcelJs(workbook);
    expect(fast.sheets.map((sheet) => sheet.name)).toEqual(
      oracle.sheets.map((sheet) => sheet.name)
    );
    const differences: string[] = [];
    fast.sheets.forEach((sheet, index) => {
      const other = oracle.sheets[index];
      expect({ ...sheet, cells: [] }).toEqual({ ...other, cells: [] });
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const expected = other.cells[r][c];
          if (cell === expected || JSON.stringify(cell) === JSON.stringify(expected)) return;
          differences.push(
            `${sheet.name} row ${r + sheet.firstRow} column ${c + sheet.firstColumn}: ${String(cell)} / ${String(expected)}`
          );
        })
      );
    });
    // The ledger line dated 2026-05-10 18:00: Office.js and the XML say 46152.75, exceljs's Date gives the day.
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatch(/^Receivables row \d+ column 3: 46152\.75 \/ 46152$/);
  });

  test("the browser reader (streams) and the Node reader (zlib) give the same sample", async () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, "../../assets/sample/credit-desk-sample.xlsx"))
    );
    expect((await openXlsxPackage(bytes)).raw).toEqual(
      (await openXlsxPackageBufferNode(bytes)).raw
    );
  });
});
