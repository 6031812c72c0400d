/**
 * The zip container the package writer produces, read back by three independent readers: our
 * own directory reader, JSZip, and Info-ZIP's `unzip -t` when the machine has it. Limits the
 * plain zip format cannot hold are refused, not written wrong.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import fc from "fast-check";
import JSZip from "jszip";
import { crc32 } from "../../src/file/crc32";
import { STREAM_PACKER, type Packer } from "../../src/file/package-writer/packer";
import { ZLIB_PACKER } from "../../src/file/package-writer/packer-node";
import {
  writeZip,
  ZipLimitError,
  ZIP_LIMIT_MESSAGES,
  type PackedEntry,
} from "../../src/file/package-writer/zip-writer";
import { entryDataOffset, readZipDirectory } from "../../src/file/zip-directory";

const encode = (text: string) => new TextEncoder().encode(text);
/** 1 January 1980 in MS-DOS date form: (year - 1980) << 9 | month << 5 | day. */
const DOS_1980 = { dosTime: 0, dosDate: (1 << 5) | 1 };

function deflated(name: string, text: string): PackedEntry {
  const data = encode(text);
  return {
    name,
    method: 8,
    crc32: crc32(data),
    uncompressedSize: data.byteLength,
    ...DOS_1980,
    data: deflateRawSync(data),
  };
}

function stored(name: string, text: string): PackedEntry {
  const data = encode(text);
  return {
    name,
    method: 0,
    crc32: crc32(data),
    uncompressedSize: data.byteLength,
    ...DOS_1980,
    data,
  };
}

function hasUnzip(): boolean {
  return spawnSync("unzip", ["-v"]).status === 0;
}

describe("writeZip", () => {
  const entries = [
    stored("[Content_Types].xml", "<Types/>"),
    deflated("xl/worksheets/sheet1.xml", "<worksheet>" + "<row/>".repeat(1000) + "</worksheet>"),
    deflated("xl/媒体/名字.xml", "<x>日本語 текст</x>"),
    stored("empty.xml", ""),
  ];

  test("our directory reader finds every entry at its offset, with its sizes, checksum and date", () => {
    const zip = writeZip(entries);
    const directory = readZipDirectory(zip, 100);
    expect(directory.entries.map((entry) => entry.name)).toEqual(entries.map((e) => e.name));
    directory.entries.forEach((entry, index) => {
      const start = entryDataOffset(zip, entry);
      const packed = zip.subarray(start, start + entry.compressedSize);
      expect(Buffer.from(packed).equals(Buffer.from(entries[index].data))).toBe(true);
      expect(entry).toMatchObject({
        method: entries[index].method,
        crc32: entries[index].crc32,
        uncompressedSize: entries[index].uncompressedSize,
        dosDate: DOS_1980.dosDate,
      });
    });
  });

  test("JSZip reads every entry back, non-ASCII names included", async () => {
    const zip = await JSZip.loadAsync(writeZip(entries));
    expect(await zip.file("xl/媒体/名字.xml")?.async("string")).toBe("<x>日本語 текст</x>");
    expect(await zip.file("empty.xml")?.async("string")).toBe("");
    const sheet = await zip.file("xl/worksheets/sheet1.xml")?.async("string");
    expect(sheet?.length).toBe("<worksheet>".length + 6 * 1000 + "</worksheet>".length);
  });

  test("unzip -t finds no error (where Info-ZIP is installed)", () => {
    if (!hasUnzip()) {
      console.warn("unzip is not installed: the Info-ZIP check did not run");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "zip-writer-"));
    try {
      const path = join(dir, "test.zip");
      writeFileSync(path, writeZip(entries));
      const result = spawnSync("unzip", ["-t", path], { encoding: "utf8" });
      expect(result.stdout).toContain("No errors detected");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("property: any set of parts comes back from JSZip as it went in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            name: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\/[a-z][a-z0-9]{0,8}){0,3}\.xml$/),
            text: fc.string({ maxLength: 200 }),
            deflate: fc.boolean(),
          }),
          { selector: (part) => part.name, minLength: 1, maxLength: 8 }
        ),
        async (parts) => {
          const zip = await JSZip.loadAsync(
            writeZip(parts.map((p) => (p.deflate ? deflated : stored)(p.name, p.text)))
          );
          for (const part of parts)
            expect(await zip.file(part.name)?.async("string")).toBe(part.text);
        }
      ),
      { numRuns: 40 }
    );
  });

  test("65,535 parts or more are refused: the count field would mean ZIP64", () => {
    const many = Array.from({ length: 0xffff }, (_, index) => stored(`p${index}`, ""));
    expect(() => writeZip(many)).toThrow(new ZipLimitError(ZIP_LIMIT_MESSAGES.tooManyParts(65535)));
    expect(() => writeZip(many.slice(1))).not.toThrow();
  });

  test("a part that would reach 4 GB is refused with its name, not written with a wrapped size", () => {
    const huge = { ...stored("xl/worksheets/sheet1.xml", "x"), uncompressedSize: 0xffffffff };
    expect(() => writeZip([huge])).toThrow(
      ZIP_LIMIT_MESSAGES.tooLarge('the part "xl/worksheets/sheet1.xml"')
    );
  });
});

describe.each<[string, Packer]>([
  ["zlib", ZLIB_PACKER],
  ["CompressionStream", STREAM_PACKER],
])("the %s packer", (_name, packer) => {
  test("gives raw DEFLATE data of the pieces' UTF-8, their CRC-32 and their size", async () => {
    const pieces = ['<c r="A1"><t>日本</t></c>'.repeat(5000), "", "tail"];
    const bytes = Buffer.from(pieces.join(""), "utf8");
    const packed = await packer.packText(pieces, 3);
    expect(Buffer.from(inflateRawSync(packed.data)).equals(bytes)).toBe(true);
    expect(packed.data.byteLength).toBeLessThan(bytes.byteLength / 20);
    expect(packed.uncompressedSize).toBe(bytes.byteLength);
    expect(packed.crc32).toBe(crc32(bytes));
  });

  test('the CRC-32 of pieces is that of their whole: "123456789" gives 0xCBF43926', async () => {
    // 0xCBF43926 is the published check value of the IEEE CRC-32.
    expect((await packer.packText(["1234", "56789"], 1)).crc32).toBe(0xcbf43926);
    expect((await packer.packText([], 1)).uncompressedSize).toBe(0);
  });
});

test("property: the portable CRC-32 continues across any cut of the bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (data, at) => {
      const cut = data.length === 0 ? 0 : at % data.length;
      expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(crc32(data));
    })
  );
});
