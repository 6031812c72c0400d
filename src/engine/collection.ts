/** The collection ladder (CREDIT-POLICY.md §8, §11 Collection action). */
import type { Policy } from "./policy";
import type { CollectionAction } from "./types";

/** The action of the last step (sorted by days) the days overdue reach; before the first → NONE. */
export function collectionActionFor(days: number, policy: Policy): CollectionAction {
  const steps = policy.collection;
  let action: CollectionAction = "NONE";
  for (let i = 0; i < steps.length; i++) {
    if (days < steps[i].minDays) break;
    action = steps[i].action;
  }
  return action;
}
