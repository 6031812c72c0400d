/**
 * The command line end to end on generated workbooks of 10k, 100k and 500k receivables: the
 * built bin (`node dist/node/cli/main.js`) as a child process, its wall time and its peak
 * memory (max RSS of the child). Target at 100k: ≤ 8 s and ≤ 2 GB.
 * Run alone with `npx tsx test/bench/cli-bench.ts [rows ...]`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { BENCH_AS_OF_ISO, benchWorkbook } from "./bench-workbook";
import { printBenchLines } from "./print-bench-lines";

const ROOT = resolve(__dirname, "../..");
export const BIN = join(ROOT, "dist/node/cli/main.js");
/** Generated workbooks are cached inside the project, in a git-ignored folder. */
export const WORK_DIR = join(ROOT, ".bench-cache");
const SIZES = [10_000, 100_000, 500_000];
const TARGET_ROWS = 100_000;
const TARGET_SECONDS = 8;
const TARGET_RSS_MB = 2048;
const TIME_BIN = "/usr/bin/time";
/** Marks the line the fallback preload prints, so it is told apart from the command's own output. */
const RSS_MARK = "max-rss-kb:";
const MB = 1024 * 1024;

const thousands = (n: number): string => n.toLocaleString("en");

export interface ChildRun {
  status: number | null;
  wallSeconds: number;
  maxRssMb: number | null;
  /** User + system CPU seconds of the child, when GNU time is there to say it. */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

/** Builds the bin from the current sources, so the figures are of this code. */
export function buildCli(): void {
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
  if (build.status !== 0 || !existsSync(BIN))
    throw new Error(`npm run build:cli failed:\n${build.stdout}${build.stderr}`);
}

/** A `--require` preload for machines without GNU time: prints the process's peak RSS when it exits. */
function rssPreload(): string {
  const path = join(WORK_DIR, "print-max-rss.js");
  writeFileSync(
    path,
    `process.on("exit", () => process.stderr.write("\\n${RSS_MARK}" + process.resourceUsage().maxRSS + "\\n"));\n`
  );
  return path;
}

/** The built command reviewing `book` at the bench as-of date into `out`, quietly, with `extra` options. */
export function reviewChild(book: string, out: string, extra: string[] = []): ChildRun {
  return runChild(["review", book, "--as-of", BENCH_AS_OF_ISO, "--out", out, ...extra, "--quiet"]);
}

/** Runs the built command (or another script, `entry`) with `args`, measuring its wall time and peak memory. */
export function runChild(args: string[], entry = BIN): ChildRun {
  const useTime = existsSync(TIME_BIN);
  const command = useTime ? TIME_BIN : process.execPath;
  const childArgs = useTime
    ? ["-f", `${RSS_MARK}%M %U %S`, process.execPath, entry, ...args]
    : ["--require", rssPreload(), entry, ...args];
  const started = performance.now();
  const child = spawnSync(command, childArgs, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * MB });
  const wallSeconds = (performance.now() - started) / 1000;
  const mark = child.stderr.split("\n").find((line) => line.startsWith(RSS_MARK));
  const [maxRssKb, user, system] = (mark ?? "").slice(RSS_MARK.length).split(" ").map(Number);
  const cpuSeconds =
    user !== undefined && system !== undefined && Number.isFinite(user + system)
      ? user + system
      : null;
  const stderr = child.stderr
    .split("\n")
    .filter((line) => !line.startsWith(RSS_MARK) && line.trim() !== "")
    .join("\n");
  return {
    status: child.status,
    wallSeconds,
    maxRssMb: Number.isFinite(maxRssKb) ? maxRssKb / 1024 : null,
    cpuSeconds,
    stdout: child.stdout,
    stderr,
  };
}

/** The line that says why the child stopped: V8's fatal error when it ran out of memory, else the last line. */
function failureReason(stderr: string): string {
  const lines = stderr.split("\n").map((line) => line.trim());
  const fatal = lines.find((line) => line.includes("FATAL ERROR"));
  return fatal ?? lines.filter((line) => line !== "").slice(-1)[0] ?? "no message";
}

export async function benchCli(sizes: readonly number[] = SIZES): Promise<string[]> {
  mkdirSync(WORK_DIR, { recursive: true });
  buildCli();
  // Other work on the machine stretches wall times; the load says how much to trust them.
  const lines: string[] = [
    `(load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores when the CLI runs started)`,
  ];
  for (const rows of sizes) {
    const generated = performance.now();
    const book = await benchWorkbook(WORK_DIR, rows);
    const generateSeconds = (performance.now() - generated) / 1000;
    const out = join(WORK_DIR, `out-${rows}.xlsx`);
    const json = join(WORK_DIR, `out-${rows}.json`);
    const run = reviewChild(book.path, out, ["--json", json]);
    const input = `${thousands(rows)} receivables (${thousands(book.customers)} customers, ${thousands(book.orders)} orders; ${(book.bytes / MB).toFixed(1)} MB .xlsx)`;
    if (run.status !== 0) {
      lines.push(
        `CLI review ${input}: FAILED (exit ${run.status}) after ${run.wallSeconds.toFixed(1)} s: ${failureReason(run.stderr)}`
      );
      continue;
    }
    const rss =
      run.maxRssMb === null
        ? "peak RSS unknown"
        : `peak RSS ${thousands(Math.round(run.maxRssMb))} MB`;
    const rate = `${thousands(Math.round(rows / run.wallSeconds))} receivables/s`;
    const outSize = `${(statSync(out).size / MB).toFixed(1)} MB written`;
    const cpu = run.cpuSeconds === null ? "" : ` (${run.cpuSeconds.toFixed(1)} s CPU)`;
    let line = `CLI review ${input}: ${run.wallSeconds.toFixed(1)} s wall${cpu}, ${rss}, ${rate}, ${outSize}`;
    if (rows === TARGET_ROWS) {
      const met =
        run.wallSeconds <= TARGET_SECONDS && run.maxRssMb !== null && run.maxRssMb <= TARGET_RSS_MB;
      line += ` — target ≤ ${TARGET_SECONDS} s and ≤ ${TARGET_RSS_MB / 1024} GB: ${met ? "met" : "not met"}`;
    }
    lines.push(line);
    if (generateSeconds > 1)
      lines.push(
        `  (generating that workbook took ${generateSeconds.toFixed(1)} s; it is cached in ${WORK_DIR})`
      );
  }
  return lines;
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  printBenchLines(benchCli(sizes.length > 0 ? sizes : SIZES));
}
