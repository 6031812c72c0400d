#!/usr/bin/env node
/** The `credit-desk` command: runs a review on an .xlsx file without Excel (see run-review.ts). */
import { nodeIo } from "./node-io";
import { runReview } from "./run-review";

runReview(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runReview reports every error itself; reaching here means writing to the terminal failed.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
