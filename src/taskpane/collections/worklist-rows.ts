/**
 * The collection worklist as rows for the pane: every customer with something to do, the
 * highest priority first (ties by id, so the order never depends on the sheet's row order).
 */
import { creditStanding, type CreditStanding } from "../../engine/credit-standing";
import type {
  CustomerResult,
  Grade,
  LastContact,
  Minor,
  NextAction,
  PromiseOutcome,
  SerialDate,
} from "../../engine/types";

export interface WorklistRow {
  id: string;
  name: string;
  priority: number;
  nextAction: NextAction;
  nextActionDue: SerialDate | null;
  overdueAmount: Minor;
  disputedAmount: Minor;
  promise: PromiseOutcome | null;
  brokenPromises3m: number;
  lastContact: LastContact | null;
  grade: Grade | null;
  standing: CreditStanding;
}

/** Empty when the review had no collection data (no customer carries a collection line). */
export function worklistRows(customers: readonly CustomerResult[]): WorklistRow[] {
  const rows: WorklistRow[] = [];
  for (const customer of customers) {
    const line = customer.collection;
    if (line === undefined || line.nextAction === "NONE") continue;
    rows.push({
      id: customer.id,
      name: customer.name,
      priority: line.priority,
      nextAction: line.nextAction,
      nextActionDue: line.nextActionDue,
      overdueAmount: customer.overdueAmount,
      disputedAmount: line.disputedAmount,
      promise: line.promise,
      brokenPromises3m: line.brokenPromises3m,
      lastContact: line.lastContact,
      grade: customer.grade,
      standing: creditStanding(customer),
    });
  }
  return rows.sort((a, b) => b.priority - a.priority || compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
