/**
 * How parts written anew are compressed and checksummed: the platform's native deflate (Node's
 * zlib, or the browser's CompressionStream) rather than a JavaScript one, which took seconds on
 * a large sheet.
 */
import { crc32 } from "../crc32";

export interface Packer {
  /** Raw DEFLATE data of `data` (no zlib or gzip wrapper); `level` 1 (fast) to 9 (small) where the platform has levels. */
  deflate(data: Uint8Array, level: number): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

/** The web-standard compressor: browsers (Chromium since 2023) and Node 18+. It has no levels. */
async function deflateWithStreams(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const STREAM_PACKER: Packer = { deflate: deflateWithStreams, crc32 };
