/** Node's zlib as the packer: native deflate at the asked level, and zlib's own CRC-32. */
import { deflateRawSync } from "node:zlib";
import { ZLIB_UNPACKER } from "../unpack-node";
import type { Packer } from "./packer";

export const ZLIB_PACKER: Packer = {
  // A Buffer is a Uint8Array: returned as it is, not copied.
  deflate: async (data, level) => deflateRawSync(data, { level }),
  crc32: ZLIB_UNPACKER.crc32,
};
