/**
 * Whether a sheet's cells may be copied from a worker to the reader thread. A copy between
 * threads copies every string it meets, while one thread shares them: a shared string of 32,767
 * characters in 20,000 cells is a 330 KB file that one thread reads in 140 MB and a copy makes
 * 2.7 GB. Text a part spells out costs at least a byte per character in the part, so a sheet
 * whose text is longer than its part repeats shared strings; such a sheet is parsed again in the
 * reader thread instead, which keeps the copy within a small multiple of the part's size.
 */
import type { RawCell } from "../../workbook/raw";

export function cellsCrossCheaply(cells: readonly RawCell[], partBytes: number): boolean {
  let characters = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    characters += cell.length;
    if (characters > partBytes) return false;
  }
  return true;
}
