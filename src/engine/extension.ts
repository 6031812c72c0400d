/** Partial payment on an extension request (CREDIT-POLICY.md §8, from 001). */
import { EXTENSION_AMOUNT_NOT_POSITIVE, EngineError } from "./errors";
import type { Policy } from "./policy";
import type { Minor } from "./types";

export type ExtensionTreatment = "PENALTY_AND_INTEREST" | "INTEREST_ONLY";

/**
 * A customer asking for more time has paid `paid` of `amount`: below the policy's share (50 %)
 * the balance carries a penalty and interest, at or above it interest only.
 */
export function extensionTreatment(amount: Minor, paid: Minor, policy: Policy): ExtensionTreatment {
  if (!(amount > 0)) throw new EngineError(EXTENSION_AMOUNT_NOT_POSITIVE);
  return paid / amount < policy.extensionPaidShare ? "PENALTY_AND_INTEREST" : "INTEREST_ONLY";
}
