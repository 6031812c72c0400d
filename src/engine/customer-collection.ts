/**
 * A customer's line of the collection worklist: its priority, the next action and the day it
 * became due, what is disputed, the latest promise, broken promises and the last contact.
 */
import { addMinor, ZERO_MINOR } from "./money";
import { addDays } from "./serial-date";
import type { CustomerCollectionFacts } from "./collection-pass";
import { collectionPriority } from "./collection-priority";
import type { Policy } from "./policy";
import type {
  CollectionsTotals,
  CustomerCollection,
  CustomerResult,
  NextAction,
  SerialDate,
} from "./types";

/** The lowest days overdue of the ladder step reached at `days`. */
function stepStartDays(days: number, policy: Policy): number {
  let start = days;
  for (const step of policy.collection) {
    if (days < step.minDays) break;
    start = step.minDays;
  }
  return start;
}

function nextStep(
  result: CustomerResult,
  facts: CustomerCollectionFacts,
  asOf: SerialDate,
  policy: Policy
): { nextAction: NextAction; nextActionDue: SerialDate | null } {
  if (result.collectionAction !== "NONE" && facts.ladderDays !== null) {
    // The oldest invoice on the ladder reached the step `ladderDays − start` days ago.
    const due = addDays(asOf, stepStartDays(facts.ladderDays, policy) - facts.ladderDays);
    return { nextAction: result.collectionAction, nextActionDue: due };
  }
  if (facts.openPromiseDeadline !== null)
    return { nextAction: "CHECK_PROMISE", nextActionDue: facts.openPromiseDeadline };
  if (facts.disputedAmount > 0) return { nextAction: "RESOLVE_DISPUTE", nextActionDue: null };
  return { nextAction: "NONE", nextActionDue: null };
}

export function customerCollection(
  result: CustomerResult,
  facts: CustomerCollectionFacts,
  asOf: SerialDate,
  policy: Policy
): CustomerCollection {
  return {
    priority: collectionPriority(
      facts.undisputedOverdue,
      facts.oldestUndisputedOverdueDays,
      result.grade,
      policy
    ),
    ...nextStep(result, facts, asOf, policy),
    disputedAmount: facts.disputedAmount,
    promise: facts.latestPromise,
    brokenPromises3m: facts.brokenPromises,
    lastContact: facts.lastContact,
  };
}

/** The worklist's totals over the customers' collection lines. */
export function collectionsTotals(
  customers: readonly CustomerResult[],
  facts: ReadonlyMap<string, CustomerCollectionFacts>
): CollectionsTotals {
  const totals: CollectionsTotals = {
    customers: 0,
    overdueAmount: ZERO_MINOR,
    disputedAmount: ZERO_MINOR,
    promisedAmount: ZERO_MINOR,
  };
  for (const customer of customers) {
    const line = customer.collection;
    if (line === undefined) continue;
    if (line.nextAction !== "NONE") totals.customers++;
    totals.overdueAmount = addMinor(totals.overdueAmount, customer.overdueAmount);
    totals.disputedAmount = addMinor(totals.disputedAmount, line.disputedAmount);
    const promised = facts.get(customer.id)?.openPromisedAmount;
    if (promised !== undefined) totals.promisedAmount = addMinor(totals.promisedAmount, promised);
  }
  return totals;
}
