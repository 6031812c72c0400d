import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  FILE_MESSAGES,
  openXlsxPackage,
  patchXlsxPackage,
  XlsxFileError,
  type XlsxFileErrorCode,
} from "../../src/file/index";
import { openXlsxPackageBufferNode, openXlsxPackageFile } from "../../src/file/index-node";
import type { OutputPlan } from "../../src/workbook/plan";
import { readZipDirectory, type ZipEntryInfo } from "../../src/file/zip-directory";
import { zipParts } from "./support/patch-helpers";
import { buildZip, packageEntries } from "./support/zip-builder";

const SAMPLE = join(__dirname, "../../assets/sample/credit-desk-sample.xlsx");
const sampleBytes = new Uint8Array(readFileSync(SAMPLE));
const scratch = mkdtempSync(join(tmpdir(), "credit-desk-refusals-"));

function scratchFile(name: string, bytes: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(promise: Promise<unknown>): Promise<XlsxFileError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof XlsxFileError) return error;
    throw new Error(`expected an XlsxFileError, got ${String(error)}`);
  }
  throw new Error("expected the file to be refused");
}

async function expectRefused(
  promise: Promise<unknown>,
  code: XlsxFileErrorCode,
  message: string | RegExp
): Promise<void> {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  expect(error.message).not.toMatch(/\n\s+at /); // a sentence, never a stack trace
}

/** 20 MB of one repeated byte deflates to about 20 kB: a 1000:1 part. */
const BOMB_PAYLOAD = new Uint8Array(20 * 1024 * 1024).fill(0x20);

describe("refusing what is not a safe workbook (BAD-INPUTS #33)", () => {
  test("a text file renamed .xlsx is not an .xlsx file", async () => {
    const path = scratchFile("notes.xlsx", "Customer list, to be typed in later\n");
    await expectRefused(openXlsxPackageFile(path), "NOT_XLSX", FILE_MESSAGES.notXlsx("notes.xlsx"));
    await expectRefused(
      openXlsxPackage(readFileSync(path)),
      "NOT_XLSX",
      FILE_MESSAGES.notXlsx("The file")
    );
  });

  test("an old .xls or an encrypted workbook (compound file) is named as such", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectRefused(
      openXlsxPackage(ole, { label: "book.xls" }),
      "NOT_XLSX",
      FILE_MESSAGES.legacyOrEncrypted("book.xls")
    );
  });

  test("a zip that is not a workbook, and a binary .xlsb, are not .xlsx files", async () => {
    const zip = buildZip([{ name: "readme.txt", data: new TextEncoder().encode("hello") }]);
    await expectRefused(
      openXlsxPackage(zip, { label: "a.xlsx" }),
      "NOT_XLSX",
      FILE_MESSAGES.zipButNotWorkbook("a.xlsx")
    );
    const xlsb = buildZip([{ name: "xl/workbook.bin", data: new Uint8Array([1, 2, 3]) }]);
    await expectRefused(
      openXlsxPackage(xlsb, { label: "b.xlsx" }),
      "NOT_XLSX",
      FILE_MESSAGES.binaryWorkbook("b.xlsx")
    );
  });

  test("a truncated file is damaged: its zip directory is missing", async () => {
    const path = scratchFile(
      "half.xlsx",
      sampleBytes.subarray(0, Math.floor(sampleBytes.byteLength / 2))
    );
    await expectRefused(
      openXlsxPackageFile(path),
      "CORRUPT",
      /^half\.xlsx is damaged and cannot be read: .*truncated/
    );
  });

  test("a part whose compressed bytes were damaged is refused as damaged", async () => {
    const damaged = new Uint8Array(sampleBytes);
    const sheet = readZipDirectory(damaged, 100).entries.find(
      (entry) => entry.name === "xl/worksheets/sheet2.xml"
    );
    if (!sheet) throw new Error("the sample has no second sheet part");
    // 0xFF opens a deflate block of the reserved type 3, which no unpacker accepts.
    const dataStart = sheet.localHeaderOffset + 30 + sheet.name.length;
    damaged.fill(0xff, dataStart, dataStart + 16);
    const path = scratchFile("damaged.xlsx", damaged);
    await expectRefused(
      openXlsxPackageFile(path),
      "CORRUPT",
      /^damaged\.xlsx is damaged and cannot be read: /
    );
    await expectRefused(
      openXlsxPackage(damaged),
      "CORRUPT",
      /^The file is damaged and cannot be read: /
    );
  });

  test("a part compressed 1000:1 is a zip bomb, refused before anything is unpacked", async () => {
    const bomb = buildZip(packageEntries({ sheets: [{ name: "Ledger", xml: BOMB_PAYLOAD }] }));
    expect(bomb.byteLength).toBeLessThan(100_000);
    const entry = readZipDirectory(bomb, 10).entries.find(
      (item) => item.name === "xl/worksheets/sheet1.xml"
    ) as ZipEntryInfo;
    const ratio = entry.uncompressedSize / entry.compressedSize;
    expect(ratio).toBeGreaterThan(100);
    const message = FILE_MESSAGES.ratioTooHigh("bomb.xlsx", "xl/worksheets/sheet1.xml", ratio, 100);
    await expectRefused(openXlsxPackageFile(scratchFile("bomb.xlsx", bomb)), "ZIP_BOMB", message);
    await expectRefused(openXlsxPackage(bomb, { label: "bomb.xlsx" }), "ZIP_BOMB", message);
  });

  test("a part that unpacks to more than it declares is a zip bomb, stopped at the declared size", async () => {
    // Declares 1,000 bytes (a harmless 20:1), unpacks to 20 MB.
    const liar = buildZip(
      packageEntries({ sheets: [{ name: "Ledger", xml: BOMB_PAYLOAD, declaredSize: 1_000 }] })
    );
    const message = FILE_MESSAGES.sizeLies("liar.xlsx", "xl/worksheets/sheet1.xml");
    await expectRefused(openXlsxPackageFile(scratchFile("liar.xlsx", liar)), "ZIP_BOMB", message);
    await expectRefused(
      openXlsxPackageBufferNode(liar, { label: "liar.xlsx" }),
      "ZIP_BOMB",
      message
    );
    // The browser path stops its stream inflater at the declared size too.
    await expectRefused(openXlsxPackage(liar, { label: "liar.xlsx" }), "ZIP_BOMB", message);
  });

  test("a lying part the raw reader never opens is never unpacked: written back as the same bytes", async () => {
    const liar = buildZip(
      packageEntries({
        sheets: [{ name: "Ledger", xml: "<worksheet><sheetData/></worksheet>" }],
        parts: [{ name: "xl/media/image1.png", data: BOMB_PAYLOAD, declaredSize: 1_000 }],
      })
    );
    const nothing: OutputPlan = { columnBlocks: [], sheets: [], activate: null, notes: [] };
    for (const document of [
      await openXlsxPackage(liar, { label: "liar.xlsx" }),
      await openXlsxPackageBufferNode(liar, { label: "liar.xlsx" }),
    ]) {
      expect(document.raw.sheets.map((sheet) => sheet.name)).toEqual(["Ledger"]);
      const written = await patchXlsxPackage(document.package, nothing);
      const before = zipParts(liar).get("xl/media/image1.png")?.packed;
      const after = zipParts(written.bytes).get("xl/media/image1.png")?.packed;
      expect(after?.equals(before as Buffer)).toBe(true);
    }
  });

  test("a workbook that would unpack beyond the limit is refused with both sizes", async () => {
    const declared = readZipDirectory(sampleBytes, 100).entries.reduce(
      (sum, entry) => sum + entry.uncompressedSize,
      0
    );
    const limit = 1024 * 1024;
    expect(declared).toBeGreaterThan(limit);
    await expectRefused(
      openXlsxPackage(sampleBytes, { label: "sample.xlsx", maxUnpackedBytes: limit }),
      "ZIP_BOMB",
      FILE_MESSAGES.unpackedTooLarge("sample.xlsx", declared, limit)
    );
  });

  test("a zip announcing more parts than a workbook may have is refused before they are read", async () => {
    const parts = readZipDirectory(sampleBytes, 100).entries.length;
    await expectRefused(
      openXlsxPackage(sampleBytes, { label: "sample.xlsx", maxEntries: 3 }),
      "ZIP_BOMB",
      FILE_MESSAGES.tooManyEntries("sample.xlsx", parts, 3)
    );
  });

  test("a file over the size limit is refused, from disk before it is read", async () => {
    const message = FILE_MESSAGES.tooLarge(
      "credit-desk-sample.xlsx",
      sampleBytes.byteLength,
      100_000
    );
    await expectRefused(
      openXlsxPackageFile(SAMPLE, { maxFileBytes: 100_000 }),
      "TOO_LARGE",
      message
    );
    expect(message).toMatch(/is 0\.3 MB, larger than the 0\.1 MB limit/);
    await expectRefused(
      openXlsxPackage(sampleBytes, { label: "credit-desk-sample.xlsx", maxFileBytes: 100_000 }),
      "TOO_LARGE",
      message
    );
  });

  test("a missing file, and a folder, are not found", async () => {
    const missing = join(scratch, "no-such-book.xlsx");
    await expectRefused(openXlsxPackageFile(missing), "NOT_FOUND", FILE_MESSAGES.notFound(missing));
    const folder = join(scratch, "folder.xlsx");
    mkdirSync(folder);
    await expectRefused(openXlsxPackageFile(folder), "NOT_FOUND", FILE_MESSAGES.notAFile(folder));
  });

  test("the sample itself passes every check", async () => {
    const document = await openXlsxPackageFile(SAMPLE);
    expect(document.raw.sheets.map((sheet) => sheet.name)).toEqual([
      "Customers",
      "Receivables",
      "Orders",
      "Policy",
      "Collection Log",
    ]);
  });
});
