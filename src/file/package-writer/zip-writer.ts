/**
 * Writes a zip container from parts that are already compressed: a local header before each
 * part's data, then the central directory and its end record (PKWARE APPNOTE 4.3). Data
 * descriptors are not needed since every size and checksum is known before writing. ZIP64 is
 * not written: a package past its 16/32-bit limits is refused, never truncated.
 */
import { LOCAL_SIGNATURE } from "../zip-directory";

export interface PackedEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  crc32: number;
  uncompressedSize: number;
  dosTime: number;
  dosDate: number;
  /** The part as stored in the zip (compressed when `method` is 8), written as it is. */
  data: Uint8Array;
}

/** A package the plain zip format cannot hold. `code` lets callers word it as a failed write. */
export class ZipLimitError extends Error {
  override name = "ZipLimitError";
  readonly code = "ZIP_LIMIT";
}

const U16_LIMIT = 0xffff;
const U32_LIMIT = 0xffffffff;

export const ZIP_LIMIT_MESSAGES = {
  tooManyParts: (count: number) =>
    `the workbook would have ${count} parts, more than the ${U16_LIMIT - 1} a zip file holds without ZIP64`,
  tooLarge: (what: string) => `${what} would reach 4 GB, the most a zip file holds without ZIP64`,
} as const;

const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_RECORD_SIZE = 22;
/** Version 2.0: deflate, folders; what every zip reader accepts. */
const VERSION = 20;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;

const utf8 = new TextEncoder();

/** Values that would reach 0xFFFF / 0xFFFFFFFF mean "see ZIP64" to a reader, so they are refused. */
function within32(value: number, what: string): number {
  if (value >= U32_LIMIT) throw new ZipLimitError(ZIP_LIMIT_MESSAGES.tooLarge(what));
  return value;
}

interface Placed {
  entry: PackedEntry;
  name: Uint8Array;
  flags: number;
  offset: number;
}

function writeCommonFields(view: DataView, at: number, placed: Placed): void {
  const { entry } = placed;
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, placed.flags, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.dosTime, true);
  view.setUint16(at + 8, entry.dosDate, true);
  view.setUint32(at + 10, entry.crc32, true);
  view.setUint32(at + 14, entry.data.byteLength, true);
  view.setUint32(at + 18, entry.uncompressedSize, true);
  view.setUint16(at + 22, placed.name.byteLength, true);
}

/** The whole zip file: every entry in the given order, its data copied once into one buffer. */
export function writeZip(entries: readonly PackedEntry[]): Uint8Array {
  if (entries.length >= U16_LIMIT)
    throw new ZipLimitError(ZIP_LIMIT_MESSAGES.tooManyParts(entries.length));
  const placed: Placed[] = [];
  let offset = 0;
  let directorySize = 0;
  for (const entry of entries) {
    const name = utf8.encode(entry.name);
    const flags = name.byteLength === entry.name.length ? 0 : UTF8_NAME;
    within32(entry.uncompressedSize, `the part "${entry.name}"`);
    within32(entry.data.byteLength, `the part "${entry.name}"`);
    placed.push({ entry, name, flags, offset: within32(offset, "the workbook") });
    offset += LOCAL_HEADER_SIZE + name.byteLength + entry.data.byteLength;
    directorySize += CENTRAL_HEADER_SIZE + name.byteLength;
  }
  const directoryOffset = within32(offset, "the workbook");
  within32(directoryOffset + directorySize + END_RECORD_SIZE, "the workbook");

  const out = new Uint8Array(directoryOffset + directorySize + END_RECORD_SIZE);
  const view = new DataView(out.buffer);
  for (const item of placed) {
    view.setUint32(item.offset, LOCAL_SIGNATURE, true);
    writeCommonFields(view, item.offset + 4, item);
    view.setUint16(item.offset + 28, 0, true); // no extra field
    out.set(item.name, item.offset + LOCAL_HEADER_SIZE);
    out.set(item.entry.data, item.offset + LOCAL_HEADER_SIZE + item.name.byteLength);
  }
  let cursor = directoryOffset;
  for (const item of placed) {
    view.setUint32(cursor, CENTRAL_SIGNATURE, true);
    view.setUint16(cursor + 4, VERSION, true); // made by: MS-DOS attributes, version 2.0
    writeCommonFields(view, cursor + 6, item);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    view.setUint32(cursor + 42, item.offset, true);
    out.set(item.name, cursor + CENTRAL_HEADER_SIZE);
    cursor += CENTRAL_HEADER_SIZE + item.name.byteLength;
  }
  view.setUint32(cursor, END_SIGNATURE, true);
  view.setUint16(cursor + 8, placed.length, true);
  view.setUint16(cursor + 10, placed.length, true);
  view.setUint32(cursor + 12, directorySize, true);
  view.setUint32(cursor + 16, directoryOffset, true);
  return out;
}
