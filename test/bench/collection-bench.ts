/**
 * Collection benchmark (issue 9): review() of 100,000 receivables with and without a Collection
 * Log of 50,000 lines (a third of them promises to pay, a tenth dispute lines, the rest contacts;
 * a quarter of the promises and disputes name no invoice, i.e. concern the whole customer).
 * The engine's share of issue 9's target (the log adds under 20 % to the review time, measured on
 * the whole review by collection-cli-bench), as CPU medians of alternated runs, warm and with a
 * forced collection before each. Also the reading of those 50,000 lines from sheet cells, in
 * lines per second. Run alone with
 * `node --expose-gc --import tsx test/bench/collection-bench.ts`.
 */
import { isoFromSerial, serialFromIso } from "../../src/engine/dates";
import { minor } from "../../src/engine/money";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { addDays } from "../../src/engine/serial-date";
import { review } from "../../src/engine/review";
import {
  CONTACT_ACTIONS,
  type CollectionLogEntry,
  type Problem,
  type ReviewInput,
  type SerialDate,
} from "../../src/engine/types";
import { headerSynonyms } from "../../src/i18n/headers";
import { COLLECTION_LOG_FIELDS, type CollectionLogField } from "../../src/workbook/fields";
import type { RawCell, RawSheet } from "../../src/workbook/raw";
import { ledgerInvoices } from "../../src/workbook/ledger-invoices";
import { readCollectionLog } from "../../src/workbook/read-collection-log";
import { gridOf } from "../../src/workbook/sheet-grid";
import { syntheticInput } from "./engine-bench";

const AS_OF = serialFromIso("2026-06-30");
const RECEIVABLES = 100_000;
const LOG_LINES = 50_000;
const RUNS = 7;
const WARM_RUNS = 15;
const TARGET_RATIO = 1.2;

/** mulberry32: the same log on every run. */
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

/** Log lines about the input's own invoices, dated within the year before the as-of date. */
export function syntheticLog(
  input: ReviewInput,
  lines = LOG_LINES,
  seed = 9
): CollectionLogEntry[] {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const log: CollectionLogEntry[] = new Array(lines);
  for (let i = 0; i < lines; i++) {
    const invoice = input.receivables[int(0, input.receivables.length - 1)];
    const date = addDays(AS_OF, -int(0, 365));
    const kind = random();
    const wholeCustomer = random() < 0.25;
    const entry: CollectionLogEntry = {
      date,
      customerId: invoice.customerId,
      action: CONTACT_ACTIONS[int(0, CONTACT_ACTIONS.length - 1)],
      person: `Collector ${int(1, 20)}`,
      source: { sheet: "Collection Log", row: i + 2 },
    };
    if (kind < 1 / 3) {
      entry.promisedDate = addDays(date, int(1, 45));
      if (random() < 0.5) entry.promisedAmount = minor(int(1_000, 5_000_000));
      if (!wholeCustomer) entry.invoiceNo = invoice.invoiceNo;
    } else if (kind < 1 / 3 + 0.1) {
      entry.disputed = random() < 0.7;
      if (!wholeCustomer) entry.invoiceNo = invoice.invoiceNo;
    } else entry.invoiceNo = invoice.invoiceNo;
    log[i] = entry;
  }
  return log;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const thousands = (n: number): string => n.toLocaleString("en");

/** The log as a user types it: a sheet named Collection Log, headers in English, dates as text. */
export function logSheet(log: readonly CollectionLogEntry[]): RawSheet {
  const headers = headerSynonyms().collectionLog;
  const iso = (serial: SerialDate | undefined): RawCell =>
    serial === undefined ? null : isoFromSerial(serial);
  const cells: RawCell[][] = [COLLECTION_LOG_FIELDS.map((field) => headers[field][0])];
  for (const line of log) {
    const byField: Record<CollectionLogField, RawCell> = {
      date: iso(line.date),
      customerId: line.customerId,
      invoiceNo: line.invoiceNo ?? null,
      action: line.action === undefined ? null : line.action.toLowerCase(),
      person: line.person ?? null,
      promisedDate: iso(line.promisedDate),
      promisedAmount:
        line.promisedAmount === undefined
          ? null
          : line.promisedAmount / DEFAULT_POLICY.minorPerUnit,
      disputed: line.disputed === undefined ? null : line.disputed ? "yes" : "no",
      disputeReason: null,
      notes: null,
    };
    cells.push(COLLECTION_LOG_FIELDS.map((field) => byField[field]));
  }
  return { name: "Collection Log", cells, firstRow: 1, firstColumn: 1 };
}

/** Reading the log's cells into lines (header detection, dates, amounts, yes/no), no .xlsx parsing. */
function benchLogReading(log: readonly CollectionLogEntry[]): string {
  const grids = [gridOf(logSheet(log))];
  const synonyms = headerSynonyms();
  let lines = 0;
  let problems = 0;
  const times: number[] = [];
  // Every line's invoice is in the ledger, so the check runs on each line and drops none.
  const ledger = ledgerInvoices(
    log.flatMap((line) =>
      line.invoiceNo === undefined
        ? []
        : [{ customerId: line.customerId, invoiceNo: line.invoiceNo }]
    )
  );
  for (let i = 0; i < RUNS; i++) {
    collectGarbage();
    times.push(
      cpuMs(() => {
        const found: Problem[] = [];
        const read = readCollectionLog(grids, synonyms, {
          ledger,
          dates: { date1904: false, dayOrder: null },
          minorPerUnit: DEFAULT_POLICY.minorPerUnit,
          problems: found,
          ownedColumns: () => () => false,
        });
        lines = read?.length ?? 0;
        problems = found.length;
      })
    );
  }
  const ms = median(times);
  if (lines !== log.length || problems > 0)
    throw new Error(`the log read back ${lines} of ${log.length} lines with ${problems} problems`);
  return (
    `Collection Log read from its cells (${thousands(log.length)} lines × ${COLLECTION_LOG_FIELDS.length} columns, ` +
    `no .xlsx parsing): median of ${RUNS} ${ms.toFixed(0)} ms CPU, ${thousands(Math.round((log.length / ms) * 1000))} lines/s`
  );
}

/** CPU ms of each call of `runs` alternated pairs, after `collect()` (or none) before each. */
function alternatedCpu(
  pairs: number,
  first: () => void,
  second: () => void,
  forceCollection: boolean
): { first: number[]; second: number[] } {
  const times = { first: [] as number[], second: [] as number[] };
  const measure = (run: () => void): number => {
    if (forceCollection) collectGarbage();
    return cpuMs(run);
  };
  for (let i = 0; i < pairs; i++) {
    times.first.push(measure(first));
    times.second.push(measure(second));
  }
  return times;
}

export async function benchCollection(): Promise<string[]> {
  const input = syntheticInput(RECEIVABLES);
  const log = syntheticLog(input);
  const withLog: ReviewInput = { ...input, collectionLog: log };
  const promises = log.filter((entry) => entry.promisedDate !== undefined).length;
  const disputes = log.filter((entry) => entry.disputed !== undefined).length;
  let promiseOutcomes = 0;
  const without = () => review(input, DEFAULT_POLICY, AS_OF);
  const withIt = () => {
    const result = review(withLog, DEFAULT_POLICY, AS_OF);
    promiseOutcomes = result.customers.filter((c) => c.collection?.promise).length;
  };
  // Warm-up, then the two alternated so that both see the same state of the machine and of the
  // compiler. CPU time, not the clock: the machine may be shared.
  without();
  withIt();
  // Warm: the pane reviewing again. A forced full collection before each run also throws away
  // the compiled code of both reviews (V8 recompiles them: deoptimisation traces show it), so it
  // measures reviews run cold, compiling included: both figures are printed.
  const warm = alternatedCpu(WARM_RUNS, without, withIt, false);
  const cold = alternatedCpu(RUNS, without, withIt, true);
  const size =
    `${thousands(RECEIVABLES)} receivables, ${thousands(input.customers.length)} customers; ` +
    `log of ${thousands(LOG_LINES)} lines (${thousands(promises)} promises, ` +
    `${thousands(disputes)} dispute lines)`;
  const ratioLine = (label: string, times: { first: number[]; second: number[] }): string => {
    const ratio = median(times.second) / median(times.first);
    return (
      `review() alone, ${label}: ${median(times.first).toFixed(0)} ms CPU without the log, ` +
      `${median(times.second).toFixed(0)} ms with it: +${((ratio - 1) * 100).toFixed(0)} % ` +
      `(${ratio.toFixed(2)}, medians of ${times.first.length} alternated runs)`
    );
  };
  return [
    `review() with and without the Collection Log (${size}; ${thousands(promiseOutcomes)} customers with a promise)`,
    ratioLine("warm", warm),
    ratioLine("a full garbage collection before each run (code recompiled)", cold),
    `the engine's share only: the target (+${((TARGET_RATIO - 1) * 100).toFixed(0)} % of the review time) is measured on the whole review, collection-cli-bench`,
    benchLogReading(log),
  ];
}

if (require.main === module) {
  void benchCollection().then((lines) => process.stdout.write(`${lines.join("\n")}\n`));
}
