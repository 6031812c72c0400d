/** Everything a review derives once from the as-of date and the policy, before touching rows. */
import { inactivityCutoffs, type InactivityCutoffs } from "./adjustments";
import { edate } from "./dates";
import type { Policy } from "./policy";
import type { SerialDate } from "./types";

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
}

export function reviewContext(
  asOf: SerialDate,
  policy: Policy,
  hasOrdersSheet: boolean
): ReviewContext {
  return {
    asOf,
    policy,
    edges: policy.aging.edges,
    bucketCount: policy.aging.edges.length + 1,
    agingByInvoiceDate: policy.aging.basis === "invoiceDate",
    baseWindowStart: edate(asOf, -policy.limit.baseWindowMonths),
    salesWindowStart: asOf - policy.portfolio.salesWindowDays,
    coreWindowStart: edate(asOf, -policy.portfolio.coreYears * MONTHS_PER_YEAR),
    inactivity: inactivityCutoffs(asOf, policy),
    hasOrdersSheet,
  };
}
