/**
 * A snapshot: what one review leaves for the history (issue 10). One row per customer per
 * review — its open amount per aging bucket, grade, score, limit and status — and, once per
 * review, the aging edges the buckets follow and the review's DSO figures (the ledger's monthly
 * sales they need are not kept, so they are kept as the review computed them).
 */
import { addMinor, sumMinor, ZERO_MINOR } from "../money";
import type { Policy } from "../policy";
import type { Grade, Minor, ReviewResult, SerialDate, Status } from "../types";

export interface SnapshotRow {
  customerId: string;
  /** Positive open amounts per aging bucket (minor units), in the order of the edges. */
  buckets: Minor[];
  /**
   * The part of the open amount that is a dead debt (§8, source 003 死賬): past the last debt
   * class bound. Dead debts are the oldest, so this part sits in the highest buckets.
   */
  dead: Minor;
  grade: Grade | null;
  /** Unrounded score, null when nothing was rated. */
  score: number | null;
  limit: Minor;
  /** Null for receivables of a customer the customer sheet does not list (BAD-INPUTS #25). */
  status: Status | null;
}

export interface Snapshot {
  asOf: SerialDate;
  /** The aging edges of the review's policy; snapshots are compared only on the same edges. */
  edges: number[];
  dso: number | null;
  dsoCountback: number | null;
  rows: SnapshotRow[];
}

/** The open amount of a row: the sum of its buckets. */
export function rowOpen(row: SnapshotRow): Minor {
  return sumMinor(row.buckets);
}

/** The dead-debt open amount per customer: receivables whose debt class is DEAD. */
function deadByCustomer(result: ReviewResult): Map<string, Minor> {
  const dead = new Map<string, Minor>();
  for (const receivable of result.receivables) {
    if (receivable.debtClass !== "DEAD" || receivable.open <= 0) continue;
    dead.set(
      receivable.customerId,
      addMinor(dead.get(receivable.customerId) ?? ZERO_MINOR, receivable.open)
    );
  }
  return dead;
}

/**
 * The snapshot of a review: every listed customer (in the review's order), then any customer
 * id that has open receivables but is not listed, so that the buckets add up to the aging table.
 */
export function snapshotOf(result: ReviewResult, policy: Policy): Snapshot {
  const bucketCount = result.aging.buckets.length;
  const dead = deadByCustomer(result);
  const rows: SnapshotRow[] = [];
  const seen = new Set<string>();
  const bucketsOf = (id: string): Minor[] =>
    result.aging.byCustomer[id]?.amounts.slice() ?? new Array<Minor>(bucketCount).fill(ZERO_MINOR);
  for (const customer of result.customers) {
    if (seen.has(customer.id)) continue;
    seen.add(customer.id);
    rows.push({
      customerId: customer.id,
      buckets: bucketsOf(customer.id),
      dead: dead.get(customer.id) ?? ZERO_MINOR,
      grade: customer.grade,
      score: customer.score,
      limit: customer.limit,
      status: customer.status,
    });
  }
  for (const id of Object.keys(result.aging.byCustomer)) {
    if (seen.has(id)) continue;
    seen.add(id);
    const buckets = bucketsOf(id);
    rows.push({
      customerId: id,
      buckets,
      dead: dead.get(id) ?? ZERO_MINOR,
      grade: null,
      score: null,
      limit: ZERO_MINOR,
      status: null,
    });
  }
  return {
    asOf: result.asOf,
    edges: policy.aging.edges.slice(),
    dso: result.portfolio.dso,
    dsoCountback: result.portfolio.dsoCountback,
    rows,
  };
}
