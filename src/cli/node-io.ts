/**
 * The command's contact with the outside world — files, terminal, clock — behind one interface,
 * so the whole command runs in a test with its output captured and its date fixed. Every file
 * the command writes is written all at once (a temporary file renamed over the destination).
 */
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { serialFromUtcDate } from "../engine/dates";
import type { SerialDate } from "../engine/types";
import {
  inspectPath,
  NODE_ATOMIC_FS,
  openXlsxPackageFile,
  readSmallFileBytes,
  readSmallTextFile,
  writeFileAtomic,
  writePatchedXlsxFile,
} from "../file/index-node";
import type {
  AtomicWriteFs,
  PathFacts,
  XlsxPackage,
  XlsxPackageDocument,
} from "../file/index-node";
import type { OutputPlan } from "../workbook/plan";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTty: boolean;
  /** Today's UTC date: the only place the command reads the calendar (the default `--as-of`). */
  today(): SerialDate;
  /** Milliseconds from a fixed point, for elapsed times. */
  now(): number;
  /** Size in bytes, or null when there is no such file. */
  fileSize(path: string): Promise<number | null>;
  /** What a path leads to, found without opening it. */
  inspectPath(path: string): Promise<PathFacts>;
  /** A regular file's text, refused beyond `limitBytes` or when it is a pipe, device or folder. */
  readText(path: string, limitBytes: number): Promise<string>;
  /** A regular file's bytes, refused beyond `limitBytes` like `readText`. */
  readBytes(path: string, limitBytes: number): Promise<Uint8Array>;
  readWorkbook(path: string): Promise<XlsxPackageDocument>;
  /** Applies the plan to the package and writes a NEW file; refuses to overwrite `inputPath`;
   * creates missing folders. Returns what could not be written, one sentence each. */
  writeWorkbook(
    source: XlsxPackage,
    plan: OutputPlan,
    path: string,
    inputPath: string
  ): Promise<string[]>;
  writeText(path: string, text: string): Promise<void>;
  /** Writes bytes all at once (a temporary file renamed over `path`); creates missing folders. */
  writeBytes(path: string, bytes: Uint8Array): Promise<void>;
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The real command's I/O; `fs` is the file-system seam of every write (a test makes it fail). */
export function nodeIo(overrides: Partial<CliIo> = {}, fs: AtomicWriteFs = NODE_ATOMIC_FS): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    today: () => serialFromUtcDate(new Date()),
    now: () => performance.now(),
    fileSize: sizeOf,
    inspectPath,
    readText: readSmallTextFile,
    readBytes: readSmallFileBytes,
    // The label is the path as typed, so every message names the file the way the user wrote it.
    readWorkbook: (path) => openXlsxPackageFile(path, { label: path }),
    writeWorkbook: async (source, plan, path, inputPath) => {
      await mkdir(dirname(path), { recursive: true });
      return (await writePatchedXlsxFile(source, plan, path, { inputPath, fs })).skipped;
    },
    writeText: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, new TextEncoder().encode(text), fs);
    },
    writeBytes: async (path, bytes) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, bytes, fs);
    },
    ...overrides,
  };
}
