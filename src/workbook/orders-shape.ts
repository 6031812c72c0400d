/**
 * Whether a sheet looks like an orders sheet: its headers name an order date and an amount
 * (shipped may be asked for later). A payments list or a second ledger names a customer and a
 * date too, and taken for orders it would stop the review over a column it never had.
 */
import type { HeaderCandidate } from "./detect-table";

const ORDER_SHAPE_FIELDS = ["orderDate", "amount"] as const;

export function looksLikeOrders(candidate: HeaderCandidate | null): boolean {
  if (candidate === null) return false;
  const named = new Set<string>();
  for (const fields of candidate.matches.values()) for (const field of fields) named.add(field);
  return ORDER_SHAPE_FIELDS.every((field) => named.has(field));
}
