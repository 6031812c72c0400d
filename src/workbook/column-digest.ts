/**
 * A fingerprint of the values a review wrote into one output column, kept in the output map, so
 * that a later review can tell whether the column still holds exactly those values before it
 * clears it. It is order-free (a sort of the user's rows keeps it) and ignores blank cells (an
 * inserted row keeps it); any typed, pasted or deleted value changes it. It only ever makes a
 * review more careful: a column whose fingerprint no longer matches is left to the user.
 */
import type { PlanValue } from "./plan";
import type { RawCell } from "./raw";
import { isRawError } from "./raw";
import type { Grid } from "./sheet-grid";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the text's UTF-16 code units: a well-spread 32-bit hash, cheap per cell. */
function hashText(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** The cell as one token, its type included, so 5 and "5" differ; null for a blank cell. */
function tokenOf(cell: RawCell | PlanValue): string | null {
  if (cell === null || cell === "") return null;
  if (isRawError(cell)) return `e:${cell.error}`;
  if (typeof cell === "number") return `n:${String(cell)}`;
  if (typeof cell === "boolean") return `b:${String(cell)}`;
  return `s:${cell}`;
}

/** Adds cells one at a time: "count.sum of hashes" over the non-blank ones. */
export class ColumnDigest {
  private count = 0;
  private sum = 0;

  add(cell: RawCell | PlanValue): void {
    const token = tokenOf(cell);
    if (token === null) return;
    this.count++;
    this.sum = (this.sum + hashText(token)) >>> 0;
  }

  toString(): string {
    return `${this.count}.${this.sum.toString(16)}`;
  }
}

/** The digest of each column of a block's rows, in column order. */
export function blockDigests(rows: readonly PlanValue[][], width: number): string[] {
  const digests = Array.from({ length: width }, () => new ColumnDigest());
  for (const row of rows)
    for (let index = 0; index < width; index++) digests[index].add(row[index] ?? null);
  return digests.map(String);
}

/** The digest of one column's cells in rows `firstRow` to `lastRow` of a sheet as read. */
export function gridColumnDigest(
  grid: Grid,
  column: number,
  firstRow: number,
  lastRow: number
): string {
  const digest = new ColumnDigest();
  for (let row = firstRow; row <= lastRow; row++) digest.add(grid.raw(row, column));
  return digest.toString();
}
