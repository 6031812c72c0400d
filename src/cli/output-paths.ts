/**
 * Where a review writes: `--out` when given, else the reviewed copy's name beside the input
 * (`workbook/reviewed-file-name.ts`, the pane's download name too). The input is never a
 * destination: path-guard.ts refuses a path that leads to it before anything is read, and the
 * file writer checks again when it writes.
 */
import { basename, dirname, join } from "node:path";
import { reviewedFileName } from "../workbook/reviewed-file-name";

/** "data/ledger.xlsx" → "data/ledger.reviewed.xlsx"; a name without .xlsx just gets the suffix. */
export function defaultOutputPath(input: string): string {
  return join(dirname(input), reviewedFileName(basename(input)));
}
