/** Order-based credit limit and payment terms by score band (CREDIT-POLICY.md §3, §11 Limit). */
import { minor, roundMinor, ZERO_MINOR } from "./money";
import type { LimitBand, Policy } from "./policy";
import type { Minor } from "./types";

// Read once: a CommonJS build (the command line, the benchmarks) turns each read of an imported
// binding into a property getter call, and these run for every customer.
const checkedMinor = minor;
const NO_MONEY = ZERO_MINOR;

/** Index of the band (highest first) the score falls in; null or below every band → the last. */
export function limitBandIndex(score: number | null, policy: Policy): number {
  const bands = policy.limit.bands;
  const lowest = bands.length - 1;
  if (score === null) return lowest;
  for (let i = 0; i < lowest; i++) {
    if (score >= bands[i].minScore) return i;
  }
  return lowest;
}

/** The limit band of a score; null (no score) → the lowest band (0 %, 0 days). */
export function limitBandFor(score: number | null, policy: Policy): LimitBand {
  return policy.limit.bands[limitBandIndex(score, policy)];
}

/** The band `steps` bands below the score's band, never below the lowest (§6 REDUCE). */
export function reducedBandFor(score: number | null, steps: number, policy: Policy): LimitBand {
  const bands = policy.limit.bands;
  return bands[Math.min(limitBandIndex(score, policy) + steps, bands.length - 1)];
}

/** The limit base: the orders of the window, or the fixed base of a new customer. */
export function limitBase(
  ordersInWindow: Minor | null,
  isNewCustomer: boolean,
  policy: Policy
): Minor {
  if (isNewCustomer || ordersInWindow === null) {
    return roundMinor(policy.limit.newCustomerBase * policy.minorPerUnit);
  }
  return ordersInWindow;
}

/**
 * An amount in minor units floored to the policy's rounding unit. The product is first
 * rounded to a whole minor unit so that 1.1 × 300,000 does not become 329,999.99… → 329,000.
 */
export function floorToRoundingUnit(amount: number, policy: Policy): Minor {
  const unit = Math.round(policy.limit.roundingUnit * policy.minorPerUnit);
  const whole = Math.round(amount);
  if (whole <= 0) return NO_MONEY;
  return checkedMinor(Math.floor(whole / unit) * unit);
}

/** Limit = base × the band's multiplier, floored to the rounding unit; never negative. */
export function limitFromBand(base: Minor, band: LimitBand, policy: Policy): Minor {
  return floorToRoundingUnit(base * band.multiplier, policy);
}

/** The order-based limit of a score on a base (§3). */
export function orderBasedLimit(score: number | null, base: Minor, policy: Policy): Minor {
  return limitFromBand(base, limitBandFor(score, policy), policy);
}

/** The maximum payment terms (days) of a score's band. */
export function termsForScore(score: number | null, policy: Policy): number {
  return limitBandFor(score, policy).termsDays;
}
