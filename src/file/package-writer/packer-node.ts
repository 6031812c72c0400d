/** Node's zlib as the packer: native deflate at the asked level, and zlib's own CRC-32. */
import { pipeline } from "node:stream/promises";
import { createDeflateRaw } from "node:zlib";
import { ZLIB_UNPACKER } from "../unpack-node";
import type { PackedText, Packer } from "./packer";

async function packWithZlib(pieces: readonly string[], level: number): Promise<PackedText> {
  let crc = 0;
  let size = 0;
  const chunks: Buffer[] = [];
  // The pipeline encodes the next piece only when the compressor is ready for it.
  await pipeline(
    function* encode() {
      for (const piece of pieces) {
        const bytes = Buffer.from(piece, "utf8");
        crc = ZLIB_UNPACKER.crc32(bytes, crc);
        size += bytes.byteLength;
        yield bytes;
      }
    },
    createDeflateRaw({ level }),
    async function collect(compressed: AsyncIterable<Buffer>) {
      for await (const chunk of compressed) chunks.push(chunk);
    }
  );
  return { data: Buffer.concat(chunks), crc32: crc, uncompressedSize: size };
}

export const ZLIB_PACKER: Packer = { packText: packWithZlib };
