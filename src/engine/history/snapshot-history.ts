/**
 * The history: snapshots oldest first, at most one per as-of date. A review re-run on the same
 * date replaces that date's snapshot, so running it twice leaves the history as running it once.
 */
import type { Snapshot } from "./snapshot";

export function withSnapshot(history: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  const others = history.filter((entry) => entry.asOf !== snapshot.asOf);
  others.push(snapshot);
  return others.sort((a, b) => a.asOf - b.asOf);
}

/** True when two snapshots' buckets mean the same days, so their amounts can be compared. */
export function sameEdges(a: Snapshot, b: Snapshot): boolean {
  return a.edges.length === b.edges.length && a.edges.every((edge, i) => edge === b.edges[i]);
}
