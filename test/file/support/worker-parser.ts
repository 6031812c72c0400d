/**
 * The worker-thread sheet parser as the built command uses it, run from the sources: the worker
 * script is TypeScript here, so its thread loads it through tsx.
 */
import { join } from "node:path";
import {
  workerSheetPartParser,
  type WorkerParserOptions,
} from "../../../src/file/sheet-parts/worker-sheet-part-parser-node";
import type { SheetPartParser } from "../../../src/file/sheet-parts/sheet-part-parser";

export const SOURCE_WORKER_ENTRY = join(
  __dirname,
  "../../../src/file/sheet-parts/sheet-part-worker-node.ts"
);

export function sourceWorkerParser(options: Partial<WorkerParserOptions> = {}): SheetPartParser {
  return workerSheetPartParser({
    entry: SOURCE_WORKER_ENTRY,
    execArgv: ["--require", require.resolve("tsx/cjs")],
    maxWorkers: 2,
    ...options,
  });
}
