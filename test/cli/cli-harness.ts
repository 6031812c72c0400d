/** Runs the real command in-process with its terminal captured, and small file helpers. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serialFromIso } from "../../src/engine/dates";
import { nodeIo } from "../../src/cli/node-io";
import type { AtomicWriteFs } from "../../src/file/index-node";
import { runReview } from "../../src/cli/run-review";

export const ROOT = resolve(__dirname, "../..");
export const SAMPLE = join(ROOT, "assets/sample/credit-desk-sample.xlsx");
/** The date the sample was built for; also what "today" is in these tests. */
export const SAMPLE_AS_OF = "2026-06-30";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command; `fs`, when given, replaces the file-system calls of every write. */
export async function runCli(argv: string[], fs?: AtomicWriteFs): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = nodeIo(
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      stderrIsTty: false,
      today: () => serialFromIso(SAMPLE_AS_OF),
    },
    fs
  );
  const code = await runReview(argv, io);
  return { code, stdout, stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `credit-desk-${prefix}-`));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
