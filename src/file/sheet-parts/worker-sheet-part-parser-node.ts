/**
 * Node only: a workbook's sheet parts parsed side by side, the largest in this thread and the
 * others in worker threads, so that a second sheet (a collection log beside a ledger) costs the
 * user little waiting on a machine with more than one core. The sheets and errors are those of
 * the in-thread parser: parts are unpacked in workbook order, and reads are still asked for in
 * order, so the first bad sheet is the one reported. One core, one sheet, or parts too large to
 * hold at once: everything stays in this thread, one part at a time.
 */
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { WorksheetRead } from "../ooxml-sheet";
import { SheetBuilder } from "../sheet-builder";
import { SheetExtentError } from "../sheet-extent";
import { sheetPartError } from "./sheet-part-errors";
import type { SheetPartRequest, SheetPartResponse } from "./sheet-part-messages";
import { decodeXmlPart } from "../xml/decode-xml-part";
import {
  IN_THREAD_SHEET_PART_PARSER,
  parseSheetPart,
  parseSheetText,
  type SheetPartJob,
  type SheetPartParser,
  type SheetPartSetup,
} from "./sheet-part-parser";

/** More threads than this buy nothing: a workbook has a handful of sheets worth reading. */
const MOST_WORKERS = 3;
/**
 * Side by side, every part is unpacked before the first is parsed and each thread holds a parse:
 * past this much sheet XML in all, memory matters more than seconds.
 */
export const MOST_PARALLEL_BYTES = 128 * 1024 * 1024;

export interface WorkerParserOptions {
  /** The worker's script (`sheet-part-worker-node.js`). */
  entry: string;
  /** Node options of the worker, e.g. a loader for TypeScript in tests. */
  execArgv?: string[];
  /** Worker threads at most; 0 parses everything in this thread. */
  maxWorkers: number;
  /** Sheet XML in all past which parts are parsed in this thread (default `MOST_PARALLEL_BYTES`). */
  maxParallelBytes?: number;
}

/** `parseInReader`: the worker left the part to this thread (its cells cost too much to copy). */
type Outcome = { read: WorksheetRead } | { error: unknown } | { parseInReader: true };

/** An outcome that will arrive; it never rejects, so an error nobody has asked for yet is not "unhandled". */
class PendingOutcome {
  readonly arrived: Promise<Outcome>;
  private settle: ((outcome: Outcome) => void) | null = null;

  constructor() {
    this.arrived = new Promise((resolve) => (this.settle = resolve));
  }

  /** The first outcome counts: a thread that dies after answering does not change the answer. */
  resolve(outcome: Outcome): void {
    this.settle?.(outcome);
    this.settle = null;
  }
}

interface LoadedPart {
  index: number;
  path: string;
  bytes: Uint8Array;
}

function outcomeOf(response: SheetPartResponse): Outcome {
  if ("error" in response) return { error: sheetPartError(response.error) };
  if ("parseInReader" in response) return { parseInReader: true };
  return {
    read: {
      builder: SheetBuilder.fromSnapshot(response.snapshot),
      tableRelationshipIds: response.tableRelationshipIds,
    },
  };
}

/** Parts per worker: largest first, each to the least loaded worker (bytes as the load). */
function shareOut(parts: readonly LoadedPart[], workers: number): LoadedPart[][] {
  const shares: LoadedPart[][] = Array.from({ length: workers }, () => []);
  const loads = new Array<number>(workers).fill(0);
  for (const part of parts) {
    const lightest = loads.indexOf(Math.min(...loads));
    shares[lightest].push(part);
    loads[lightest] += part.bytes.length;
  }
  return shares;
}

/** Starts a worker on `share`, registered in `workers` before anything can fail, so that it is stopped. */
function startWorker(
  options: WorkerParserOptions,
  setup: SheetPartSetup,
  share: readonly LoadedPart[],
  pending: readonly PendingOutcome[],
  workers: Worker[]
): void {
  const worker = new Worker(options.entry, {
    workerData: setup,
    ...(options.execArgv ? { execArgv: options.execArgv } : {}),
  });
  workers.push(worker);
  // A thread that fails or stops leaves its unanswered parts with that failure, never waiting.
  const failAll = (error: unknown) => {
    for (const part of share) pending[part.index].resolve({ error });
  };
  worker.on("message", (response: SheetPartResponse) =>
    pending[response.index].resolve(outcomeOf(response))
  );
  worker.on("error", failAll);
  worker.on("exit", (code) =>
    failAll(new Error(`A sheet reader thread stopped (exit code ${code}) before it answered`))
  );
  for (const { index, path, bytes } of share) {
    // The bytes may be a view of the whole file (a part stored uncompressed), and posting a view
    // copies its whole buffer: the part alone is copied once and that copy handed over (not
    // with `slice`, which on a Node Buffer, as a file is read, is a view too).
    const own = new Uint8Array(bytes);
    const request: SheetPartRequest = { index, path, bytes: own };
    worker.postMessage(request, [own.buffer]);
  }
}

/** The largest part's index (parsed in this thread) and the other parts, largest first. */
function largestFirst(loaded: Map<number, LoadedPart>): { ownIndex: number; others: LoadedPart[] } {
  const bySize = [...loaded.values()].sort((a, b) => b.bytes.length - a.bytes.length);
  return { ownIndex: bySize[0].index, others: bySize.slice(1) };
}

/**
 * A loaded part's text, the part let go (taken out of `loaded`, its bytes only in this frame):
 * the largest part is not held twice, bytes and text, while it is parsed. Only the parts left
 * to workers may come back to this thread, so only theirs are kept.
 */
function takeText(loaded: Map<number, LoadedPart>, index: number): { path: string; xml: string } {
  const part = loaded.get(index);
  if (part === undefined) throw new Error(`Sheet part ${index} was not loaded`);
  loaded.delete(index);
  return { path: part.path, xml: decodeXmlPart(part.bytes, part.path) };
}

/**
 * Unpacks the parts in order (as one thread would, stopping at the first it cannot unpack), then
 * sends all but the largest to workers and parses the largest here. Every outcome is settled.
 */
async function parseSideBySide(
  jobs: readonly SheetPartJob[],
  setup: SheetPartSetup,
  options: WorkerParserOptions,
  pending: readonly PendingOutcome[],
  workers: Worker[],
  loaded: Map<number, LoadedPart>
): Promise<void> {
  let stoppedAt = jobs.length;
  for (const [index, job] of jobs.entries()) {
    try {
      loaded.set(index, { index, path: job.path, bytes: await job.load() });
    } catch (error) {
      pending[index].resolve({ error });
      // A sheet left unread for its size is not a refusal: the parts after it are still read.
      if (error instanceof SheetExtentError) continue;
      stoppedAt = index;
      break;
    }
  }
  // Never asked for (the reader stops at the refusal), but settled all the same.
  for (let index = stoppedAt + 1; index < jobs.length; index += 1)
    pending[index].resolve({
      error: new Error("A sheet after one that could not be read was not read"),
    });
  if (loaded.size === 0) return;
  const { ownIndex, others } = largestFirst(loaded);
  if (others.length > 0)
    for (const share of shareOut(others, Math.min(options.maxWorkers, MOST_WORKERS, others.length)))
      startWorker(options, setup, share, pending, workers);
  // The largest part is parsed here while the workers parse the rest.
  try {
    const { path, xml } = takeText(loaded, ownIndex);
    pending[ownIndex].resolve({ read: parseSheetText(path, xml, setup) });
  } catch (error) {
    pending[ownIndex].resolve({ error });
  }
}

export function workerSheetPartParser(options: WorkerParserOptions): SheetPartParser {
  return {
    start(jobs, setup) {
      const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
      const maxParallelBytes = options.maxParallelBytes ?? MOST_PARALLEL_BYTES;
      if (options.maxWorkers < 1 || jobs.length < 2 || totalBytes > maxParallelBytes)
        return IN_THREAD_SHEET_PART_PARSER.start(jobs, setup);
      const pending = jobs.map(() => new PendingOutcome());
      const workers: Worker[] = [];
      const loaded = new Map<number, LoadedPart>();
      const started = parseSideBySide(jobs, setup, options, pending, workers, loaded).catch(
        (error: unknown) => {
          for (const outcome of pending) outcome.resolve({ error });
        }
      );
      return {
        async read(index) {
          await started;
          const outcome = await pending[index].arrived;
          if ("error" in outcome) throw outcome.error;
          if ("read" in outcome) return outcome.read;
          // Parsed when asked for, as in one thread: a bad sheet before it is reported first.
          const part = loaded.get(index);
          if (part === undefined)
            throw new Error(`Sheet part ${index} was left to a thread that never had it`);
          return parseSheetPart(part.path, part.bytes, setup);
        },
        async close() {
          await started;
          await Promise.all(workers.map((worker) => worker.terminate()));
        },
      };
    },
  };
}

/**
 * The parser of this build: worker threads when running compiled (the worker's script is
 * JavaScript beside this one) on a machine with more than one core, else this thread (sources
 * run by a TypeScript loader, as in the tests, parse in this thread).
 */
export function nodeSheetPartParser(): SheetPartParser {
  const extension = extname(__filename);
  if (extension !== ".js") return IN_THREAD_SHEET_PART_PARSER;
  return workerSheetPartParser({
    entry: join(__dirname, `sheet-part-worker-node${extension}`),
    maxWorkers: availableParallelism() - 1,
  });
}
