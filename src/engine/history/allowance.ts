/**
 * The loss allowance of the current review: each customer's open amount per bucket times the
 * bucket's loss rate, and dead debts (§8, source 003: no prospect of recovery) at 100 %.
 *
 * Rounding: each customer's provision per bucket is rounded to the nearest minor unit, halves
 * up (the amounts are positive); the bucket, customer and total allowances are sums of those
 * rounded parts, so the parts always add up to the total shown. The dead part of a customer's
 * debt is taken from its highest buckets down, because dead debts are its oldest.
 *
 * Example: 1,000.00 in 31–60 at 23.76 % → 237.60; 333.33 at 10 % → 33.333 → 33.33.
 */
import { minor } from "../money";
import type { Minor } from "../types";
import type { Snapshot } from "./snapshot";

export interface BucketAllowance {
  gross: Minor;
  /** Of which dead debts, provided in full. */
  dead: Minor;
  allowance: Minor;
}

export interface CustomerAllowance {
  customerId: string;
  gross: Minor;
  allowance: Minor;
}

export interface Allowance {
  byBucket: BucketAllowance[];
  /** Customers with an open amount, in the snapshot's order. */
  byCustomer: CustomerAllowance[];
  gross: Minor;
  total: Minor;
}

/** `rates` per bucket, 0..1 (see loss-rates.ts). */
export function allowanceOf(snapshot: Snapshot, rates: readonly number[]): Allowance {
  const count = rates.length;
  // Summed as plain numbers in the loop and checked as whole minor units once at the end.
  const bucketSums = rates.map(() => ({ gross: 0, dead: 0, allowance: 0 }));
  const byCustomer: CustomerAllowance[] = [];
  let gross = 0;
  let total = 0;
  for (const row of snapshot.rows) {
    let deadLeft = Math.max(0, row.dead);
    let rowGross = 0;
    let rowAllowance = 0;
    for (let b = count - 1; b >= 0; b--) {
      const amount = Math.max(0, row.buckets[b] ?? 0);
      if (amount === 0) continue;
      const dead = Math.min(deadLeft, amount);
      deadLeft -= dead;
      const provided = dead + Math.round((amount - dead) * rates[b]);
      bucketSums[b].gross += amount;
      bucketSums[b].dead += dead;
      bucketSums[b].allowance += provided;
      rowGross += amount;
      rowAllowance += provided;
    }
    if (rowGross === 0) continue;
    byCustomer.push({
      customerId: row.customerId,
      gross: minor(rowGross),
      allowance: minor(rowAllowance),
    });
    gross += rowGross;
    total += rowAllowance;
  }
  const byBucket: BucketAllowance[] = bucketSums.map((sums) => ({
    gross: minor(sums.gross),
    dead: minor(sums.dead),
    allowance: minor(sums.allowance),
  }));
  return { byBucket, byCustomer, gross: minor(gross), total: minor(total) };
}
