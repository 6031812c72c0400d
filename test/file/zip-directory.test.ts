import fc from "fast-check";
import {
  readZipDirectory,
  ZipEntryCountError,
  ZipStructureError,
  entryDataOffset,
} from "../../src/file/zip-directory";
import { crc32 } from "../../src/file/crc32";
import { buildZip } from "./support/zip-builder";

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Rewrites a one-entry zip built by buildZip (stored) into its ZIP64 form: sizes in the extra field, a ZIP64 end record. */
function asZip64(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = bytesOf(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 45, true);
  lv.setUint32(14, crc32(data), true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const extra = new Uint8Array(4 + 24);
  const ev = new DataView(extra.buffer);
  ev.setUint16(0, 0x0001, true);
  ev.setUint16(2, 24, true);
  ev.setBigUint64(4, BigInt(data.length), true); // uncompressed
  ev.setBigUint64(12, BigInt(data.length), true); // compressed
  ev.setBigUint64(20, 0n, true); // local header offset
  const central = new Uint8Array(46 + nameBytes.length + extra.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 45, true);
  cv.setUint16(6, 45, true);
  cv.setUint32(16, crc32(data), true);
  cv.setUint32(20, 0xffffffff, true);
  cv.setUint32(24, 0xffffffff, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint16(30, extra.length, true);
  cv.setUint32(42, 0xffffffff, true);
  central.set(nameBytes, 46);
  central.set(extra, 46 + nameBytes.length);
  const centralOffset = local.length + data.length;
  const zip64End = new Uint8Array(56);
  const zv = new DataView(zip64End.buffer);
  zv.setUint32(0, 0x06064b50, true);
  zv.setBigUint64(4, 44n, true);
  zv.setBigUint64(24, 1n, true);
  zv.setBigUint64(32, 1n, true);
  zv.setBigUint64(40, BigInt(central.length), true);
  zv.setBigUint64(48, BigInt(centralOffset), true);
  const locator = new Uint8Array(20);
  const locv = new DataView(locator.buffer);
  locv.setUint32(0, 0x07064b50, true);
  locv.setBigUint64(8, BigInt(centralOffset + central.length), true);
  locv.setUint32(16, 1, true);
  const end = new Uint8Array(22);
  const endv = new DataView(end.buffer);
  endv.setUint32(0, 0x06054b50, true);
  endv.setUint16(8, 0xffff, true);
  endv.setUint16(10, 0xffff, true);
  endv.setUint32(12, 0xffffffff, true);
  endv.setUint32(16, 0xffffffff, true);
  const parts = [local, data, central, zip64End, locator, end];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe("reading a zip's central directory", () => {
  test("names, methods, sizes and offsets of each entry, as written", () => {
    const zip = buildZip([
      { name: "xl/workbook.xml", data: bytesOf("<workbook/>".repeat(50)) },
      { name: "客户/名单.txt", data: bytesOf("C00001"), stored: true },
    ]);
    const { entries } = readZipDirectory(zip, 10);
    expect(
      entries.map(({ name, method, uncompressedSize }) => [name, method, uncompressedSize])
    ).toEqual([
      ["xl/workbook.xml", 8, 550],
      ["客户/名单.txt", 0, 6],
    ]);
    expect(entries[0].localHeaderOffset).toBe(0);
    expect(entries[0].crc32).toBe(crc32(bytesOf("<workbook/>".repeat(50))));
    const stored = entries[1];
    const start = entryDataOffset(zip, stored);
    expect(new TextDecoder().decode(zip.subarray(start, start + stored.compressedSize))).toBe(
      "C00001"
    );
  });

  test("a zip comment after the end record is skipped", () => {
    const zip = buildZip([{ name: "a.txt", data: bytesOf("a") }]);
    const withComment = new Uint8Array(zip.length + 5);
    withComment.set(zip);
    withComment.set(bytesOf("hello"), zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, 5, true);
    expect(readZipDirectory(withComment, 10).entries.map((entry) => entry.name)).toEqual(["a.txt"]);
  });

  test("ZIP64 sizes and offsets are read from the extra field and the ZIP64 end record", () => {
    const data = bytesOf("<worksheet/>");
    const { entries } = readZipDirectory(asZip64("xl/worksheets/sheet1.xml", data), 10);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      name: "xl/worksheets/sheet1.xml",
      compressedSize: 12,
      uncompressedSize: 12,
      localHeaderOffset: 0,
    });
  });

  test("damage is a structure error, too many entries a count error, before anything is read", () => {
    const zip = buildZip([
      { name: "a.txt", data: bytesOf("a") },
      { name: "b.txt", data: bytesOf("b") },
    ]);
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 30), 10)).toThrow(ZipStructureError);
    expect(() => readZipDirectory(bytesOf("not a zip at all, just words"), 10)).toThrow(
      ZipStructureError
    );
    const broken = new Uint8Array(zip);
    const { entries } = readZipDirectory(zip, 10);
    broken[entries[1].centralHeaderOffset] = 0; // its signature
    expect(() => readZipDirectory(broken, 10)).toThrow(/record 2 is damaged/);
    expect(() => readZipDirectory(zip, 1)).toThrow(new ZipEntryCountError(2));
  });

  test("any set of entries comes back with its names and sizes", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 20 }),
            size: fc.nat(2000),
            stored: fc.boolean(),
          }),
          {
            selector: (entry) => entry.name,
            maxLength: 12,
          }
        ),
        (specs) => {
          const zip = buildZip(
            specs.map((spec) => ({
              name: spec.name,
              data: new Uint8Array(spec.size).fill(65),
              stored: spec.stored,
            }))
          );
          const { entries } = readZipDirectory(zip, 100);
          expect(
            entries.map((entry) => [entry.name, entry.uncompressedSize, entry.method])
          ).toEqual(specs.map((spec) => [spec.name, spec.size, spec.stored ? 0 : 8]));
        }
      ),
      { numRuns: 60 }
    );
  });
});
