/**
 * Words the output plan writes into the workbook, in one language. The caller gets them from
 * `src/i18n/` for the chosen locale; machine values (reason codes, bucket keys, output column
 * keys) never depend on them, so a re-run in another language finds its own output again.
 */
import type { CreditStanding } from "../engine/credit-standing";
import type { CollectionAction, DebtClass, ReasonCode } from "../engine/types";

export const CUSTOMER_OUTPUT_KEYS = [
  "score",
  "grade",
  "creditLimit",
  "termsDays",
  "exposure",
  "available",
  "maxDaysOverdue",
  "overdueAmount",
  "status",
  "reasons",
  "approvalLevel",
  "abc",
  "collectionAction",
] as const;
export type CustomerOutputKey = (typeof CUSTOMER_OUTPUT_KEYS)[number];

export const RECEIVABLE_OUTPUT_KEYS = [
  "daysOverdue",
  "agingBucket",
  "overdueFlag",
  "collectionAction",
  "debtClass",
] as const;
export type ReceivableOutputKey = (typeof RECEIVABLE_OUTPUT_KEYS)[number];

export interface OutputLabels {
  locale: string;
  customerColumns: Record<CustomerOutputKey, string>;
  receivableColumns: Record<ReceivableOutputKey, string>;
  /** Status words: the machine statuses, and NO_CREDIT for an OK status with a limit of 0. */
  status: Record<CreditStanding, string>;
  reasons: Record<ReasonCode, string>;
  actions: Record<CollectionAction, string>;
  debtClasses: Record<DebtClass, string>;
  /** "Not due" label; the other bucket labels are numeric ranges built from the edges. */
  notDue: string;
  yes: string;
  no: string;
  /** `policy`: the sheet recording the policy a review used; a default English name when absent. */
  sheets: {
    aging: string;
    creditLog: string;
    creditChanges: string;
    policy?: string;
    /** The history of review snapshots; a default English name when absent. */
    agingHistory?: string;
    /** Trends over the reviews and the grade migration; a default English name when absent. */
    trends?: string;
    /** The loss-allowance matrix; a default English name when absent. */
    lossAllowance?: string;
  };
  aging: {
    customerId: string;
    customerName: string;
    unapplied: string;
    total: string;
    averageAgeDays: string;
    share: string;
    totalRow: string;
    chartTitle: string;
    /** Title above the table; the sheet name when absent. */
    title?: string;
    /** "As of" before the review date; `log.reviewDate` when absent. */
    asOf?: string;
  };
  log: {
    reviewDate: string;
    policyVersion: string;
    customerId: string;
    customerName: string;
    score: string;
    grade: string;
    creditLimit: string;
    termsDays: string;
    status: string;
    reasons: string;
    /** Headers of the status and reason code columns; English words when absent. */
    statusCode?: string;
    reasonCodes?: string;
  };
  changes: {
    customerId: string;
    customerName: string;
    previousReview: string;
    previousGrade: string;
    newGrade: string;
    previousLimit: string;
    newLimit: string;
    previousTerms: string;
    newTerms: string;
    change: string;
    reasons: string;
    raised: string;
    lowered: string;
    unchanged: string;
    newCustomer: string;
    /** Title above the table; the sheet name when absent. */
    title?: string;
    /** The line written when no limit or terms changed; `unchanged` when absent. */
    noChanges?: string;
  };
  /** Title and headers of the Aging History sheet; English defaults when absent. */
  history?: {
    title: string;
    reviewDate: string;
    customerId: string;
    grade: string;
    score: string;
    creditLimit: string;
    statusCode: string;
    dead: string;
    dso: string;
    dsoCountback: string;
    edges: string;
  };
  /** Title and words of the Trends sheet; English defaults when absent. */
  trends?: {
    title: string;
    reviewDate: string;
    open: string;
    overdueShare: string;
    top10Share: string;
    herfindahl: string;
    dso: string;
    dsoCountback: string;
    chartTitle: string;
    /** Followed by the two review dates in the next cells. */
    migrationTitle: string;
    migrationCounts: string;
    migrationAmounts: string;
    noPreviousReview: string;
    newCustomer: string;
    gone: string;
    ungraded: string;
  };
  /** Title and words of the Loss Allowance sheet; English defaults when absent. */
  lossAllowance?: {
    title: string;
    asOf: string;
    method: string;
    methodRollRates: string;
    methodFloors: string;
    /** Followed by the count of reviews on file and the policy's minimum in the next cells. */
    reviewsOnFile: string;
    reviewsUsed: string;
    bucketsUnmatched: string;
    bucket: string;
    gross: string;
    dead: string;
    rollRate: string;
    chained: string;
    floor: string;
    adjustment: string;
    lossRate: string;
    allowance: string;
    total: string;
    byCustomer: string;
    customerId: string;
  };
  /**
   * Words beside the keys of the policy sheet: `templates` by key pattern (positions and factor
   * keys as "*"; `{n}` the position, `{factor}` the factor's name from `factors`). Absent: the
   * sheet shows the keys only.
   */
  policyKeys?: {
    header: string;
    templates: Record<string, string>;
    factors: Record<string, string>;
  };
}
