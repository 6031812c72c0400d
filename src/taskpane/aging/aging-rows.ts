/** The aging table as rows for the pane: customers by risk, then the totals and shares rows. */
import type { AgingTable, CustomerResult, Minor } from "../../engine/types";

export type AgingRowView =
  | {
      kind: "customer";
      id: string;
      name: string;
      amounts: Minor[];
      unapplied: Minor;
      net: Minor;
      averageAgeDays: number | null;
    }
  | { kind: "total"; amounts: Minor[]; unapplied: Minor; net: Minor; averageAgeDays: number | null }
  | { kind: "share"; shares: number[] };

export function agingRows(aging: AgingTable, customers: CustomerResult[]): AgingRowView[] {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const rows = Object.entries(aging.byCustomer)
    .filter(
      ([, row]) =>
        row.net !== 0 || row.amounts.some((amount) => amount !== 0) || row.unapplied !== 0
    )
    .map(([id, row]) => ({
      kind: "customer" as const,
      id,
      name: names.get(id) ?? "",
      amounts: row.amounts,
      unapplied: row.unapplied,
      net: row.net,
      averageAgeDays: row.averageAgeDays,
    }))
    .sort(byRisk);
  return [
    ...rows,
    {
      kind: "total",
      amounts: aging.totals,
      unapplied: aging.unapplied,
      net: aging.net,
      averageAgeDays: aging.averageAgeDays,
    },
    { kind: "share", shares: aging.shares },
  ];
}

/** The most money in the oldest bucket first, then the next oldest, then the total, then the id. */
function byRisk(
  a: { amounts: Minor[]; net: Minor; id: string },
  b: { amounts: Minor[]; net: Minor; id: string }
): number {
  for (let bucket = a.amounts.length - 1; bucket >= 0; bucket -= 1) {
    const difference = (b.amounts[bucket] ?? 0) - (a.amounts[bucket] ?? 0);
    if (difference !== 0) return difference;
  }
  return b.net - a.net || a.id.localeCompare(b.id);
}
