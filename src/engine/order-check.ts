/** Can a new order ship on credit? (CREDIT-POLICY.md §5). */
import type { Minor, OrderCheck } from "./types";

/**
 * HOLD when anything is overdue (it needs an exceptional approval whatever the limit);
 * CASH ONLY when exposure + order would exceed the limit; OK otherwise.
 */
export function orderCheck(
  limit: Minor,
  exposure: Minor,
  order: Minor,
  maxDaysOverdue: number
): OrderCheck {
  if (maxDaysOverdue > 0) return "HOLD";
  if (exposure + order > limit) return "CASH ONLY";
  return "OK";
}
