/** Debt class by days overdue (CREDIT-POLICY.md §8, §11 Debt class). */
import type { Policy } from "./policy";
import type { DebtClass } from "./types";

/** The class of the first step whose upper bound (inclusive) the days do not exceed. */
export function debtClassFor(days: number, policy: Policy): DebtClass {
  const steps = policy.debtClasses;
  for (let i = 0; i < steps.length; i++) {
    const maxDays = steps[i].maxDays;
    if (maxDays === null || days <= maxDays) return steps[i].debtClass;
  }
  return steps[steps.length - 1].debtClass;
}
