/**
 * Where a review writes: `--out` when given, else `<input name>.reviewed.xlsx` beside the input.
 * The input is never a destination: a path that resolves to it is refused before anything is
 * read (the file writer checks again through links when it writes).
 */
import { basename, dirname, extname, join, resolve } from "node:path";

export const REVIEWED_SUFFIX = ".reviewed.xlsx";

/** "data/ledger.xlsx" → "data/ledger.reviewed.xlsx"; a name without .xlsx just gets the suffix. */
export function defaultOutputPath(input: string): string {
  const extension = extname(input);
  const stem = extension.toLowerCase() === ".xlsx" ? basename(input, extension) : basename(input);
  return join(dirname(input), `${stem}${REVIEWED_SUFFIX}`);
}

export function isSamePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
