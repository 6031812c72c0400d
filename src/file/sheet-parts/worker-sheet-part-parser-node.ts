/**
 * Node only: a workbook's sheet parts parsed side by side, the largest in this thread and the
 * others in worker threads, so that a second sheet (a collection log beside a ledger) costs the
 * user little waiting on a machine with more than one core. The sheets and errors are those of
 * the in-thread parser; reads are still asked for in order, so the first bad sheet is the one
 * reported. One core, or one sheet: everything stays in this thread.
 */
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { WorksheetRead } from "../ooxml-sheet";
import { SheetBuilder } from "../sheet-builder";
import { sheetPartError } from "./sheet-part-errors";
import type { SheetPartRequest, SheetPartResponse } from "./sheet-part-messages";
import {
  IN_THREAD_SHEET_PART_PARSER,
  parseSheetPart,
  type SheetPartJob,
  type SheetPartParser,
  type SheetPartReads,
  type SheetPartSetup,
} from "./sheet-part-parser";

/** More threads than this buy nothing: a workbook has a handful of sheets worth reading. */
const MOST_WORKERS = 3;

export interface WorkerParserOptions {
  /** The worker's script (`sheet-part-worker-node.js`). */
  entry: string;
  /** Node options of the worker, e.g. a loader for TypeScript in tests. */
  execArgv?: string[];
  /** Worker threads at most; 0 parses everything in this thread. */
  maxWorkers: number;
}

type Outcome = { read: WorksheetRead } | { error: unknown };

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

function readOf(response: SheetPartResponse): Outcome {
  if ("error" in response) return { error: sheetPartError(response.error) };
  return {
    read: {
      builder: SheetBuilder.fromSnapshot(response.snapshot),
      tableRelationshipIds: response.tableRelationshipIds,
    },
  };
}

/** Job indexes per worker: largest parts first, each to the least loaded worker (bytes as the load). */
function shareOut(jobs: readonly SheetPartJob[], indexes: number[], workers: number): number[][] {
  const shares: number[][] = Array.from({ length: workers }, () => []);
  const loads = new Array<number>(workers).fill(0);
  for (const index of indexes) {
    const lightest = loads.indexOf(Math.min(...loads));
    shares[lightest].push(index);
    loads[lightest] += jobs[index].bytes.length;
  }
  return shares;
}

export function workerSheetPartParser(options: WorkerParserOptions): SheetPartParser {
  return {
    start(jobs, setup): SheetPartReads {
      const workerCount = Math.min(options.maxWorkers, MOST_WORKERS, jobs.length - 1);
      if (workerCount < 1) return IN_THREAD_SHEET_PART_PARSER.start(jobs, setup);
      const bySize = jobs.map((_, index) => index);
      bySize.sort((a, b) => jobs[b].bytes.length - jobs[a].bytes.length);
      const [ownIndex, ...others] = bySize;
      const pending = jobs.map(() => new PendingOutcome());
      const workers = shareOut(jobs, others, workerCount).map((share) =>
        startWorker(options, setup, jobs, share, pending)
      );
      // The largest part is parsed here while the workers parse the rest.
      try {
        pending[ownIndex].resolve({ read: parseSheetPart(jobs[ownIndex], setup) });
      } catch (error) {
        pending[ownIndex].resolve({ error });
      }
      return {
        async read(index) {
          const outcome = await pending[index].arrived;
          if ("error" in outcome) throw outcome.error;
          return outcome.read;
        },
        async close() {
          await Promise.all(workers.map((worker) => worker.terminate()));
        },
      };
    },
  };
}

function startWorker(
  options: WorkerParserOptions,
  setup: SheetPartSetup,
  jobs: readonly SheetPartJob[],
  share: readonly number[],
  pending: readonly PendingOutcome[]
): Worker {
  const worker = new Worker(options.entry, {
    workerData: setup,
    ...(options.execArgv ? { execArgv: options.execArgv } : {}),
  });
  // A thread that fails or stops leaves its unanswered jobs with that failure, never waiting.
  const failAll = (error: unknown) => {
    for (const index of share) pending[index].resolve({ error });
  };
  worker.on("message", (response: SheetPartResponse) =>
    pending[response.index].resolve(readOf(response))
  );
  worker.on("error", failAll);
  worker.on("exit", (code) =>
    failAll(new Error(`A sheet reader thread stopped (exit code ${code}) before it answered`))
  );
  for (const index of share) {
    // The bytes are copied, not handed over: they may be a view of the whole file.
    const request: SheetPartRequest = { index, path: jobs[index].path, bytes: jobs[index].bytes };
    worker.postMessage(request);
  }
  return worker;
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
