/**
 * A small, bounded reader of a zip file's central directory: the entry names and their
 * declared sizes, read before any part is unpacked, so that a zip bomb is refused without
 * inflating it. It never decompresses anything and reads each byte at most once.
 *
 * Layout (PKWARE APPNOTE 4.3): local headers and data, then the central directory (one record
 * per entry), then the end-of-central-directory record (EOCD), optionally preceded by the
 * ZIP64 EOCD record and its locator when a count, size or offset does not fit 16/32 bits.
 */

export interface ZipEntryInfo {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** CRC-32 of the unpacked bytes. */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header from the start of the file. */
  localHeaderOffset: number;
  /** Offset of the entry's record in the central directory. */
  centralHeaderOffset: number;
  /** Last modification, as MS-DOS time and date words: kept when the entry is copied. */
  dosTime: number;
  dosDate: number;
}

export interface ZipDirectory {
  entries: ZipEntryInfo[];
  centralDirectoryOffset: number;
  centralDirectorySize: number;
}

/** Thrown for a structure that is not a readable zip; the caller turns it into a CORRUPT refusal. */
export class ZipStructureError extends Error {
  override name = "ZipStructureError";
}

/** Thrown when the directory announces more entries than allowed, before they are read. */
export class ZipEntryCountError extends Error {
  override name = "ZipEntryCountError";

  constructor(readonly entryCount: number) {
    super(`the zip announces ${entryCount} entries`);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** Little-endian reads that fail loudly past the end instead of returning undefined. */
class ByteReader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private check(offset: number, length: number): void {
    if (offset < 0 || offset + length > this.bytes.byteLength) {
      throw new ZipStructureError(`a record at byte ${offset} runs past the end of the file`);
    }
  }

  u16(offset: number): number {
    this.check(offset, 2);
    return this.view.getUint16(offset, true);
  }

  u32(offset: number): number {
    this.check(offset, 4);
    return this.view.getUint32(offset, true);
  }

  u64(offset: number): number {
    this.check(offset, 8);
    const value = this.view.getBigUint64(offset, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ZipStructureError(`a 64-bit size at byte ${offset} is impossible`);
    return Number(value);
  }

  slice(offset: number, length: number): Uint8Array {
    this.check(offset, length);
    return this.bytes.subarray(offset, offset + length);
  }
}

function findEndOfCentralDirectory(reader: ByteReader): number {
  const length = reader.bytes.byteLength;
  const lowest = Math.max(0, length - EOCD_MIN_SIZE - MAX_COMMENT);
  for (let offset = length - EOCD_MIN_SIZE; offset >= lowest; offset -= 1) {
    if (
      reader.u32(offset) === EOCD_SIGNATURE &&
      offset + EOCD_MIN_SIZE + reader.u16(offset + 20) === length
    ) {
      return offset;
    }
  }
  throw new ZipStructureError("the end of the zip directory is missing (the file is truncated)");
}

interface DirectoryLocation {
  entryCount: number;
  size: number;
  offset: number;
}

function zip64Location(reader: ByteReader, eocdOffset: number): DirectoryLocation {
  const locatorOffset = eocdOffset - 20;
  if (locatorOffset < 0 || reader.u32(locatorOffset) !== ZIP64_LOCATOR_SIGNATURE) {
    throw new ZipStructureError("the ZIP64 directory locator is missing");
  }
  const recordOffset = reader.u64(locatorOffset + 8);
  if (reader.u32(recordOffset) !== ZIP64_EOCD_SIGNATURE)
    throw new ZipStructureError("the ZIP64 directory record is missing");
  return {
    entryCount: reader.u64(recordOffset + 32),
    size: reader.u64(recordOffset + 40),
    offset: reader.u64(recordOffset + 48),
  };
}

function directoryLocation(reader: ByteReader, eocdOffset: number): DirectoryLocation {
  const entryCount = reader.u16(eocdOffset + 10);
  const size = reader.u32(eocdOffset + 12);
  const offset = reader.u32(eocdOffset + 16);
  if (entryCount === U16_MAX || size === U32_MAX || offset === U32_MAX)
    return zip64Location(reader, eocdOffset);
  return { entryCount, size, offset };
}

/** Replaces 32-bit sizes that say "see ZIP64" with the values of the entry's ZIP64 extra field. */
function applyZip64Extra(
  reader: ByteReader,
  extraStart: number,
  extraLength: number,
  sizes: { uncompressed: number; compressed: number; offset: number }
): void {
  let cursor = extraStart;
  const end = extraStart + extraLength;
  while (cursor + 4 <= end) {
    const id = reader.u16(cursor);
    const length = reader.u16(cursor + 2);
    if (id === ZIP64_EXTRA_ID) {
      let field = cursor + 4;
      if (sizes.uncompressed === U32_MAX) ((sizes.uncompressed = reader.u64(field)), (field += 8));
      if (sizes.compressed === U32_MAX) ((sizes.compressed = reader.u64(field)), (field += 8));
      if (sizes.offset === U32_MAX) sizes.offset = reader.u64(field);
      return;
    }
    cursor += 4 + length;
  }
  throw new ZipStructureError("an entry needs a ZIP64 size that is missing");
}

const utf8 = new TextDecoder("utf-8");

/**
 * Reads the central directory. Refuses more than `maxEntries` entries before reading them, so
 * the work is bounded by the limit and not by what the file claims.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const reader = new ByteReader(bytes);
  const eocdOffset = findEndOfCentralDirectory(reader);
  const location = directoryLocation(reader, eocdOffset);
  if (location.entryCount > maxEntries) throw new ZipEntryCountError(location.entryCount);
  if (location.offset + location.size > eocdOffset) {
    throw new ZipStructureError("the zip directory points past its own end record");
  }
  const entries: ZipEntryInfo[] = [];
  let cursor = location.offset;
  for (let index = 0; index < location.entryCount; index += 1) {
    if (reader.u32(cursor) !== CENTRAL_SIGNATURE)
      throw new ZipStructureError(`zip directory record ${index + 1} is damaged`);
    const nameLength = reader.u16(cursor + 28);
    const extraLength = reader.u16(cursor + 30);
    const commentLength = reader.u16(cursor + 32);
    const sizes = {
      compressed: reader.u32(cursor + 20),
      uncompressed: reader.u32(cursor + 24),
      offset: reader.u32(cursor + 42),
    };
    if (
      sizes.compressed === U32_MAX ||
      sizes.uncompressed === U32_MAX ||
      sizes.offset === U32_MAX
    ) {
      applyZip64Extra(reader, cursor + 46 + nameLength, extraLength, sizes);
    }
    entries.push({
      name: utf8.decode(reader.slice(cursor + 46, nameLength)),
      method: reader.u16(cursor + 10),
      dosTime: reader.u16(cursor + 12),
      dosDate: reader.u16(cursor + 14),
      crc32: reader.u32(cursor + 16),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localHeaderOffset: sizes.offset,
      centralHeaderOffset: cursor,
    });
    cursor += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, centralDirectoryOffset: location.offset, centralDirectorySize: location.size };
}

/** Where an entry's compressed data starts (after its local header, whose lengths may differ from the directory's). */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntryInfo): number {
  const reader = new ByteReader(bytes);
  if (reader.u32(entry.localHeaderOffset) !== LOCAL_SIGNATURE) {
    throw new ZipStructureError(`the local header of "${entry.name}" is damaged`);
  }
  const nameLength = reader.u16(entry.localHeaderOffset + 26);
  const extraLength = reader.u16(entry.localHeaderOffset + 28);
  const start = entry.localHeaderOffset + 30 + nameLength + extraLength;
  reader.slice(start, entry.compressedSize);
  return start;
}
