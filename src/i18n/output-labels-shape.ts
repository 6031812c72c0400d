/**
 * The shape of the words written into a workbook, written out here because this folder imports
 * nothing of ours. It mirrors `OutputLabels` of `src/workbook/labels.ts` exactly; a type test
 * under `test/i18n/` checks the two are assignable both ways, so a drift fails the build.
 */

/** The machine statuses, and NO_CREDIT: an OK status with a limit of 0 (cash only). */
export type StatusKey = "OK" | "REDUCE" | "SUSPEND" | "NO_CREDIT";

export type ReasonKey =
  | "OVERDUE_60"
  | "OVERDUE_90"
  | "BAD_PAYMENTS"
  | "BAD_PAYMENTS_SEVERE"
  | "INACTIVE_3M"
  | "INACTIVE_6M"
  | "MANUAL_SUSPEND"
  | "LOW_SCORE"
  | "INSUFFICIENT_DATA"
  | "NEGATIVE_EQUITY"
  | "BROKEN_PROMISES"
  | "BROKEN_PROMISES_SEVERE";

export type ActionKey =
  | "NONE"
  | "PHONE_REMINDER"
  | "FIRST_LETTER"
  | "SECOND_LETTER_STOP_SUPPLY"
  | "THIRD_LETTER"
  | "FOURTH_LETTER"
  | "COLLECTION_AGENCY"
  | "LEGAL_ACTION";

export type DebtClassKey = "CURRENT" | "IN_COLLECTION" | "DOUBTFUL" | "BAD" | "DEAD";

export type CustomerColumnKey =
  | "score"
  | "grade"
  | "creditLimit"
  | "termsDays"
  | "exposure"
  | "available"
  | "maxDaysOverdue"
  | "overdueAmount"
  | "status"
  | "reasons"
  | "approvalLevel"
  | "abc"
  | "collectionAction";

export type ReceivableColumnKey =
  "daysOverdue" | "agingBucket" | "overdueFlag" | "collectionAction" | "debtClass";

export interface OutputLabelsShape {
  locale: string;
  customerColumns: Record<CustomerColumnKey, string>;
  receivableColumns: Record<ReceivableColumnKey, string>;
  status: Record<StatusKey, string>;
  reasons: Record<ReasonKey, string>;
  actions: Record<ActionKey, string>;
  debtClasses: Record<DebtClassKey, string>;
  notDue: string;
  yes: string;
  no: string;
  /** `policy`: the sheet recording the policy each review used (optional like the contract; every locale fills it). */
  sheets: {
    aging: string;
    creditLog: string;
    creditChanges: string;
    policy?: string;
    /** The history of review snapshots (optional like the contract; every locale fills it). */
    agingHistory?: string;
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
    /** Headers of the status and reason code columns (codes a later review reads back). */
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
  };
  /** Headers of the Aging History sheet (optional like the contract; every locale fills it). */
  history?: AgingHistoryWords;
  /** Words beside the keys of the policy sheet (optional like the contract; every locale fills it). */
  policyKeys?: PolicyKeyWords;
}

/** Title and headers of the Aging History sheet; the bucket headers are the aging labels. */
export type AgingHistoryWords = Record<
  | "title"
  | "reviewDate"
  | "customerId"
  | "grade"
  | "score"
  | "creditLimit"
  | "statusCode"
  | "dead"
  | "dso"
  | "dsoCountback"
  | "edges",
  string
>;

/** Words for the keys of the policy sheet, per locale as stored. */
export interface PolicyKeyTexts {
  /** Header of the column of words beside the keys. */
  header: string;
  /** Key pattern (positions and factor keys as "*") → words; `{n}` the position, `{factor}` the factor's name. */
  templates: Record<string, string>;
}

/** As a review gets them: with the factors' names of the same language. */
export interface PolicyKeyWords extends PolicyKeyTexts {
  factors: Record<string, string>;
}

/**
 * One locale's texts as stored: the reasons are templates whose `{days}`, `{count}`,
 * `{months}`, `{score}` and `{percent}` are filled from the policy the review ran with.
 */
export type OutputLabelTexts = Omit<OutputLabelsShape, "locale">;
