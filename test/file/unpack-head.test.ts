/**
 * A look at the head of a part: the first bytes of what it unpacks to, with Node's zlib and with
 * the web-standard streams alike, at bounded cost whatever the part's size.
 */
import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../src/file/crc32";
import { STREAM_UNPACKER, unpackHead } from "../../src/file/unpack";
import { ZLIB_UNPACKER } from "../../src/file/unpack-node";
import { readZipDirectory } from "../../src/file/zip-directory";
import { buildZip } from "./support/zip-builder";

/** 20 MB of rows: its head must come out without the rest being unpacked. */
const rows = Array.from({ length: 400_000 }, (_, index) => `<row r="${index + 1}"/>`).join("");
const part = new TextEncoder().encode(`<worksheet><dimension ref="A1:L9"/>${rows}</worksheet>`);

test.each([
  ["zlib", ZLIB_UNPACKER],
  ["streams", STREAM_UNPACKER],
])("the head of a deflated part is its first bytes (%s)", async (_name, unpacker) => {
  const zip = buildZip([{ name: "xl/worksheets/sheet1.xml", data: part }]);
  const [entry] = readZipDirectory(zip, 10).entries;
  const head = await unpackHead(zip, entry, "book.xlsx", unpacker, 64 * 1024);
  expect(head.byteLength).toBe(64 * 1024);
  expect(head).toEqual(part.subarray(0, 64 * 1024));
});

test("the head of a stored part, and of a part shorter than the look", async () => {
  const short = new TextEncoder().encode("<worksheet/>");
  const zip = buildZip([
    { name: "a.xml", data: part, stored: true },
    { name: "b.xml", data: short },
  ]);
  const [stored, small] = readZipDirectory(zip, 10).entries;
  expect(await unpackHead(zip, stored, "book.xlsx", ZLIB_UNPACKER, 10)).toEqual(
    part.subarray(0, 10)
  );
  expect(await unpackHead(zip, small, "book.xlsx", ZLIB_UNPACKER, 1024)).toEqual(short);
  expect(crc32(short)).toBe(small.crc32);
  expect(deflateRawSync(short).byteLength).toBe(small.compressedSize);
});
