/**
 * A ledger in several currencies cannot give one total (BAD-INPUTS #30). The review's currency is
 * the policy's; when the policy names none, it is the ledger's main currency, the one of more
 * than half of its rows (a few stray rows in another currency are left out and reported one by
 * one, never summed). A ledger with no such currency stops the review with every currency named,
 * rather than keeping whichever came first and dropping most of the ledger.
 */
import type { Policy } from "../engine/policy";
import type { Receivable } from "../engine/types";

export interface CurrencyCount {
  currency: string;
  rows: number;
}

export interface MixedCurrencies {
  sheet: string;
  /** Every currency of the ledger, most rows first (ties by code). */
  currencies: CurrencyCount[];
}

export type LedgerCurrency =
  { ok: true; currency: string | null } | { ok: false; mixed: MixedCurrencies };

/**
 * The currency the review keeps: the policy's, else the one of more than half the rows that name
 * a currency, else null when no row names one. Several currencies and none above half: refused.
 */
export function ledgerCurrency(
  receivables: readonly Receivable[],
  sheet: string,
  policy: Pick<Policy, "currency">
): LedgerCurrency {
  if (policy.currency !== null) return { ok: true, currency: policy.currency };
  const rows = new Map<string, number>();
  for (const receivable of receivables) {
    const code = receivable.currency?.trim().toUpperCase();
    if (code === undefined || code === "") continue;
    rows.set(code, (rows.get(code) ?? 0) + 1);
  }
  const currencies = [...rows]
    .map(([currency, count]) => ({ currency, rows: count }))
    .sort((a, b) => b.rows - a.rows || (a.currency < b.currency ? -1 : 1));
  if (currencies.length === 0) return { ok: true, currency: null };
  let named = 0;
  for (const entry of currencies) named += entry.rows;
  if (currencies[0].rows * 2 > named) return { ok: true, currency: currencies[0].currency };
  return { ok: false, mixed: { sheet, currencies } };
}
