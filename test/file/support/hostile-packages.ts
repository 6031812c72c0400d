/**
 * The hostile workbook shapes of the reader's bounds, built in memory so tests and the bench
 * share them: each is small on disk and was once costly (out of memory, minutes of work) or
 * read wrongly. Receivable-like headers make each a workbook the review would otherwise run on.
 */
import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../../src/file/crc32";
import { buildZip, packageEntries, SPREADSHEET_NAMESPACE, type PackageSheet } from "./zip-builder";

const text = (value: string) => new TextEncoder().encode(value);

export const CUSTOMERS_SHEET: PackageSheet = {
  name: "Customers",
  xml: `<worksheet xmlns="${SPREADSHEET_NAMESPACE}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Customer ID</t></is></c><c r="B1" t="inlineStr"><is><t>Customer name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>K1</t></is></c><c r="B2" t="inlineStr"><is><t>Kite</t></is></c></row></sheetData></worksheet>`,
};

function sheet(inside: string): string {
  return `<worksheet xmlns="${SPREADSHEET_NAMESPACE}">${inside}</worksheet>`;
}

function workbook(receivablesXml: string, extra: { sharedStrings?: string } = {}): Uint8Array {
  return buildZip(
    packageEntries({
      sheets: [CUSTOMERS_SHEET, { name: "Receivables", xml: receivablesXml }],
      sharedStrings: extra.sharedStrings,
    })
  );
}

/** One cell at A1 and one at XFD1048576: 17 billion cells if a grid were allocated. */
export function farCornersWorkbook(): Uint8Array {
  return workbook(
    sheet(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>`
    )
  );
}

/** A cell below the last row a sheet has (or right of its last column), in a row that does not say its number. */
export function rowBeyondSheetWorkbook(reference = "A99999999"): Uint8Array {
  return workbook(sheet(`<sheetData><row><c r="${reference}"><v>1</v></c></row></sheetData>`));
}

/** Hundreds of thousands of `<c ` tokens that never close: a few kB packed. */
export function unclosedCellTokensWorkbook(tokens = 400_000): Uint8Array {
  return workbook(sheet(`<sheetData><row r="1">${"<c ".repeat(tokens)}`));
}

/** Hundreds of thousands of empty but well-formed cells in rows of ten. */
export function manyEmptyCellsWorkbook(cells = 400_000): Uint8Array {
  const row = `<row>${"<c/>".repeat(10)}</row>`;
  return workbook(sheet(`<sheetData>${row.repeat(cells / 10)}</sheetData>`));
}

/** A shared strings part of string items that never close. */
export function unclosedStringItemsWorkbook(items = 200_000): Uint8Array {
  return workbook(sheet(`<sheetData/>`), {
    sharedStrings: `<sst xmlns="${SPREADSHEET_NAMESPACE}">${"<si><t>a".repeat(items)}`,
  });
}

/** A sheet that says (in `<dimension>`) it spans A1:L1048576: 12.6 million cells. */
export function declaredHugeWorkbook(): Uint8Array {
  return workbook(
    sheet(
      `<dimension ref="A1:L1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`
    )
  );
}

/**
 * `records` directory records named as sheets, all pointing at ONE local entry whose data
 * unpacks to `bytes` of cells: a modest part on disk read `records` times over.
 */
export function sharedEntryWorkbook(records = 90, bytes = 9 * 1024 * 1024): Uint8Array {
  const cell = `<c><v>1</v></c>`;
  const rows = `<row>${cell.repeat(10)}</row>`;
  const body = sheet(`<sheetData>${rows.repeat(Math.floor(bytes / rows.length))}</sheetData>`);
  const data = text(body);
  const sheets: PackageSheet[] = Array.from({ length: records }, (_, index) => ({
    name: `S${index + 1}`,
    xml: index === 0 ? data : text(""),
  }));
  const honest = buildZip(packageEntries({ sheets }));
  return pointAllSheetsAtFirst(honest, data);
}

/** Rewrites the directory records of sheet2..N to the first sheet's local header, sizes and CRC. */
function pointAllSheetsAtFirst(zip: Uint8Array, data: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  let cursor = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  const packedSize = deflateRawSync(data).byteLength;
  const crc = crc32(data);
  let firstOffset = -1;
  for (let index = 0; index < count; index += 1) {
    const nameLength = view.getUint16(cursor + 28, true);
    const name = decoder.decode(zip.subarray(cursor + 46, cursor + 46 + nameLength));
    if (name.startsWith("xl/worksheets/sheet")) {
      if (firstOffset < 0) firstOffset = view.getUint32(cursor + 42, true);
      view.setUint32(cursor + 16, crc, true);
      view.setUint32(cursor + 20, packedSize, true);
      view.setUint32(cursor + 24, data.byteLength, true);
      view.setUint32(cursor + 42, firstOffset, true);
    }
    cursor +=
      46 + nameLength + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
  }
  return zip;
}
