/**
 * A customer's Collection Log lines for the explain panel, newest first; lines of the same day
 * keep the reverse of the sheet's order, so the line typed last reads first.
 */
import type { CollectionLogEntry } from "../../engine/types";

export function customerLogLines(
  log: readonly CollectionLogEntry[] | undefined,
  customerId: string
): CollectionLogEntry[] {
  if (log === undefined) return [];
  const lines: { entry: CollectionLogEntry; order: number }[] = [];
  log.forEach((entry, order) => {
    if (entry.customerId === customerId) lines.push({ entry, order });
  });
  return lines
    .sort((a, b) => b.entry.date - a.entry.date || b.order - a.order)
    .map((line) => line.entry);
}
