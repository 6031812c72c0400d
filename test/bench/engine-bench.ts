/**
 * Engine benchmark: review() at 10k, 100k and 1M receivables (customers = rows / 20, orders =
 * rows) on deterministic synthetic input, and the call rate of the two hottest small functions.
 * Run alone with `node --expose-gc --import tsx test/bench/engine-bench.ts` (or `npx tsx ...`,
 * without the heap figure after gc).
 */
import { minor } from "../../src/engine/money";
import { addDays } from "../../src/engine/serial-date";
import { agingBucketIndex, daysOverdue } from "../../src/engine/aging";
import { serialFromIso } from "../../src/engine/dates";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { review } from "../../src/engine/review";
import { weightedScore } from "../../src/engine/score";
import {
  FACTOR_KEYS,
  type Customer,
  type FactorKey,
  type Order,
  type Receivable,
  type ReviewInput,
} from "../../src/engine/types";

const AS_OF = serialFromIso("2026-06-30");
const SIZES = [10_000, 100_000, 1_000_000];
const ROWS_PER_CUSTOMER = 20;
const CALLS = 5_000_000;
const RUNS = 3;
const MB = 1024 * 1024;

/** mulberry32: a small seeded generator, so every run reviews the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticInput(rows: number, seed = 42): ReviewInput {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const customerCount = Math.max(1, Math.floor(rows / ROWS_PER_CUSTOMER));
  const ids = Array.from({ length: customerCount }, (_, i) => `C${String(i + 1).padStart(6, "0")}`);

  const customers: Customer[] = ids.map((id, i) => {
    const ratings: Partial<Record<FactorKey, number>> = {};
    for (const key of FACTOR_KEYS) if (random() < 0.7) ratings[key] = int(3, 10);
    const withBalanceSheet = random() < 0.5;
    return {
      id,
      name: `Customer ${i + 1}`,
      ratings,
      financials: withBalanceSheet
        ? {
            currentAssets: int(1_000_000, 9_000_000),
            inventory: int(100_000, 900_000),
            currentLiabilities: int(500_000, 5_000_000),
            totalAssets: int(10_000_000, 20_000_000),
            totalLiabilities: int(2_000_000, 9_000_000),
            equity: int(-500_000, 10_000_000),
            sales: int(5_000_000, 50_000_000),
            netProfit: int(-1_000_000, 5_000_000),
          }
        : {},
      badPayments3m: random() < 0.05 ? int(1, 5) : undefined,
      source: { sheet: "Customers", row: i + 2 },
    };
  });

  const receivables: Receivable[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const invoiceDate = addDays(AS_OF, -int(0, 720));
    const amount = minor(random() < 0.02 ? -int(1_000, 100_000) : int(1_000, 10_000_000));
    const settle = random();
    const termsDays = [30, 60, 90][int(0, 2)];
    receivables[i] = {
      customerId: random() < 0.001 ? `X${int(1, 50)}` : ids[int(0, customerCount - 1)],
      invoiceNo: `INV${i + 1}`,
      invoiceDate,
      termsDays,
      amount,
      paid: settle < 0.6 ? amount : settle < 0.8 ? minor(Math.floor(amount / 2)) : undefined,
      paidDate: settle < 0.8 ? addDays(invoiceDate, int(0, termsDays + 60)) : undefined,
      source: { sheet: "Receivables", row: i + 2 },
    };
  }

  const orders: Order[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    orders[i] = {
      customerId: ids[int(0, customerCount - 1)],
      orderDate: addDays(AS_OF, -int(0, 720)),
      amount: minor(int(10_000, 5_000_000)),
      shipped: random() < 0.8,
      source: { sheet: "Orders", row: i + 2 },
    };
  }
  return { customers, receivables, orders };
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Timings of a few runs: the machine is shared, so the best run is the engine's own cost. */
interface Timing {
  bestMs: number;
  medianMs: number;
  /** CPU time of the best run (all threads of the process, garbage collector included). */
  cpuMs: number;
}

function timeRuns(run: () => void, count: number): Timing {
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < count; i++) {
    collectGarbage();
    const cpu = process.cpuUsage();
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    runs.push({ ms, cpuMs: (used.user + used.system) / 1000 });
  }
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return {
    bestMs: sorted[0].ms,
    medianMs: sorted[Math.floor(sorted.length / 2)].ms,
    cpuMs: sorted[0].cpuMs,
  };
}

export async function benchEngine(): Promise<string[]> {
  const lines: string[] = [];
  let heapLine = "";
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === "function";
  // Largest size first, each best of three (the first run of a size carries the compiler).
  // V8 decides during the first large review whether to allocate the per-row results straight
  // into the old generation; a small warm-up first fixes that decision at "young" and adds about
  // 200 ms of scavenges to the 1M run, which a single review per process never sees.
  for (const rows of [...SIZES].reverse()) {
    const input = syntheticInput(rows);
    let problems = 0;
    let heapAfterRun = 0;
    const timing = timeRuns(() => {
      problems = review(input, DEFAULT_POLICY, AS_OF).problems.length;
      heapAfterRun = Math.max(heapAfterRun, process.memoryUsage().heapUsed);
    }, RUNS);
    const perHundredK = (ms: number): string => ((ms * 100_000) / rows).toFixed(0);
    lines.unshift(
      `review() ${rows.toLocaleString("en")} receivables, ${input.customers.length.toLocaleString("en")} customers, ` +
        `${rows.toLocaleString("en")} orders (${problems.toLocaleString("en")} problems reported): ` +
        `best of ${RUNS} ${timing.bestMs.toFixed(0)} ms (CPU ${timing.cpuMs.toFixed(0)} ms), median ${timing.medianMs.toFixed(0)} ms; ` +
        `${perHundredK(timing.bestMs)} ms per 100k rows (median ${perHundredK(timing.medianMs)})`
    );
    if (rows === SIZES[SIZES.length - 1]) {
      collectGarbage();
      const retained = process.memoryUsage().heapUsed;
      heapLine =
        `heap at ${rows.toLocaleString("en")} rows: ${(heapAfterRun / MB).toFixed(0)} MB right after a run (input + result + garbage)` +
        (hasGc
          ? `, ${(retained / MB).toFixed(0)} MB input alone after gc`
          : " (run with --expose-gc for the figure after gc)") +
        `; peak RSS of the process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
    }
  }
  return [...lines, heapLine];
}

/** Calls per second of a hot function, by the clock and by CPU time (the machine may be shared). */
function callRate(label: string, call: (i: number) => number): { line: string; checksum: number } {
  let checksum = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) checksum += call(i);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const millionsPerSecond = (elapsed: number): string => (CALLS / elapsed / 1000).toFixed(1);
  return {
    line:
      `${label}: ${CALLS.toLocaleString("en")} calls in ${ms.toFixed(0)} ms = ${millionsPerSecond(ms)} million/s ` +
      `(${millionsPerSecond(cpuMs)} million per CPU second)`,
    checksum,
  };
}

export async function benchScoreCalls(): Promise<string[]> {
  const weights = DEFAULT_POLICY.score.factors.map((factor) => factor.weight);
  const ratings: (number | null)[] = weights.map((_, i) => (i % 5 === 0 ? null : i % 11));
  const edges = DEFAULT_POLICY.aging.edges;
  const score = callRate("weightedScore (18 factors)", (i) => {
    ratings[1] = i % 11;
    return weightedScore(ratings, weights, 10).coverage;
  });
  const aging = callRate("agingBucketIndex + daysOverdue", (i) =>
    agingBucketIndex(daysOverdue(addDays(AS_OF, -(i % 400)), AS_OF), edges)
  );
  // The checksum keeps the calls from being optimised away.
  return [score.line, aging.line, `(checksum ${(score.checksum + aging.checksum).toFixed(0)})`];
}

if (require.main === module) {
  void (async () => {
    for (const line of [...(await benchEngine()), ...(await benchScoreCalls())])
      process.stdout.write(`${line}\n`);
  })();
}
