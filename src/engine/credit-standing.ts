/**
 * How a customer's credit stands in practice, for words shown to people. The machine status
 * (OK / REDUCE / SUSPEND, CREDIT-POLICY.md §11) stays as the policy defines it; but an "OK"
 * customer in the band below the lowest score band (LOW_SCORE, or INSUFFICIENT_DATA) has limit 0
 * and terms 0 — cash on delivery only (§3) — and a green "OK" there would mislead. A limit of 0
 * for other causes (no orders in the base window, negative equity) keeps its terms: still OK.
 */
import type { CustomerResult, ReasonCode, Status } from "./types";

export type CreditStanding = Status | "NO_CREDIT";

/** Least severe first, the order summaries list them in. */
export const CREDIT_STANDINGS: readonly CreditStanding[] = ["OK", "NO_CREDIT", "REDUCE", "SUSPEND"];

/**
 * The standing each reason brings about by itself (§6 and §11 Adjustments, §3 Limit).
 * NEGATIVE_EQUITY sets the working-capital limit to 0 but changes no status: it stays under OK.
 */
export const REASON_EFFECT: Readonly<Record<ReasonCode, CreditStanding>> = {
  OVERDUE_60: "REDUCE",
  OVERDUE_90: "SUSPEND",
  BAD_PAYMENTS: "REDUCE",
  BAD_PAYMENTS_SEVERE: "SUSPEND",
  INACTIVE_3M: "REDUCE",
  INACTIVE_6M: "SUSPEND",
  MANUAL_SUSPEND: "SUSPEND",
  LOW_SCORE: "NO_CREDIT",
  INSUFFICIENT_DATA: "NO_CREDIT",
  NEGATIVE_EQUITY: "OK",
  BROKEN_PROMISES: "REDUCE",
  BROKEN_PROMISES_SEVERE: "SUSPEND",
};

export function creditStanding(
  customer: Pick<CustomerResult, "status" | "reasons">
): CreditStanding {
  if (
    customer.status === "OK" &&
    customer.reasons.some((code) => REASON_EFFECT[code] === "NO_CREDIT")
  )
    return "NO_CREDIT";
  return customer.status;
}

/** The customer's reasons that brought about its standing (a suspended customer's LOW_SCORE did not). */
export function reasonsOfStanding(
  customer: Pick<CustomerResult, "status" | "reasons">
): ReasonCode[] {
  const standing = creditStanding(customer);
  return customer.reasons.filter((code) => REASON_EFFECT[code] === standing);
}
