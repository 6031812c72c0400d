/**
 * Writes the patched package as a zip. Every part nobody changed keeps its compressed bytes,
 * copied as they are (no unpacking, no recompression); only the changed and new parts are
 * compressed, with the platform's native deflate. Parts keep their order; new ones come last.
 */
import { packedData } from "../unpack";
import type { PackageEdit } from "./package-edit";
import type { Packer } from "./packer";
import { writeZip, type PackedEntry } from "./zip-writer";

const DEFLATE = 8;
/** 1 January 1980, the earliest MS-DOS date: new parts get a fixed date, so the same input gives the same bytes. */
const DOS_EPOCH = { dosTime: 0, dosDate: (1 << 5) | 1 };

async function packPart(
  name: string,
  pieces: readonly string[],
  packer: Packer,
  level: number,
  stamp: { dosTime: number; dosDate: number }
): Promise<PackedEntry> {
  const packed = await packer.packText(pieces, level);
  return { name, method: DEFLATE, ...packed, dosTime: stamp.dosTime, dosDate: stamp.dosDate };
}

export async function writePackage(
  edit: PackageEdit,
  packer: Packer,
  level: number
): Promise<Uint8Array> {
  const entries: PackedEntry[] = [];
  for (const path of edit.paths()) {
    const original = edit.sourceEntry(path);
    const pieces = edit.takeChanged(path);
    if (pieces !== undefined) {
      const stamp = original ? { dosTime: original.dosTime, dosDate: original.dosDate } : DOS_EPOCH;
      entries.push(await packPart(original?.name ?? path, pieces, packer, level, stamp));
    } else if (original) {
      entries.push({
        ...original,
        data: packedData(edit.source.bytes, original, edit.source.label),
      });
    }
  }
  return writeZip(entries);
}
