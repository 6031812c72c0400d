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

const utf8 = new TextEncoder();

async function packText(
  name: string,
  text: string,
  packer: Packer,
  level: number,
  stamp: { dosTime: number; dosDate: number }
): Promise<PackedEntry> {
  const data = utf8.encode(text);
  return {
    name,
    method: DEFLATE,
    crc32: packer.crc32(data),
    uncompressedSize: data.byteLength,
    dosTime: stamp.dosTime,
    dosDate: stamp.dosDate,
    data: await packer.deflate(data, level),
  };
}

export async function writePackage(
  edit: PackageEdit,
  packer: Packer,
  level: number
): Promise<Uint8Array> {
  const entries: PackedEntry[] = [];
  for (const path of edit.paths()) {
    const original = edit.sourceEntry(path);
    const text = edit.takeChanged(path);
    if (text !== undefined) {
      const stamp = original ? { dosTime: original.dosTime, dosDate: original.dosDate } : DOS_EPOCH;
      entries.push(await packText(original?.name ?? path, text, packer, level, stamp));
    } else if (original) {
      entries.push({
        ...original,
        data: packedData(edit.source.bytes, original, edit.source.label),
      });
    }
  }
  return writeZip(entries);
}
