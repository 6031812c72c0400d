/**
 * Unpacks every compressed part once, one at a time, before exceljs unpacks them all at once:
 * a part that gives more than its declared size (a zip bomb that lies about its sizes) or
 * other bytes than its checksum (a damaged file) is refused with bounded memory, instead of
 * after exceljs has inflated the whole package.
 */
import { unpackEntry, type Unpacker } from "./unpack";
import type { ZipDirectory } from "./zip-directory";

const STORED = 0;

export function verifyParts(unpacker: Unpacker) {
  return async (bytes: Uint8Array, directory: ZipDirectory, label: string): Promise<void> => {
    for (const entry of directory.entries) {
      if (entry.method !== STORED) await unpackEntry(bytes, entry, label, unpacker);
    }
  };
}
