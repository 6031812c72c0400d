/**
 * Node only: reading a small text file (a policy) whose path came from the user. The file is
 * opened without blocking and checked through the open descriptor before a byte is read, so a
 * pipe never makes the command wait for a writer, a device or folder is refused, and a file
 * larger than the limit costs no memory.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import type { Stats } from "node:fs";
import { decodeTextBytes } from "./decode-text";
import { NotARegularFileError, type PathKind } from "./path-facts-node";

export class TextFileTooLargeError extends Error {
  readonly code = "TEXT_FILE_TOO_LARGE";
  readonly sizeBytes: number;
  readonly limitBytes: number;

  constructor(path: string, sizeBytes: number, limitBytes: number) {
    super(`${path} is ${sizeBytes} bytes; the limit is ${limitBytes}`);
    this.name = "TextFileTooLargeError";
    this.sizeBytes = sizeBytes;
    this.limitBytes = limitBytes;
  }
}

function kindOf(info: Stats): PathKind {
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "pipe";
  if (info.isSocket()) return "socket";
  return "device";
}

/** The file's bytes, at most `limitBytes` of them; refuses anything but a regular file. */
export async function readSmallFileBytes(path: string, limitBytes: number): Promise<Uint8Array> {
  // O_NONBLOCK: opening a pipe with no writer returns at once instead of waiting for one.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotARegularFileError(path, kindOf(info));
    if (info.size > limitBytes) throw new TextFileTooLargeError(path, info.size, limitBytes);
    // One byte more than the limit tells a file that grew since the check.
    const buffer = Buffer.alloc(limitBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limitBytes) throw new TextFileTooLargeError(path, length, limitBytes);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** The file's text (UTF-8, or UTF-16 with its byte-order mark), at most `limitBytes` long; refuses anything but a regular file. */
export async function readSmallTextFile(path: string, limitBytes: number): Promise<string> {
  return decodeTextBytes(await readSmallFileBytes(path, limitBytes));
}
