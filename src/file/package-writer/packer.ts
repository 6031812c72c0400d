/**
 * How parts written anew are encoded, checksummed and compressed: with the platform's native
 * deflate (Node's zlib, or the browser's CompressionStream) rather than a JavaScript one, which
 * took seconds on a large sheet. A part comes as pieces of text, encoded one at a time, so a
 * large sheet is never held whole as bytes.
 */
import { crc32 } from "../crc32";

export interface PackedText {
  /** Raw DEFLATE data (no zlib or gzip wrapper). */
  data: Uint8Array;
  /** CRC-32 and byte length of the UTF-8 text. */
  crc32: number;
  uncompressedSize: number;
}

export interface Packer {
  /** The pieces, in order, as one UTF-8 part; `level` 1 (fast) to 9 (small) where the platform has levels. */
  packText(pieces: readonly string[], level: number): Promise<PackedText>;
}

const utf8 = new TextEncoder();

/** The web-standard compressor: browsers (Chromium since 2023) and Node 18+. It has no levels. */
async function packWithStreams(pieces: readonly string[]): Promise<PackedText> {
  const compressor = new CompressionStream("deflate-raw");
  // Read while writing: the stream holds back writes until its output is taken.
  const compressed = new Response(compressor.readable).arrayBuffer();
  const writer = compressor.writable.getWriter();
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = utf8.encode(piece);
    crc = crc32(bytes, crc);
    size += bytes.byteLength;
    await writer.write(bytes);
  }
  await writer.close();
  return { data: new Uint8Array(await compressed), crc32: crc, uncompressedSize: size };
}

export const STREAM_PACKER: Packer = { packText: (pieces) => packWithStreams(pieces) };
