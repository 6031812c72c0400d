/**
 * Checks that a zip's entries lie side by side without sharing bytes, each local header agreeing
 * with its directory record, before any part is unpacked. A zip bomb can point many directory
 * records at one highly compressed part (90 records × 33 MB from one 33 KB part): the declared
 * total looks modest per part, the work is not. Such a file is refused here in one linear pass.
 */
import {
  LOCAL_SIGNATURE,
  ZipStructureError,
  type ZipDirectory,
  type ZipEntryInfo,
} from "./zip-directory";

/** Two directory records whose data overlap, or one part named twice. */
export class ZipOverlapError extends Error {
  override name = "ZipOverlapError";

  constructor(
    readonly first: string,
    readonly second: string
  ) {
    super(`the parts "${first}" and "${second}" share bytes`);
  }
}

const LOCAL_HEADER_SIZE = 30;
/** General-purpose flag bit 3: sizes and CRC follow the data instead of standing in the local header. */
const DATA_DESCRIPTOR_FLAG = 0x0008;
const U32_MAX = 0xffffffff;

interface Extent {
  entry: ZipEntryInfo;
  start: number;
  end: number;
}

function readU16(bytes: Uint8Array, offset: number): number {
  return bytes[offset] | (bytes[offset + 1] << 8);
}

function readU32(bytes: Uint8Array, offset: number): number {
  return (readU16(bytes, offset) | (readU16(bytes, offset + 2) << 16)) >>> 0;
}

/** Where an entry's local header and data lie; its header's sizes and CRC must be the directory's. */
function extentOf(bytes: Uint8Array, entry: ZipEntryInfo): Extent {
  const start = entry.localHeaderOffset;
  if (start + LOCAL_HEADER_SIZE > bytes.byteLength || readU32(bytes, start) !== LOCAL_SIGNATURE)
    throw new ZipStructureError(`the local header of "${entry.name}" is damaged`);
  const flags = readU16(bytes, start + 6);
  const crc = readU32(bytes, start + 14);
  const compressed = readU32(bytes, start + 18);
  const uncompressed = readU32(bytes, start + 22);
  const declaresSizes =
    (flags & DATA_DESCRIPTOR_FLAG) === 0 && compressed !== U32_MAX && uncompressed !== U32_MAX;
  if (
    declaresSizes &&
    (crc !== entry.crc32 ||
      compressed !== entry.compressedSize ||
      uncompressed !== entry.uncompressedSize)
  )
    throw new ZipStructureError(
      `the local header of "${entry.name}" gives other sizes than the zip directory (${compressed}/${uncompressed} bytes instead of ${entry.compressedSize}/${entry.uncompressedSize})`
    );
  const dataStart =
    start + LOCAL_HEADER_SIZE + readU16(bytes, start + 26) + readU16(bytes, start + 28);
  const end = dataStart + entry.compressedSize;
  if (end > bytes.byteLength)
    throw new ZipStructureError(`the data of "${entry.name}" runs past the end of the file`);
  return { entry, start, end };
}

/**
 * Throws `ZipOverlapError` when two entries share bytes or a name, or an entry overlaps the
 * directory; `ZipStructureError` when a local header is damaged or disagrees with the directory.
 */
export function checkZipLayout(bytes: Uint8Array, directory: ZipDirectory): void {
  const names = new Map<string, string>();
  for (const entry of directory.entries) {
    // "/xl/a.xml" and "xl/a.xml" name the same part for the reader.
    const key = entry.name.startsWith("/") ? entry.name.slice(1) : entry.name;
    const earlier = names.get(key);
    if (earlier !== undefined) throw new ZipOverlapError(earlier, entry.name);
    names.set(key, entry.name);
  }
  const extents = directory.entries.map((entry) => extentOf(bytes, entry));
  extents.sort((a, b) => a.start - b.start);
  for (let index = 1; index < extents.length; index += 1) {
    const [previous, next] = [extents[index - 1], extents[index]];
    if (next.start < previous.end) throw new ZipOverlapError(previous.entry.name, next.entry.name);
  }
  const last = extents[extents.length - 1];
  if (last !== undefined && last.end > directory.centralDirectoryOffset)
    throw new ZipStructureError(`the data of "${last.entry.name}" runs into the zip directory`);
}
