/**
 * The command's contact with the outside world — files, terminal, clock — behind one interface,
 * so the whole command runs in a test with its output captured and its date fixed.
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { serialFromUtcDate } from "../engine/dates";
import type { SerialDate } from "../engine/types";
import { openXlsxPackageFile, writePatchedXlsxFile } from "../file/index-node";
import type { XlsxPackage, XlsxPackageDocument } from "../file/index-node";
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
  readText(path: string): Promise<string>;
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
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export function nodeIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    today: () => serialFromUtcDate(new Date()),
    now: () => performance.now(),
    fileSize: sizeOf,
    readText: (path) => readFile(path, "utf8"),
    // The label is the path as typed, so every message names the file the way the user wrote it.
    readWorkbook: (path) => openXlsxPackageFile(path, { label: path }),
    writeWorkbook: async (source, plan, path, inputPath) => {
      await mkdir(dirname(path), { recursive: true });
      return (await writePatchedXlsxFile(source, plan, path, { inputPath })).skipped;
    },
    writeText: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, "utf8");
    },
    ...overrides,
  };
}
