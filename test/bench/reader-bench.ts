/**
 * The .xlsx reader's figures, each with its input size and a target (a missed target makes
 * `npm run bench` exit non-zero): reading speed on a 100k-receivable workbook; the full-height
 * ledger (1,048,575 receivables × 12 columns) through the command line, refused up front; the
 * same ledger without `<dimension>`, refused while its cells are read; and each hostile shape
 * once reported through the command line. Every figure comes from the built code in a child
 * process (`npm run build:cli`), with its peak memory.
 * Run alone with `npx tsx test/bench/reader-bench.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  declaredHugeWorkbook,
  farCornersWorkbook,
  manyEmptyCellsWorkbook,
  rowBeyondSheetWorkbook,
  sharedEntryWorkbook,
  unclosedCellTokensWorkbook,
  unclosedStringItemsWorkbook,
} from "../file/support/hostile-packages";
import { benchWorkbook } from "./bench-workbook";
import { buildCli, reviewChild, runChild, WORK_DIR, type ChildRun } from "./cli-bench";
import { HUGE_COLUMNS, HUGE_ROWS, hugeLedger } from "./huge-ledger";
import { printBenchLines } from "./print-bench-lines";

const MB = 1024 * 1024;
const READ_ROWS = 100_000;
/** Reading 100k receivables took 1.2 s with the regular-expression reader this one replaced. */
const READ_TARGET_SECONDS = 3;
const UP_FRONT_TARGET_SECONDS = 1;
const HOSTILE_TARGET_SECONDS = 2;
const MEMORY_TARGET_MB = 4096;
const BUILT_READER = join(__dirname, "../../dist/node/file/index-node.js");

const thousands = (n: number): string => n.toLocaleString("en");
const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(bytes < MB ? 2 : 1)} MB`;
const rss = (run: ChildRun): string =>
  run.maxRssMb === null ? "peak RSS unknown" : `peak RSS ${thousands(Math.round(run.maxRssMb))} MB`;

function verdict(met: boolean, target: string): string {
  return ` — target ${target}: ${met ? "met" : "not met"}`;
}

async function readSpeed(): Promise<string> {
  const book = await benchWorkbook(WORK_DIR, READ_ROWS);
  const run = runChild([BUILT_READER, book.path], join(__dirname, "read-only.js"));
  const input = `${thousands(READ_ROWS)} receivables + ${thousands(book.customers)} customers + ${thousands(book.orders)} orders (${megabytes(book.bytes)} .xlsx)`;
  if (run.status !== 0) return `Reader, ${input}: FAILED (exit ${run.status}): ${run.stderr}`;
  const { seconds } = JSON.parse(run.stdout.trim()) as { seconds: number; rows: number };
  const rows = READ_ROWS + book.customers + book.orders;
  return (
    `Reader, ${input}: ${seconds.toFixed(2)} s to read, ${thousands(Math.round(rows / seconds))} rows/s, ${rss(run)}` +
    verdict(seconds <= READ_TARGET_SECONDS, `≤ ${READ_TARGET_SECONDS} s`)
  );
}

/** The command line on a file it must refuse: exit 1, and the time and memory the refusal took. */
function refusal(label: string, path: string, bytes: number, targetSeconds: number | null): string {
  const run = reviewChild(path, `${path}.out.xlsx`);
  const said = run.stderr
    .split("\n")
    .filter((line) => !line.startsWith("Reading") && !line.startsWith("Command exited"))
    .join(" ")
    .trim();
  const memoryMet = run.maxRssMb !== null && run.maxRssMb <= MEMORY_TARGET_MB;
  const timeMet = targetSeconds === null || run.wallSeconds <= targetSeconds;
  const target =
    targetSeconds === null
      ? `refused within ${MEMORY_TARGET_MB / 1024} GB`
      : `refused in ≤ ${targetSeconds} s within ${MEMORY_TARGET_MB / 1024} GB`;
  return (
    `CLI on ${label} (${megabytes(bytes)} .xlsx): exit ${run.status} after ${run.wallSeconds.toFixed(2)} s, ${rss(run)}, ${thousands(Math.round(bytes / MB / Math.max(run.wallSeconds, 0.001)))} MB/s of file` +
    verdict(run.status === 1 && timeMet && memoryMet, target) +
    `\n  (it said: ${said.slice(0, 200)})`
  );
}

export async function benchReader(): Promise<string[]> {
  buildCli();
  const lines: string[] = [await readSpeed()];

  const ledger = await hugeLedger(WORK_DIR, true);
  const size = `${thousands(HUGE_ROWS)} receivables × ${HUGE_COLUMNS} columns`;
  lines.push(refusal(size, ledger.path, ledger.bytes, UP_FRONT_TARGET_SECONDS));
  const unmarked = await hugeLedger(WORK_DIR, false);
  lines.push(refusal(`${size} without <dimension>`, unmarked.path, unmarked.bytes, null));

  const hostile: [string, () => Uint8Array][] = [
    ["A1 + XFD1048576", farCornersWorkbook],
    ["a cell at A99999999", () => rowBeyondSheetWorkbook("A99999999")],
    ["<dimension> A1:L1048576", declaredHugeWorkbook],
    ["400,000 unclosed <c tokens", () => unclosedCellTokensWorkbook(400_000)],
    ["200,000 unclosed <si> items", () => unclosedStringItemsWorkbook(200_000)],
    ["90 directory records sharing one 33 MB part", () => sharedEntryWorkbook(90, 33 * MB)],
  ];
  for (const [label, make] of hostile) {
    const bytes = make();
    const path = join(WORK_DIR, `hostile-${label.replace(/[^A-Za-z0-9]+/g, "-")}.xlsx`);
    writeFileSync(path, bytes);
    lines.push(refusal(label, path, bytes.byteLength, HOSTILE_TARGET_SECONDS));
  }
  // Not a refusal: 400,000 well-formed empty cells are read (and the review then finds no ledger).
  const empty = manyEmptyCellsWorkbook(400_000);
  const emptyPath = join(WORK_DIR, "hostile-empty-cells.xlsx");
  writeFileSync(emptyPath, empty);
  lines.push(
    refusal("400,000 empty <c/> cells", emptyPath, empty.byteLength, HOSTILE_TARGET_SECONDS)
  );
  return lines;
}

if (require.main === module) {
  printBenchLines(benchReader());
}
