/** The aging table: customers × buckets, with totals and shares (CREDIT-POLICY.md §7, §11). */
import { addMinor, ZERO_MINOR } from "./money";
import { bucketLabels } from "./aging";
import type { CustomerTotals } from "./customer-totals";
import type { AgingRow, AgingTable, Minor } from "./types";

function averageAge(ageWeight: number, positiveOpen: number): number | null {
  return positiveOpen > 0 ? ageWeight / positiveOpen : null;
}

/** One row per customer id (known or not); totals are sums of the rows, so they add up too. */
export function agingTable(customerTotals: CustomerTotals, edges: number[]): AgingTable {
  const byCustomer: Record<string, AgingRow> = Object.create(null) as Record<string, AgingRow>;
  const totals = new Array<Minor>(edges.length + 1).fill(ZERO_MINOR);
  let unapplied = ZERO_MINOR;
  let net = ZERO_MINOR;
  let ageWeight = 0;
  let positiveOpen = 0;
  for (let slot = 0; slot < customerTotals.size; slot++) {
    const amounts = customerTotals.buckets(slot);
    for (let i = 0; i < totals.length; i++) totals[i] = addMinor(totals[i], amounts[i]);
    const row: AgingRow = {
      amounts,
      unapplied: customerTotals.unapplied(slot),
      net: customerTotals.net(slot),
      averageAgeDays: averageAge(customerTotals.ageWeight(slot), customerTotals.positiveOpen(slot)),
    };
    unapplied = addMinor(unapplied, row.unapplied);
    net = addMinor(net, row.net);
    ageWeight += customerTotals.ageWeight(slot);
    positiveOpen += customerTotals.positiveOpen(slot);
    byCustomer[customerTotals.ids[slot]] = row;
  }
  const bucketSum = totals.reduce((sum, amount) => sum + amount, 0);
  return {
    buckets: bucketLabels(edges),
    totals,
    unapplied,
    net,
    shares: totals.map((amount) => (bucketSum > 0 ? amount / bucketSum : 0)),
    averageAgeDays: averageAge(ageWeight, positiveOpen),
    byCustomer,
  };
}
