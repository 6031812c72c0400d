/**
 * Node only: writing a workbook to a NEW file. The workbook that was read is never overwritten
 * (its path, the same file through another path, or a link to it): the output goes to another
 * file, written whole to a temporary name and then renamed, so a failure never leaves half a file.
 */
import { realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, basename, resolve } from "node:path";
import { FILE_MESSAGES, XlsxFileError } from "./xlsx-file-error";

export interface WriteXlsxFileOptions {
  /** A path the output must not overwrite, besides the file the package was read from. */
  inputPath?: string;
}

async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return resolve(path);
    throw error;
  }
}

async function isSameFile(target: string, protectedPath: string): Promise<boolean> {
  if ((await canonical(target)) === (await canonical(protectedPath))) return true;
  const [a, b] = await Promise.all([identity(target), identity(protectedPath)]);
  return a !== null && a === b;
}

/**
 * Writes bytes to a NEW file at `path`, refusing any path that leads to one of `protectedPaths`
 * (the workbook that was read). Written whole to a temporary name, then renamed.
 */
export async function writeNewFile(
  bytes: Uint8Array,
  path: string,
  protectedPaths: readonly (string | undefined)[]
): Promise<void> {
  await refuseInput(path, protectedPaths);
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Refuses a target that leads to one of `protectedPaths`, before any slow work is done. */
export async function refuseInput(
  path: string,
  protectedPaths: readonly (string | undefined)[]
): Promise<void> {
  const target = resolve(path);
  for (const input of protectedPaths) {
    if (input !== undefined && (await isSameFile(target, input)))
      throw new XlsxFileError("OVERWRITE_INPUT", FILE_MESSAGES.overwriteInput(path));
  }
}
