/** The aging table: customers × buckets, with totals and shares (CREDIT-POLICY.md §7, §11). */
import { exactTotal } from "./money";
import { bucketLabels } from "./aging";
import type { CustomerTotals } from "./customer-totals";
import type { AgingRow, AgingTable } from "./types";

function averageAge(ageWeight: number, positiveOpen: number): number | null {
  return positiveOpen > 0 ? ageWeight / positiveOpen : null;
}

/** One row per customer id (known or not); totals are sums of the rows, so they add up too. */
export function agingTable(customerTotals: CustomerTotals, edges: number[]): AgingTable {
  const byCustomer: Record<string, AgingRow> = Object.create(null) as Record<string, AgingRow>;
  // Summed as plain numbers with their magnitudes, branded once after the loop (exactTotal).
  const sums = new Float64Array(edges.length + 1);
  const magnitudes = new Float64Array(edges.length + 1);
  let unapplied = 0;
  let unappliedMagnitude = 0;
  let net = 0;
  let netMagnitude = 0;
  let ageWeight = 0;
  let positiveOpen = 0;
  for (let slot = 0; slot < customerTotals.size; slot++) {
    const amounts = customerTotals.buckets(slot);
    for (let i = 0; i < sums.length; i++) {
      sums[i] += amounts[i];
      magnitudes[i] += Math.abs(amounts[i]);
    }
    const row: AgingRow = {
      amounts,
      unapplied: customerTotals.money(slot, "unapplied"),
      net: customerTotals.money(slot, "net"),
      averageAgeDays: averageAge(
        customerTotals.count(slot, "ageWeight"),
        customerTotals.money(slot, "positiveOpen")
      ),
    };
    unapplied += row.unapplied;
    unappliedMagnitude += Math.abs(row.unapplied);
    net += row.net;
    netMagnitude += Math.abs(row.net);
    ageWeight += customerTotals.count(slot, "ageWeight");
    positiveOpen += customerTotals.money(slot, "positiveOpen");
    byCustomer[customerTotals.ids[slot]] = row;
  }
  const totals = Array.from(sums, (sum, i) => exactTotal(sum, magnitudes[i]));
  const bucketSum = totals.reduce((sum, amount) => sum + amount, 0);
  return {
    buckets: bucketLabels(edges),
    totals,
    unapplied: exactTotal(unapplied, unappliedMagnitude),
    net: exactTotal(net, netMagnitude),
    shares: totals.map((amount) => (bucketSum > 0 ? amount / bucketSum : 0)),
    averageAgeDays: averageAge(ageWeight, positiveOpen),
    byCustomer,
  };
}
