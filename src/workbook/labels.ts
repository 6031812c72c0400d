/**
 * Words the output plan writes into the workbook, in one language. The caller gets them from
 * `src/i18n/` for the chosen locale; machine values (reason codes, bucket keys, output column
 * keys) never depend on them, so a re-run in another language finds its own output again.
 */
import type { CreditStanding } from "../engine/credit-standing";
import type { CollectionAction, ContactAction, DebtClass, ReasonCode } from "../engine/types";

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
    /** The collection worklist and the printed letters; default English names when absent. */
    collections?: string;
    letters?: string;
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
    /** Headers of the status and reason code columns. */
    statusCode: string;
    reasonCodes: string;
    /** Headers of the columns that explain the next review's changes. */
    limitBase: string;
    baseSource: string;
    multiplier: string;
    bandMinScore: string;
    limitWorkingCapital: string;
    /** The word after a factor's name in the header of its rating column. */
    rating: string;
    /** Headers of the collection columns. */
    openPromise: string;
    brokenPromises3m: string;
    disputedInvoices: string;
    disputedAmount: string;
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
    /** Header of the column that explains each change; "Why" when absent. */
    why?: string;
  };
  /** Words of the phrases that explain a change (score-change-words.ts). */
  why: {
    points: string;
    reweighted: string;
    status: string;
    band: string;
    base: string;
    workingCapital: string;
    notRecorded: string;
  };
  /** Title and headers of the Aging History sheet. */
  history: {
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
  /** Title, headers and words of the Collections sheet. */
  collections: CollectionsWords;
  /** The contact actions of the Collection Log in words. */
  contactActions: Record<ContactAction, string>;
  /** Title of the Letters sheet and the line written when no customer is due a letter. */
  letters: { title: string; noLetters: string };
  /** Title and words of the Trends sheet. */
  trends: {
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
  /** Title and words of the Loss Allowance sheet. */
  lossAllowance: {
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
    /** Header of the roll rates' denominators. */
    rollRateBasis: string;
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

/** The Collections sheet's words: its title, the column headers, and the words of its cells. */
// A type, not an interface: the pseudo-locale maps it as a record of strings.
export type CollectionsWords = {
  title: string;
  customerId: string;
  customerName: string;
  nextAction: string;
  nextActionDue: string;
  today: string;
  overdueAmount: string;
  disputedAmount: string;
  promiseAmount: string;
  promiseDate: string;
  promiseStatus: string;
  lastContactDate: string;
  lastContactAction: string;
  lastContactPerson: string;
  contactPerson: string;
  email: string;
  phone: string;
  grade: string;
  status: string;
  priority: string;
  /** The next actions beyond the ladder's. */
  checkPromise: string;
  resolveDispute: string;
  promiseOpen: string;
  promiseKept: string;
  promiseBroken: string;
  /** The line written when no customer has anything to do. */
  nothingToDo: string;
};
