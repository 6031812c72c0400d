/** Everything a review derives once from the as-of date and the policy, before touching rows. */
import { addDays } from "./serial-date";
import { inactivityCutoffs, type InactivityCutoffs } from "./adjustments";
import { agingBucketIndex } from "./aging";
import { collectionActionFor } from "./collection";
import { edate } from "./dates";
import { DayTable } from "./day-table";
import { debtClassFor } from "./debt-class";
import { factorIndex } from "./score";
import type { Policy } from "./policy";
import type { CollectionAction, DebtClass, SerialDate } from "./types";

const MONTHS_PER_YEAR = 12;

export interface ReviewContext {
  asOf: SerialDate;
  policy: Policy;
  edges: number[];
  bucketCount: number;
  agingByInvoiceDate: boolean;
  /** Windows are (start, asOf]: a date counts when it is after the start. */
  baseWindowStart: SerialDate;
  salesWindowStart: SerialDate;
  coreWindowStart: SerialDate;
  inactivity: InactivityCutoffs;
  hasOrdersSheet: boolean;
  /** collectionActionFor and debtClassFor of the policy, as tables by days overdue. */
  /** agingBucketIndex over the policy's edges, as a table by days. */
  bucketByDays: DayTable<number>;
  actionByDays: DayTable<CollectionAction>;
  debtClassByDays: DayTable<DebtClass>;
  /** Position of each factor key in the policy's factor list. */
  factorPositions: Map<string, number>;
  /** Ratings of the customer being scored, by factor position; reused from one customer to the next. */
  scratch: { typed: (number | undefined)[]; derived: (number | undefined)[] };
}

/** The days just beyond every step of the two ladders, so that each table is constant past its ends. */
function ladderSpan(policy: Policy): { firstDay: number; lastDay: number } {
  const bounds = [0, ...policy.collection.map((step) => step.minDays)];
  for (const step of policy.debtClasses) if (step.maxDays !== null) bounds.push(step.maxDays);
  return { firstDay: Math.min(...bounds) - 1, lastDay: Math.max(...bounds) + 1 };
}

export function reviewContext(
  asOf: SerialDate,
  policy: Policy,
  hasOrdersSheet: boolean
): ReviewContext {
  const span = ladderSpan(policy);
  const edges = policy.aging.edges;
  return {
    asOf,
    policy,
    edges: policy.aging.edges,
    bucketCount: policy.aging.edges.length + 1,
    agingByInvoiceDate: policy.aging.basis === "invoiceDate",
    baseWindowStart: edate(asOf, -policy.limit.baseWindowMonths),
    salesWindowStart: addDays(asOf, -policy.portfolio.salesWindowDays),
    coreWindowStart: edate(asOf, -policy.portfolio.coreYears * MONTHS_PER_YEAR),
    inactivity: inactivityCutoffs(asOf, policy),
    hasOrdersSheet,
    bucketByDays: DayTable.of(edges[0] - 1, edges[edges.length - 1] + 1, (days) =>
      agingBucketIndex(days, edges)
    ),
    actionByDays: DayTable.of(span.firstDay, span.lastDay, (days) =>
      collectionActionFor(days, policy)
    ),
    debtClassByDays: DayTable.of(span.firstDay, span.lastDay, (days) => debtClassFor(days, policy)),
    factorPositions: factorIndex(policy.score.factors),
    scratch: { typed: [], derived: [] },
  };
}
