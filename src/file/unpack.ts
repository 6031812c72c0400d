/**
 * Unpacking one part of a checked zip, never beyond the size its directory declared (a part
 * that would give more is a zip bomb) and checked against its CRC (a part that gives other
 * bytes is damaged). The inflater is passed in: Node's zlib, or the browser's DecompressionStream.
 */
import { crc32 } from "./crc32";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";
import { entryDataOffset, ZipStructureError, type ZipEntryInfo } from "./zip-directory";

const STORED = 0;
const DEFLATE = 8;

/** Inflates raw deflate data; throws `InflateLimitError` as soon as the output would pass `limit` bytes. */
export type Inflate = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/**
 * Inflates only the start of raw deflate data: at least `length` bytes when the data holds
 * that many, never the whole of a large part. Used to look at a sheet's head before unpacking it.
 */
export type InflateHead = (data: Uint8Array, length: number) => Promise<Uint8Array>;

/** How parts are unpacked and checked: the inflater and the CRC-32 of the platform. */
export interface Unpacker {
  inflate: Inflate;
  inflateHead: InflateHead;
  /** CRC-32 of `data`, continuing from `previous` (the CRC-32 of what came before) when given. */
  crc32: (data: Uint8Array, previous?: number) => number;
}

export class InflateLimitError extends Error {
  override name = "InflateLimitError";
}

function damaged(label: string, detail: string, cause?: unknown): XlsxFileError {
  return new XlsxFileError("CORRUPT", FILE_MESSAGES.corrupt(label, detail), { cause });
}

/** An entry's data as stored in the zip (still compressed); a damaged local header is a CORRUPT refusal. */
export function packedData(bytes: Uint8Array, entry: ZipEntryInfo, label: string): Uint8Array {
  try {
    const start = entryDataOffset(bytes, entry);
    return bytes.subarray(start, start + entry.compressedSize);
  } catch (error) {
    if (error instanceof ZipStructureError) throw damaged(label, error.message, error);
    throw error;
  }
}

async function inflateWithin(
  inflate: Inflate,
  data: Uint8Array,
  entry: ZipEntryInfo,
  label: string
): Promise<Uint8Array> {
  try {
    return await inflate(data, entry.uncompressedSize);
  } catch (error) {
    if (error instanceof InflateLimitError)
      throw new XlsxFileError("ZIP_BOMB", FILE_MESSAGES.sizeLies(label, entry.name), {
        cause: error,
      });
    const reason = error instanceof Error ? error.message : String(error);
    throw damaged(label, `the part "${entry.name}" cannot be unpacked (${reason})`, error);
  }
}

export async function unpackEntry(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  label: string,
  unpacker: Unpacker
): Promise<Uint8Array> {
  const data = packedData(bytes, entry, label);
  let unpacked: Uint8Array;
  if (entry.method === STORED) unpacked = data;
  else if (entry.method === DEFLATE)
    unpacked = await inflateWithin(unpacker.inflate, data, entry, label);
  else
    throw damaged(
      label,
      `the part "${entry.name}" uses an unsupported compression method (${entry.method})`
    );
  if (unpacked.byteLength !== entry.uncompressedSize) {
    throw damaged(
      label,
      `the part "${entry.name}" unpacks to ${unpacked.byteLength} bytes instead of ${entry.uncompressedSize}`
    );
  }
  if (unpacker.crc32(unpacked) !== entry.crc32)
    throw damaged(label, `the part "${entry.name}" fails its checksum`);
  return unpacked;
}

/**
 * The first `length` bytes of an entry's unpacked data (fewer when it is shorter), unchecked:
 * a look at a part's head, never a substitute for `unpackEntry`.
 */
export async function unpackHead(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  label: string,
  unpacker: Unpacker,
  length: number
): Promise<Uint8Array> {
  const data = packedData(bytes, entry, label);
  if (entry.method === STORED) return data.subarray(0, length);
  if (entry.method !== DEFLATE)
    throw damaged(
      label,
      `the part "${entry.name}" uses an unsupported compression method (${entry.method})`
    );
  try {
    return (await unpacker.inflateHead(data, length)).subarray(0, length);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw damaged(label, `the part "${entry.name}" cannot be unpacked (${reason})`, error);
  }
}

/** Reads a stream's chunks until `limit` bytes have come (or it ends), then stops it. */
async function readUpTo(
  stream: ReadableStream<Uint8Array>,
  limit: number
): Promise<{ chunks: Uint8Array[]; total: number; ended: boolean }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks, total, ended: true };
    total += value.byteLength;
    chunks.push(value);
    if (total > limit) {
      await reader.cancel();
      return { chunks, total, ended: false };
    }
  }
}

function concatenate(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function inflatingStream(data: Uint8Array): ReadableStream<Uint8Array> {
  return new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
}

const inflateHeadWithStreams: InflateHead = async (data, length) => {
  const { chunks, total } = await readUpTo(inflatingStream(data), length);
  return concatenate(chunks, total);
};

/** The browser's (and Node's) web-standard inflater, stopped as soon as the limit is passed. */
const inflateWithStreams: Inflate = async (data, limit) => {
  const { chunks, total, ended } = await readUpTo(inflatingStream(data), limit);
  if (!ended) throw new InflateLimitError(`more than ${limit} bytes`);
  return concatenate(chunks, total);
};

/** Unpacking with web-standard streams: browsers, and Node when its zlib is not wanted. */
export const STREAM_UNPACKER: Unpacker = {
  inflate: inflateWithStreams,
  inflateHead: inflateHeadWithStreams,
  crc32,
};

/** True where DecompressionStream exists (browsers since 2023, Node 18+, not jsdom). */
export function canUseStreams(): boolean {
  return (
    typeof DecompressionStream === "function" &&
    typeof Blob === "function" &&
    typeof Blob.prototype.stream === "function"
  );
}
