/**
 * The reader's bounds on hostile packages: each shape is refused with a sentence naming what is
 * wrong (and where), before it costs memory or minutes. The command line's exit codes for the
 * same shapes are in test/cli/hostile-files.test.ts.
 */
import { FILE_MESSAGES, XlsxFileError, type XlsxFileErrorCode } from "../../src/file/index";
import { openXlsxPackageBufferNode } from "../../src/file/index-node";
import {
  declaredHugeWorkbook,
  farCornersWorkbook,
  manyEmptyCellsWorkbook,
  rowBeyondSheetWorkbook,
  sharedEntryWorkbook,
  unclosedCellTokensWorkbook,
  unclosedStringItemsWorkbook,
} from "./support/hostile-packages";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE } from "./support/zip-builder";

const LABEL = "book.xlsx";

async function refusal(bytes: Uint8Array, options = {}): Promise<XlsxFileError> {
  try {
    await openXlsxPackageBufferNode(bytes, { label: LABEL, ...options });
  } catch (error) {
    if (error instanceof XlsxFileError) return error;
    throw error;
  }
  throw new Error("expected the workbook to be refused");
}

async function expectRefused(
  bytes: Uint8Array,
  code: XlsxFileErrorCode,
  message: string,
  options = {}
) {
  const error = await refusal(bytes, options);
  expect({ code: error.code, message: error.message }).toEqual({ code, message });
}

const sheetXml = (inside: string) =>
  `<worksheet xmlns="${SPREADSHEET_NAMESPACE}">${inside}</worksheet>`;
const oneSheet = (inside: string) =>
  buildZip(packageEntries({ sheets: [{ name: "Ledger", xml: sheetXml(inside) }] }));

describe("a sheet's extent is measured before its grid exists", () => {
  test("A1 and XFD1048576: 17,179,869,184 cells, the sheet is left unread (no grid), its extent said", async () => {
    const { raw } = await openXlsxPackageBufferNode(farCornersWorkbook(), { label: LABEL });
    const receivables = raw.sheets.find((sheet) => sheet.name === "Receivables");
    expect(receivables?.cells).toEqual([]);
    expect(receivables?.notRead).toEqual({
      range: "A1:XFD1048576",
      cells: 17_179_869_184,
      limit: 8_000_000,
      declared: false,
    });
    // The other sheet is read as usual.
    expect(raw.sheets.find((sheet) => sheet.name === "Customers")?.cells).toHaveLength(2);
  });

  test("a <dimension> of A1:L1048576 is only a claim: the one cell there is read, nothing refused", async () => {
    const { raw } = await openXlsxPackageBufferNode(declaredHugeWorkbook(), { label: LABEL });
    const receivables = raw.sheets.find((sheet) => sheet.name === "Receivables");
    expect(receivables?.notRead).toBeUndefined();
    expect(receivables?.cells).toEqual([[1]]);
  });

  test("a dimension that says too little does not hide the cells: they are measured as read", async () => {
    const cells = Array.from(
      { length: 30 },
      (_, row) => `<row r="${row + 1}"><c r="C${row + 1}"><v>1</v></c></row>`
    );
    const bytes = oneSheet(`<dimension ref="A1"/><sheetData>${cells.join("")}</sheetData>`);
    // 30 rows of one column fit 30 cells, not 29.
    expect(
      (await openXlsxPackageBufferNode(bytes, { maxSheetCells: 30 })).raw.sheets[0].cells
    ).toHaveLength(30);
    const over = await openXlsxPackageBufferNode(bytes, { maxSheetCells: 29 });
    expect(over.raw.sheets[0].notRead).toEqual({
      range: "C1:C30",
      cells: 30,
      limit: 29,
      declared: false,
    });
  });

  test("a dimension past the budget in a part large enough to hold it: left unread from the claim alone, said as declared", async () => {
    // Budget 100 cells → a part of at least 100 × 11 bytes could hold them; this one can.
    const cells = Array.from(
      { length: 60 },
      (_, row) => `<row r="${row + 1}"><c r="A${row + 1}"><v>1</v></c></row>`
    );
    const bytes = oneSheet(`<dimension ref="A1:L1000"/><sheetData>${cells.join("")}</sheetData>`);
    const unread = await openXlsxPackageBufferNode(bytes, { maxSheetCells: 100 });
    expect(unread.raw.sheets[0].cells).toEqual([]);
    expect(unread.raw.sheets[0].notRead).toEqual({
      range: "A1:L1000",
      cells: 12_000,
      limit: 100,
      declared: true,
    });
    // The same claim with a budget the part is too small to back: read and measured (60 cells).
    const read = await openXlsxPackageBufferNode(bytes, { maxSheetCells: 1_000 });
    expect(read.raw.sheets[0].notRead).toBeUndefined();
    expect(read.raw.sheets[0].cells).toHaveLength(60);
  });

  test("a cell below row 1,048,576 or right of XFD is refused as damaged, naming the sheet and the reference", async () => {
    await expectRefused(
      rowBeyondSheetWorkbook("A99999999"),
      "CORRUPT",
      FILE_MESSAGES.corrupt(
        LABEL,
        `sheet "Receivables": the cell reference "A99999999" is not inside A1:XFD1048576`
      )
    );
    await expectRefused(
      rowBeyondSheetWorkbook("XFE1"),
      "CORRUPT",
      FILE_MESSAGES.corrupt(
        LABEL,
        `sheet "Receivables": the cell reference "XFE1" is not inside A1:XFD1048576`
      )
    );
    await expectRefused(
      oneSheet(`<sheetData><row r="1048577"/></sheetData>`),
      "CORRUPT",
      FILE_MESSAGES.corrupt(LABEL, `sheet "Ledger": row number "1048577" is outside 1..1048576`)
    );
  });
});

describe("malformed XML costs one linear pass", () => {
  test("400,000 unclosed <c tokens are refused as not well-formed", async () => {
    const error = await refusal(unclosedCellTokensWorkbook());
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toMatch(
      /^book\.xlsx is damaged and cannot be read: sheet "Receivables": The part "xl\/worksheets\/sheet2\.xml" is not well-formed XML \(1:\d+: /
    );
  });

  test("200,000 unclosed <si> items are refused naming the shared strings part", async () => {
    const error = await refusal(unclosedStringItemsWorkbook());
    expect(error.code).toBe("CORRUPT");
    // Nested 400,000 deep, they would cost the tokenizer quadratic time: refused at depth 256.
    expect(error.message).toBe(
      FILE_MESSAGES.corrupt(
        LABEL,
        `The part "xl/sharedStrings.xml" nests elements more than 256 deep, which no workbook part does`
      )
    );
  });

  test("400,000 empty cells read as an empty sheet", async () => {
    const { raw } = await openXlsxPackageBufferNode(manyEmptyCellsWorkbook());
    expect(raw.sheets[1].cells).toEqual([]);
  });
});

describe("zip entries never share bytes", () => {
  test("a part declaring more than 500 MB is refused before it is unpacked", async () => {
    const sheet = sheetXml("<sheetData/>");
    const bytes = buildZip(
      packageEntries({ sheets: [{ name: "A", xml: sheet, declaredSize: 600 * 1024 * 1024 }] })
    );
    await expectRefused(
      bytes,
      "ZIP_BOMB",
      FILE_MESSAGES.partTooLarge(
        LABEL,
        "xl/worksheets/sheet1.xml",
        600 * 1024 * 1024,
        500 * 1024 * 1024
      ),
      { maxUnpackedBytes: 2048 * 1024 * 1024, maxCompressionRatio: 1e12 }
    );
  });

  test("90 directory records pointing at one compressed part are refused before any is unpacked", async () => {
    await expectRefused(
      sharedEntryWorkbook(90, 64 * 1024),
      "ZIP_BOMB",
      FILE_MESSAGES.overlappingParts(LABEL, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")
    );
  });

  test("one part named twice is refused", async () => {
    const entries = packageEntries({ sheets: [{ name: "A", xml: sheetXml("<sheetData/>") }] });
    await expectRefused(
      buildZip([...entries, entries[entries.length - 1]]),
      "ZIP_BOMB",
      FILE_MESSAGES.overlappingParts(LABEL, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")
    );
  });

  test("a local header whose sizes differ from the directory's is refused as damaged", async () => {
    const zip = oneSheet("<sheetData/>");
    // The first entry's local header: declared unpacked size at byte 22.
    new DataView(zip.buffer).setUint32(22, 999, true);
    const error = await refusal(zip);
    expect(error.code).toBe("CORRUPT");
    expect(error.message).toMatch(
      /the local header of "\[Content_Types\]\.xml" gives other sizes than the zip directory/
    );
  });
});
