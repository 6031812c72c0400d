/**
 * Node only: unpacks each compressed part once, counting bytes without keeping them, and
 * stops as soon as a part gives more than its directory declared. The declared sizes were
 * already checked against the limits (xlsx-guard.ts), so this catches a zip bomb that lies
 * about its sizes, in bounded memory and before exceljs inflates everything at once.
 * (In the browser the zip library itself compares each part with its declared size.)
 */
import { createInflateRaw } from "node:zlib";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";
import { entryDataOffset, ZipStructureError, type ZipDirectory, type ZipEntryInfo } from "./zip-directory";

const DEFLATE = 8;

class SizeLieError extends Error {}

function countInflated(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) inflate.destroy(new SizeLieError());
    });
    inflate.on("error", reject);
    inflate.on("end", () => resolve(total));
    inflate.end(data);
  });
}

async function checkEntry(bytes: Uint8Array, entry: ZipEntryInfo, label: string): Promise<void> {
  const start = entryDataOffset(bytes, entry);
  try {
    await countInflated(bytes.subarray(start, start + entry.compressedSize), entry.uncompressedSize);
  } catch (error) {
    if (error instanceof SizeLieError) throw new XlsxFileError("ZIP_BOMB", FILE_MESSAGES.sizeLies(label, entry.name), { cause: error });
    const detail = `the part "${entry.name}" cannot be unpacked (${error instanceof Error ? error.message : String(error)})`;
    throw new XlsxFileError("CORRUPT", FILE_MESSAGES.corrupt(label, detail), { cause: error });
  }
}

export async function verifyInflatedSizes(bytes: Uint8Array, directory: ZipDirectory, label: string): Promise<void> {
  for (const entry of directory.entries) {
    if (entry.method !== DEFLATE) continue;
    try {
      await checkEntry(bytes, entry, label);
    } catch (error) {
      if (error instanceof ZipStructureError) {
        throw new XlsxFileError("CORRUPT", FILE_MESSAGES.corrupt(label, error.message), { cause: error });
      }
      throw error;
    }
  }
}
