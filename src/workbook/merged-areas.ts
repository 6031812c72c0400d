/**
 * A user's merged cells beside a table. Excel shows only a merge's top-left cell, so a value
 * written anywhere else inside it is hidden, and writing across a merge's edge breaks it: an
 * output column never starts in, nor overlaps, a merge. A merge counts as used across its whole
 * extent, and one blank column separates the block from it so the merge never reads as ours.
 */
import type { RawMerge } from "./raw";

/** Rows `top..bottom` and columns `left..right`, 1-based and inclusive. */
export interface CellSpan {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function overlapsMerge(merges: readonly RawMerge[], span: CellSpan): boolean {
  return merges.some(
    (merge) =>
      merge.top <= span.bottom &&
      merge.bottom >= span.top &&
      merge.left <= span.right &&
      merge.right >= span.left
  );
}

/**
 * The first column a block may start at, given the first column right of every used cell:
 * past every merge that reaches into the block's rows right of the user's table, with one
 * blank column between.
 */
export function firstColumnPastMerges(
  merges: readonly RawMerge[],
  rows: { top: number; bottom: number },
  lastTableColumn: number,
  firstFree: number
): number {
  let first = firstFree;
  for (const merge of merges) {
    if (merge.right <= lastTableColumn || merge.top > rows.bottom || merge.bottom < rows.top)
      continue;
    first = Math.max(first, merge.right + 2);
  }
  return first;
}
