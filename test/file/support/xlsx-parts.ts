/** Reading the XML parts of a written .xlsx, to check what exceljs actually put in the file. */
import { inflateRawSync } from "node:zlib";
import { entryDataOffset, readZipDirectory } from "../../../src/file/zip-directory";

export function partText(bytes: Uint8Array, name: string): string {
  const entry = readZipDirectory(bytes, 1000).entries.find((item) => item.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  const start = entryDataOffset(bytes, entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return new TextDecoder().decode(entry.method === 0 ? data : inflateRawSync(data));
}

/** The worksheet part (e.g. "xl/worksheets/sheet1.xml") of a sheet, found through the workbook's relationships. */
export function sheetPartName(bytes: Uint8Array, sheetName: string): string {
  const workbook = partText(bytes, "xl/workbook.xml");
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rels = partText(bytes, "xl/_rels/workbook.xml.rels");
  const target =
    new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  if (!target) throw new Error(`no relationship ${sheet[1]}`);
  return target[1].startsWith("/") ? target[1].slice(1) : `xl/${target[1]}`;
}
