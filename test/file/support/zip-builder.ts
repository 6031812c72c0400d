/**
 * Builds small zip files by hand, so that tests can make exactly the damaged or hostile
 * packages a real user might send: entries whose declared sizes lie, or whose payload unpacks
 * a thousand times over.
 */
import { deflateRawSync } from "node:zlib";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

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

/** The two parts that make a zip look like a workbook to the signature checks. */
export function workbookLikeEntries(): ZipEntrySpec[] {
  const text = (value: string) => new TextEncoder().encode(value);
  return [
    { name: "[Content_Types].xml", data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: "xl/workbook.xml", data: text("<workbook/>") },
  ];
}
