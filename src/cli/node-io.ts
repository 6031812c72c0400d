/**
 * The command's contact with the outside world — files, terminal, clock — behind one interface,
 * so the whole command runs in a test with its output captured and its date fixed.
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Workbook } from "exceljs";
import { serialFromUtcDate } from "../engine/dates";
import type { SerialDate } from "../engine/types";
import { readXlsxFile, writeXlsxFile } from "../file/index-node";
import type { XlsxDocument } from "../file/index-node";

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
  readWorkbook(path: string): Promise<XlsxDocument>;
  /** Writes a NEW file; refuses to overwrite `inputPath`; creates missing folders. */
  writeWorkbook(workbook: Workbook, path: string, inputPath: string): Promise<void>;
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
    readWorkbook: (path) => readXlsxFile(path, { label: path }),
    writeWorkbook: async (workbook, path, inputPath) => {
      await mkdir(dirname(path), { recursive: true });
      await writeXlsxFile(workbook, path, { inputPath });
    },
    writeText: async (path, text) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, "utf8");
    },
    ...overrides,
  };
}
