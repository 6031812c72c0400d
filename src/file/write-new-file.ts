/**
 * Node only: writing a workbook to a NEW file. The workbook that was read is never overwritten
 * (its path, the same file through another path, a hard link or a linked folder): the output
 * goes to another file, written all at once (see atomic-write-node.ts), so a failure never
 * leaves half a file and an existing file keeps its mode.
 */
import { writeFileAtomic, type AtomicWriteFs } from "./atomic-write-node";
import { inspectPath, isSameFile } from "./path-facts-node";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";

export interface WriteXlsxFileOptions {
  /** A path the output must not overwrite, besides the file the package was read from. */
  inputPath?: string;
  /** The file-system calls of the write, replaced in tests to make one fail. */
  fs?: AtomicWriteFs;
}

/**
 * Writes bytes to a NEW file at `path`, refusing any path that leads to one of `protectedPaths`
 * (the workbook that was read), then replacing the destination all at once.
 */
export async function writeNewFile(
  bytes: Uint8Array,
  path: string,
  protectedPaths: readonly (string | undefined)[],
  fs?: AtomicWriteFs
): Promise<void> {
  await refuseInput(path, protectedPaths);
  await writeFileAtomic(path, bytes, fs);
}

/** Refuses a target that leads to one of `protectedPaths`, before any slow work is done. */
export async function refuseInput(
  path: string,
  protectedPaths: readonly (string | undefined)[]
): Promise<void> {
  const target = await inspectPath(path);
  for (const input of protectedPaths) {
    if (input !== undefined && isSameFile(target, await inspectPath(input)))
      throw new XlsxFileError("OVERWRITE_INPUT", FILE_MESSAGES.overwriteInput(path));
  }
}
