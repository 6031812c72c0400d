/**
 * Writes the patched package as a zip. Every part nobody changed keeps its compressed bytes,
 * copied as they are (no unpacking, no recompression); only the changed and new parts are
 * compressed, with the platform's native deflate. Parts keep their order; new ones come last.
 */
import { packedData } from "../unpack";
import type { PackageEdit } from "./package-edit";
import { writeZip, type PackedEntry } from "./zip-writer";

const DEFLATE = 8;
/** 1 January 1980, the earliest MS-DOS date: new parts get a fixed date, so the same input gives the same bytes. */
const DOS_EPOCH = { dosTime: 0, dosDate: (1 << 5) | 1 };

export async function writePackage(edit: PackageEdit, level: number): Promise<Uint8Array> {
  const entries: PackedEntry[] = [];
  for (const path of edit.paths()) {
    const original = edit.sourceEntry(path);
    const packed = await edit.takePacked(path, level);
    if (packed !== undefined) {
      const stamp = original ?? DOS_EPOCH;
      entries.push({
        name: original?.name ?? path,
        method: DEFLATE,
        ...packed,
        dosTime: stamp.dosTime,
        dosDate: stamp.dosDate,
      });
    } else if (original) {
      entries.push({
        ...original,
        data: packedData(edit.source.bytes, original, edit.source.label),
      });
    }
  }
  return writeZip(entries);
}
