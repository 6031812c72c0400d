/** Node's zlib as the unpacker: synchronous, bounded by `maxOutputLength`, with zlib's own CRC-32 where it has one. */
import * as zlib from "node:zlib";
import { crc32 as portableCrc32 } from "./crc32";
import { InflateLimitError, type Inflate, type InflateHead, type Unpacker } from "./unpack";

const inflateWithZlib: Inflate = async (data, limit) => {
  try {
    // zlib throws once the output would pass maxOutputLength (which must be at least 1).
    return new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new InflateLimitError(`more than ${limit} bytes`);
    throw error;
  }
};

/**
 * Deflate gives at most 1032 bytes per input byte, so inflating a prefix of the input bounds
 * the work and the output; a sync flush gives what that prefix holds without asking for the rest.
 */
const HEAD_INPUT_PER_OUTPUT_BYTE = 1 / 4;
const HEAD_INPUT_MIN = 4096;

const inflateHeadWithZlib: InflateHead = async (data, length) => {
  const inputLength = Math.max(HEAD_INPUT_MIN, Math.ceil(length * HEAD_INPUT_PER_OUTPUT_BYTE));
  const head = zlib.inflateRawSync(data.subarray(0, inputLength), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  return new Uint8Array(head.buffer, head.byteOffset, Math.min(length, head.byteLength));
};

/** zlib.crc32 exists from Node 20.15 on; the typings of older Node versions do not know it. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array, previous?: number) => number })
  .crc32;

export const ZLIB_UNPACKER: Unpacker = {
  inflate: inflateWithZlib,
  inflateHead: inflateHeadWithZlib,
  crc32:
    typeof nativeCrc32 === "function"
      ? (data, previous) => nativeCrc32(data, previous) >>> 0
      : portableCrc32,
};
