/**
 * Node only: what a path leads to, found with `lstat`/`stat`/`realpath` and never by opening it
 * (opening a pipe waits for a writer, opening some devices has effects). Two paths lead to the
 * same file when their real paths match (symbolic links, linked folders, `..`) or when they
 * share device and inode (hard links).
 */
import { lstat, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export type PathKind =
  | "missing"
  | "file"
  | "folder"
  | "device"
  | "pipe"
  | "socket"
  /** A symbolic link to nothing, or a loop of links. */
  | "brokenLink";

export interface PathFacts {
  kind: PathKind;
  /** The absolute path with every link resolved; for a missing file, its nearest existing folder resolved. */
  realPath: string;
  /** Device and inode ("dev:ino") of an existing file, null otherwise. */
  fileId: string | null;
}

/** A destination or source that is not a regular file; refused before it is opened. */
export class NotARegularFileError extends Error {
  readonly code = "NOT_A_REGULAR_FILE";
  readonly path: string;
  readonly kind: PathKind;

  constructor(path: string, kind: PathKind) {
    super(`${path} is not a regular file (${kind})`);
    this.name = "NotARegularFileError";
    this.path = path;
    this.kind = kind;
  }
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function kindOf(info: Stats): PathKind {
  if (info.isFile()) return "file";
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "pipe";
  if (info.isSocket()) return "socket";
  return "device";
}

/** The real path of a path that does not exist: its nearest existing ancestor resolved, the rest appended. */
async function realPathOfMissing(absolute: string): Promise<string> {
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  try {
    return join(await realpath(parent), basename(absolute));
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      return join(await realPathOfMissing(parent), basename(absolute));
    throw error;
  }
}

export async function inspectPath(path: string): Promise<PathFacts> {
  const absolute = resolve(path);
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ELOOP") return { kind: "brokenLink", realPath: absolute, fileId: null };
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
    const linkToNothing = await isLink(absolute);
    return {
      kind: linkToNothing ? "brokenLink" : "missing",
      realPath: linkToNothing ? absolute : await realPathOfMissing(absolute),
      fileId: null,
    };
  }
  return {
    kind: kindOf(info),
    realPath: await realPathOfExisting(absolute),
    fileId: `${info.dev}:${info.ino}`,
  };
}

/**
 * An existing path's real path; the path itself when it has none (an anonymous pipe reached
 * through /dev/stdin links to "pipe:[…]", which realpath cannot resolve).
 */
async function realPathOfExisting(absolute: string): Promise<string> {
  try {
    return await realpath(absolute);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return absolute;
    throw error;
  }
}

async function isLink(absolute: string): Promise<boolean> {
  try {
    return (await lstat(absolute)).isSymbolicLink();
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw error;
  }
}

/** True when both paths lead to one file: same real path, or same device and inode. */
export function isSameFile(a: PathFacts, b: PathFacts): boolean {
  if (a.realPath === b.realPath) return true;
  return a.fileId !== null && a.fileId === b.fileId;
}
