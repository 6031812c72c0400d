/** Patching helpers for the package writer's tests: an input made by exceljs, the patch, and the zip's parts. */
import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import { openXlsxPackageBufferNode } from "../../../src/file/package-writer/write-package-node";
import { patchXlsxPackage } from "../../../src/file/package-writer/patch-package";
import { entryDataOffset, readZipDirectory } from "../../../src/file/zip-directory";
import type { OutputPlan } from "../../../src/workbook/plan";

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function patchBytes(input: Uint8Array, plan: OutputPlan) {
  const document = await openXlsxPackageBufferNode(input);
  return patchXlsxPackage(document.package, plan);
}

/** Every part of a zip: its unpacked bytes and its compressed bytes. */
export function zipParts(bytes: Uint8Array): Map<string, { data: Buffer; packed: Buffer }> {
  const parts = new Map<string, { data: Buffer; packed: Buffer }>();
  for (const entry of readZipDirectory(bytes, 10_000).entries) {
    const start = entryDataOffset(bytes, entry);
    const packed = Buffer.from(bytes.subarray(start, start + entry.compressedSize));
    parts.set(entry.name, { packed, data: entry.method === 0 ? packed : inflateRawSync(packed) });
  }
  return parts;
}
