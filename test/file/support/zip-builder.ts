/**
 * Builds small zip files by hand, so that tests can make exactly the damaged or hostile
 * packages a real user might send: entries whose declared sizes lie, or whose payload unpacks
 * a thousand times over.
 */
import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../../src/file/crc32";

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  stored?: boolean;
  /** Declared unpacked size, when the test wants it to lie. */
  declaredSize?: number;
}

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

export function buildZip(entries: ZipEntrySpec[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const packed = entry.stored ? entry.data : new Uint8Array(deflateRawSync(entry.data));
    const method = entry.stored ? 0 : 8;
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.byteLength;
    const local = header(30 + name.byteLength);
    local.view.setUint32(0, 0x04034b50, true);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(8, method, true);
    local.view.setUint32(14, crc, true);
    local.view.setUint32(18, packed.byteLength, true);
    local.view.setUint32(22, size, true);
    local.view.setUint16(26, name.byteLength, true);
    local.bytes.set(name, 30);
    const record = header(46 + name.byteLength);
    record.view.setUint32(0, 0x02014b50, true);
    record.view.setUint16(4, 20, true);
    record.view.setUint16(6, 20, true);
    record.view.setUint16(10, method, true);
    record.view.setUint32(16, crc, true);
    record.view.setUint32(20, packed.byteLength, true);
    record.view.setUint32(24, size, true);
    record.view.setUint16(28, name.byteLength, true);
    record.view.setUint32(42, offset, true);
    record.bytes.set(name, 46);
    parts.push(local.bytes, packed);
    central.push(record.bytes);
    offset += local.bytes.byteLength + packed.byteLength;
  }
  const directorySize = central.reduce((sum, part) => sum + part.byteLength, 0);
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, directorySize, true);
  end.view.setUint32(16, offset, true);
  const all = [...parts, ...central, end.bytes];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.byteLength, 0));
  let cursor = 0;
  for (const part of all) {
    out.set(part, cursor);
    cursor += part.byteLength;
  }
  return out;
}

const text = (value: string) => new TextEncoder().encode(value);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface PackageSheet {
  name: string;
  /** The worksheet part's XML, or raw bytes (e.g. a bomb's payload). */
  xml: string | Uint8Array;
  /** Declared size of the sheet part, when the test wants it to lie. */
  declaredSize?: number;
  /** Relationships of the sheet (tables), as Relationship elements. */
  relationships?: string;
  state?: "hidden" | "veryHidden";
}

export interface PackageSpec {
  sheets: PackageSheet[];
  sharedStrings?: string;
  styles?: string;
  /** Inside of <workbookPr …/>, e.g. 'date1904="1"'. */
  workbookProperties?: string;
  /** Further parts (tables, a chart sheet, media). */
  parts?: ZipEntrySpec[];
  /** Inside of <definedNames>, e.g. a hidden name the writer keeps. */
  definedNames?: string;
  /** Inside of <calcPr …/>, e.g. 'fullCalcOnLoad="1"'; absent: no calcPr. */
  calcProperties?: string;
}

/** A minimal but complete workbook package, as Excel would find it. */
export function packageEntries(spec: PackageSpec): ZipEntrySpec[] {
  const sheetElements = spec.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rIdSheet${index + 1}"/>`
    )
    .join("");
  const sheetRelationships = spec.sheets
    .map(
      (_sheet, index) =>
        `<Relationship Id="rIdSheet${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`
    )
    .join("");
  const extraRelationships =
    (spec.sharedStrings
      ? `<Relationship Id="rIdStrings" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`
      : "") +
    (spec.styles
      ? `<Relationship Id="rIdStyles" Type="${RELATIONSHIPS}/styles" Target="/xl/styles.xml"/>`
      : "");
  const entries: ZipEntrySpec[] = [
    {
      name: "[Content_Types].xml",
      data: text(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
      ),
    },
    {
      name: "_rels/.rels",
      data: text(
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
    },
    {
      name: "xl/workbook.xml",
      data: text(
        `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><workbookPr ${spec.workbookProperties ?? ""}/><sheets>${sheetElements}</sheets>${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ""}${spec.calcProperties === undefined ? "" : `<calcPr ${spec.calcProperties}/>`}</workbook>`
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelationships}${extraRelationships}</Relationships>`
      ),
    },
  ];
  spec.sheets.forEach((sheet, index) => {
    entries.push({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: typeof sheet.xml === "string" ? text(sheet.xml) : sheet.xml,
      declaredSize: sheet.declaredSize,
    });
    if (sheet.relationships) {
      entries.push({
        name: `xl/worksheets/_rels/sheet${index + 1}.xml.rels`,
        data: text(
          `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheet.relationships}</Relationships>`
        ),
      });
    }
  });
  if (spec.sharedStrings)
    entries.push({ name: "xl/sharedStrings.xml", data: text(spec.sharedStrings) });
  if (spec.styles) entries.push({ name: "xl/styles.xml", data: text(spec.styles) });
  return [...entries, ...(spec.parts ?? [])];
}

export { MAIN as SPREADSHEET_NAMESPACE, RELATIONSHIPS as RELATIONSHIP_NAMESPACE };
