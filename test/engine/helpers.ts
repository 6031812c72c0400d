/** Builders for engine tests: money in currency units → minor units, ISO dates → serials. */
import { serialFromIso } from "../../src/engine/dates";
import { roundMinor } from "../../src/engine/money";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policy-validation";
import {
  FACTOR_KEYS,
  type Customer,
  type FactorKey,
  type Minor,
  type Order,
  type Receivable,
  type SerialDate,
} from "../../src/engine/types";

/** Currency units → minor units (cents) under the default policy. */
export const units = (amount: number): Minor => roundMinor(amount * DEFAULT_POLICY.minorPerUnit);
export const day = serialFromIso;

/** A deep copy of the default policy, changed by `edit`. */
export function policyWith(edit: (p: Policy) => void): Policy {
  const copy = structuredClone(DEFAULT_POLICY);
  edit(copy);
  return copy;
}

/** Every factor rated the same. */
export function allRated(rating: number): Partial<Record<FactorKey, number>> {
  return Object.fromEntries(FACTOR_KEYS.map((key) => [key, rating]));
}

export function customer(id: string, overrides: Partial<Customer> = {}): Customer {
  return { id, name: `Customer ${id}`, ratings: {}, financials: {}, ...overrides };
}

export function invoice(
  customerId: string,
  invoiceNo: string,
  fields: Partial<Receivable> & { invoiceDate: SerialDate; amount: Minor }
): Receivable {
  return { customerId, invoiceNo, ...fields };
}

export function order(
  customerId: string,
  orderDate: SerialDate,
  amount: Minor,
  shipped = true
): Order {
  return { customerId, orderDate, amount, shipped };
}

/**
 * Each issue of a refused policy as "path CODE name=value …" (params in the validator's order),
 * short enough to check by hand against the policy; empty when the policy is accepted.
 */
export function policyIssuesOf(candidate: unknown): string[] {
  const result = validatePolicy(candidate);
  if (result.ok) return [];
  return result.issues.map((issue) =>
    [
      issue.place.path,
      issue.code,
      ...Object.entries(issue.params).map(([name, value]) => `${name}=${value}`),
    ].join(" ")
  );
}
