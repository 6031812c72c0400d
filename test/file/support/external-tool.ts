/**
 * The external programs the integration tests drive (LibreOffice, poppler, Python): whether one
 * is installed, and running one with its output returned or its failure thrown with stderr.
 */
import { spawnSync } from "node:child_process";

export function toolAvailable(command: string, versionFlag: string): boolean {
  return spawnSync(command, [versionFlag], { stdio: "ignore" }).status === 0;
}

export interface ToolLimits {
  timeout?: number;
  /** Bytes of output kept; a PDF's text or a large render needs more than the default. */
  maxBuffer?: number;
}

export function runTool(command: string, args: string[], limits: ToolLimits = {}): string {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    timeout: limits.timeout ?? 120_000,
    maxBuffer: limits.maxBuffer ?? 64 << 20,
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}): ${result.stderr || result.error?.message}`
    );
  return result.stdout;
}
