/**
 * Where a review writes: `--out` when given, else `<input name>.reviewed.xlsx` beside the input.
 * The input is never a destination: path-guard.ts refuses a path that leads to it before
 * anything is read, and the file writer checks again when it writes.
 */
import { basename, dirname, extname, join } from "node:path";

export const REVIEWED_SUFFIX = ".reviewed.xlsx";

/** "data/ledger.xlsx" → "data/ledger.reviewed.xlsx"; a name without .xlsx just gets the suffix. */
export function defaultOutputPath(input: string): string {
  const extension = extname(input);
  const stem = extension.toLowerCase() === ".xlsx" ? basename(input, extension) : basename(input);
  return join(dirname(input), `${stem}${REVIEWED_SUFFIX}`);
}
