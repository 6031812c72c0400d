/** Who must sign off a limit, by its size (CREDIT-POLICY.md §4). */
import type { Policy } from "./policy";
import type { Minor } from "./types";

/**
 * The level (1..6 by default) of the first step whose upper bound (inclusive, currency units)
 * the limit does not exceed. Compared in minor units, so 1,500,000.01 is already level 2.
 */
export function approvalLevel(limit: Minor, policy: Policy): number {
  const levels = policy.approvalLevels;
  for (let i = 0; i < levels.length; i++) {
    const maxLimit = levels[i].maxLimit;
    if (maxLimit === null || limit <= maxLimit * policy.minorPerUnit) return levels[i].level;
  }
  return levels[levels.length - 1].level;
}
