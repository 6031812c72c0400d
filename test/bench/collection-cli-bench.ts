/**
 * Collection benchmark as the user waits for it (issue 9): the built command reviewing a .xlsx
 * of 100,000 receivables with and without a Collection Log sheet of 50,000 lines — read, review,
 * plan, write (the log adds the Collections and Letters sheets) — as child processes, alternated,
 * so that both see the same load of the shared machine. The review time is the time the user
 * waits (the clock, medians of alternated runs); the command parses the sheets side by side, so
 * the CPU time of the whole process (GNU time), printed beside it, says what the log costs in all
 * cores' work. Target: the log adds under 20 % to the review time. Run alone with
 * `npx tsx test/bench/collection-cli-bench.ts`.
 */
import { mkdirSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { benchWorkbook, type BenchWorkbook } from "./bench-workbook";
import { buildCli, reviewChild, WORK_DIR, type ChildRun } from "./cli-bench";
import { printBenchLines } from "./print-bench-lines";

const RECEIVABLES = 100_000;
const LOG_LINES = 50_000;
const RUNS = 5;
const TARGET_RATIO = 1.2;
const MB = 1024 * 1024;

const thousands = (n: number): string => n.toLocaleString("en");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function reviewFile(book: BenchWorkbook, name: string): ChildRun {
  const run = reviewChild(book.path, join(WORK_DIR, `out-${name}.xlsx`));
  if (run.status !== 0)
    throw new Error(`the review of ${name} stopped (exit ${run.status}): ${run.stderr}`);
  if (run.cpuSeconds === null) throw new Error("no CPU time of the child: /usr/bin/time is needed");
  return run;
}

export async function benchCollectionCli(): Promise<string[]> {
  mkdirSync(WORK_DIR, { recursive: true });
  buildCli();
  const plain = await benchWorkbook(WORK_DIR, RECEIVABLES);
  const logged = await benchWorkbook(WORK_DIR, RECEIVABLES, undefined, LOG_LINES);
  const without: ChildRun[] = [];
  const withIt: ChildRun[] = [];
  // Alternated, so that both see the same load of the machine.
  for (let i = 0; i < RUNS; i++) {
    without.push(reviewFile(plain, "collection-without-log"));
    withIt.push(reviewFile(logged, "collection-with-log"));
  }
  const cpu = (runs: ChildRun[]): number => median(runs.map((run) => run.cpuSeconds ?? NaN));
  const wall = (runs: ChildRun[]): number => median(runs.map((run) => run.wallSeconds));
  const ratio = wall(withIt) / wall(without);
  const cpuRatio = cpu(withIt) / cpu(without);
  const sizes = (book: BenchWorkbook): string =>
    `${thousands(book.receivables)} receivables, ${thousands(book.customers)} customers, ` +
    `${thousands(book.orders)} orders${book.logLines > 0 ? `, ${thousands(book.logLines)} log lines` : ""}; ` +
    `${(statSync(book.path).size / MB).toFixed(1)} MB .xlsx`;
  const figure = (runs: ChildRun[]): string =>
    `median of ${RUNS} ${wall(runs).toFixed(2)} s (${cpu(runs).toFixed(2)} s CPU)`;
  const percent = (value: number): string => `+${((value - 1) * 100).toFixed(0)} %`;
  return [
    `CLI review without a Collection Log (${sizes(plain)}): ${figure(without)}`,
    `CLI review with a Collection Log sheet (${sizes(logged)}): ${figure(withIt)}`,
    `${thousands(RECEIVABLES)} receivables, ${thousands(LOG_LINES)} log lines, the whole CLI review ` +
      `(read + review + plan + write): ${percent(ratio)} review time ` +
      `(${ratio.toFixed(2)}, medians of ${RUNS} alternated runs; CPU of all threads ${percent(cpuRatio)}; ` +
      `load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores); ` +
      `target under ${percent(TARGET_RATIO)} ${ratio < TARGET_RATIO ? "met" : "not met"}`,
  ];
}

if (require.main === module) {
  printBenchLines(benchCollectionCli());
}
