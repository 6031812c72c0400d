/**
 * Snapshots for the history tests: a customer's row by its bucket amounts (currency units) and a
 * review on the default bucket edges, the other figures fixed unless a test names them.
 */
import type { Snapshot, SnapshotRow } from "../../../src/engine/history/snapshot";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { day, units } from "../helpers";

export function snapshotRow(
  customerId: string,
  amounts: number[],
  fields: Partial<Omit<SnapshotRow, "customerId" | "buckets">> = {}
): SnapshotRow {
  return {
    customerId,
    buckets: amounts.map(units),
    dead: units(0),
    grade: "B",
    score: 85,
    limit: units(0),
    status: "OK",
    ...fields,
  };
}

/** A review on `iso` with the policy's default edges and no DSO. */
export function snapshotOn(iso: string, rows: SnapshotRow[]): Snapshot {
  return {
    asOf: day(iso),
    edges: DEFAULT_POLICY.aging.edges.slice(),
    dso: null,
    dsoCountback: null,
    rows,
  };
}
