/** Portfolio measures: ABC, core customers, DSO (CREDIT-POLICY.md §9, §11 Portfolio). */
import { addDays } from "./serial-date";
import { serialFromYmd, ymdFromSerial } from "./dates";
import type { Policy } from "./policy";
import type { Minor, SerialDate } from "./types";

export type AbcClass = "A" | "B" | "C";

/**
 * For each entry, the cumulative share of the positive values ranked before it (values
 * descending, ties by id ascending), as a share of the sum of positive values; null for a value
 * ≤ 0, which never ranks. Sorts the entries (customers), never the rows.
 */
export function sharesBefore(values: Minor[], ids: string[]): (number | null)[] {
  const ranked: number[] = [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] > 0) {
      ranked.push(i);
      total += values[i];
    }
  }
  ranked.sort((a, b) => values[b] - values[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const shares: (number | null)[] = new Array(values.length).fill(null);
  let before = 0;
  for (const index of ranked) {
    shares[index] = before / total;
    before += values[index];
  }
  return shares;
}

/** A if the customers before it hold < 80 % of sales, B if < 95 %, else C; no sales → C. */
export function abcClassFor(shareBefore: number | null, policy: Policy): AbcClass {
  if (shareBefore === null) return "C";
  if (shareBefore < policy.portfolio.abcAShare) return "A";
  if (shareBefore < policy.portfolio.abcBShare) return "B";
  return "C";
}

/** Core: within the first 70 % of the last years' sales by the same rule, or marked long-standing. */
export function isCoreCustomer(
  shareBefore: number | null,
  longStanding: boolean,
  policy: Policy
): boolean {
  return longStanding || (shareBefore !== null && shareBefore < policy.portfolio.coreShare);
}

/** DSO = net open / sales of the window × days of the window; null without positive sales. */
export function simpleDso(netOpen: Minor, sales: Minor, windowDays: number): number | null {
  if (sales <= 0) return null;
  return (netOpen / sales) * windowDays;
}

/** The first day of the calendar month of a serial date. */
export function monthStartOf(serial: SerialDate): SerialDate {
  const { year, month } = ymdFromSerial(serial);
  return serialFromYmd(year, month, 1);
}

/**
 * Countback DSO: the net open amount is matched against sales month by month, newest first
 * (the as-of month up to the as-of date, then whole calendar months); each month it covers
 * adds its days, the month where it runs out adds the covered fraction of its days.
 * `dailySales[k]` holds the sales invoiced k days before the as-of date. A month with net sales
 * ≤ 0 covers nothing and adds its days. When history runs out first, the days of all of it.
 */
export function countbackDso(
  netOpen: Minor,
  dailySales: Float64Array,
  asOf: SerialDate,
  oldestOffset: number
): number | null {
  if (netOpen <= 0) return 0;
  // A share of sales, compared and divided: a plain number, not an amount kept in a result.
  let remaining: number = netOpen;
  let days = 0;
  let periodEnd = asOf;
  while (asOf - periodEnd <= oldestOffset) {
    const periodStart = monthStartOf(periodEnd);
    let monthSales = 0;
    const lastOffset = Math.min(asOf - periodStart, dailySales.length - 1);
    for (let offset = asOf - periodEnd; offset <= lastOffset; offset++)
      monthSales += dailySales[offset];
    const periodDays = periodEnd - periodStart + 1;
    if (monthSales > 0 && remaining <= monthSales)
      return days + (remaining / monthSales) * periodDays;
    if (monthSales > 0) remaining -= monthSales;
    days += periodDays;
    periodEnd = addDays(periodStart, -1);
  }
  return days > 0 ? days : null;
}
