/**
 * Node only: replacing a file all at once. The bytes go to a temporary file with an
 * unpredictable name in the same folder (created exclusively, so nothing planted there is
 * followed), are flushed to disk, take the mode and owner of the file they replace, and are then
 * renamed over it; the folder is flushed last so the rename survives a crash. Any failure
 * removes the temporary file: the destination is either the old file, untouched, or the new one,
 * whole — never a part of it.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import * as fsPromises from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { inspectPath, NotARegularFileError } from "./path-facts-node";

/** What the writer needs of an open file; Node's `FileHandle` is one. */
export interface WritableFile {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls the writer makes, replaceable in a test to make one of them fail. */
export interface AtomicWriteFs {
  open(path: string, flags: number, mode?: number): Promise<WritableFile>;
  /** Opens a folder for reading, only to flush it. */
  openFolder(path: string): Promise<Pick<WritableFile, "sync" | "close">>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<Stats>;
}

export const NODE_ATOMIC_FS: AtomicWriteFs = {
  open: (path, flags, mode) => fsPromises.open(path, flags, mode),
  openFolder: (path) => fsPromises.open(path, constants.O_RDONLY | constants.O_DIRECTORY),
  rename: (from, to) => fsPromises.rename(from, to),
  unlink: (path) => fsPromises.unlink(path),
  stat: (path) => fsPromises.stat(path),
};

/** Mode of a new file before the umask, as `fs.writeFile` uses. */
const NEW_FILE_MODE = 0o666;
/** Permission, setuid/setgid and sticky bits: what a replaced file keeps. */
const MODE_BITS = 0o7777;
/** Exclusive create, never through a link planted at the temporary name. */
const TEMPORARY_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** The unpredictable name of the temporary file beside `target`. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
}

async function writeAll(file: WritableFile, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset, offset);
    // A write that makes no progress would loop for ever; the disk is full or gone.
    if (bytesWritten <= 0)
      throw Object.assign(new Error(`no bytes written at offset ${offset}`), { code: "EIO" });
    offset += bytesWritten;
  }
}

/** Gives the new file the owner of the one it replaces, where the system permits it. */
async function keepOwner(file: WritableFile, replaced: Stats): Promise<void> {
  try {
    await file.chown(replaced.uid, replaced.gid);
  } catch (error) {
    // Only the superuser may give a file away: an ordinary user's copy stays theirs, as with `cp`.
    if (errnoCode(error) !== "EPERM") throw error;
  }
}

async function syncFolder(fs: AtomicWriteFs, folder: string): Promise<void> {
  // Windows cannot open a folder as a file; NTFS journals the rename itself.
  if (process.platform === "win32") return;
  const handle = await fs.openFolder(folder);
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems cannot flush a folder; the rename is then as durable as they allow.
    if (errnoCode(error) !== "EINVAL" && errnoCode(error) !== "ENOTSUP") throw error;
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `path` all at once. An existing `path` must be a regular file (a link to
 * one is followed, so the link stays and its file is replaced); a folder, device, pipe or broken
 * link is refused with `NotARegularFileError` before anything is opened.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = NODE_ATOMIC_FS
): Promise<void> {
  const facts = await inspectPath(path);
  if (facts.kind !== "missing" && facts.kind !== "file")
    throw new NotARegularFileError(path, facts.kind);
  const target = facts.realPath;
  const replaced = facts.kind === "file" ? await fs.stat(target) : null;
  const temporary = temporaryPathFor(target);
  const mode = replaced === null ? NEW_FILE_MODE : replaced.mode & MODE_BITS;
  const file = await fs.open(temporary, TEMPORARY_FLAGS, mode);
  let renamed = false;
  try {
    try {
      if (replaced !== null) {
        // Owner first: a change of owner clears setuid and setgid bits, which chmod then restores.
        await keepOwner(file, replaced);
        await file.chmod(mode);
      }
      await writeAll(file, bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, target);
    renamed = true;
    await syncFolder(fs, dirname(target));
  } catch (error) {
    if (!renamed) await removeQuietly(fs, temporary, error);
    throw error;
  }
}

/** Removes the temporary file after `cause`; a second failure is attached to the first, not lost. */
async function removeQuietly(fs: AtomicWriteFs, temporary: string, cause: unknown): Promise<void> {
  try {
    await fs.unlink(temporary);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return;
    if (cause instanceof Error) {
      cause.message = `${cause.message} (and the temporary file ${temporary} could not be removed: ${(error as Error).message})`;
      return;
    }
    throw error;
  }
}
