/**
 * The domain: what the engine reads and what a review returns.
 *
 * Conventions shared by every engine file:
 * - Dates are Excel serial day numbers in the 1900 date system (`SerialDate`), whole days.
 * - Money is an integer count of minor units (`Minor`, e.g. cents). It is converted to and
 *   from currency units only at the edges (workbook parsing, output plan, custom functions).
 * - Machine values (reason codes, bucket keys, action keys) are stable English identifiers;
 *   words shown to people come from `src/i18n/`.
 */

// Branded so that money, dates and plain numbers cannot be mixed by accident; made only by
// the constructors of money.ts and serial-date.ts.
import type { Minor } from "./money";
import type { SerialDate } from "./serial-date";
export type { Minor, SerialDate };

/** The 18 factors of the default model (CREDIT-POLICY.md §1), in the policy's order. */
export const FACTOR_KEYS = [
  "paymentRecord",
  "bankCredit",
  "profitability",
  "solvency",
  "operatingCapacity",
  "capitalSize",
  "firstImpression",
  "history",
  "organisation",
  "operatingStatus",
  "productMarket",
  "prospects",
  "dealMargin",
  "productRequirements",
  "marketAppeal",
  "competitiveness",
  "guarantee",
  "substitutability",
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

export type FactorGroup = "creditFinancial" | "customerOwn" | "priority";

export type Grade = "A" | "B" | "C" | "D";

export type Status = "OK" | "REDUCE" | "SUSPEND";

export const REASON_CODES = [
  "OVERDUE_60",
  "OVERDUE_90",
  "BAD_PAYMENTS",
  "BAD_PAYMENTS_SEVERE",
  "INACTIVE_3M",
  "INACTIVE_6M",
  "MANUAL_SUSPEND",
  "LOW_SCORE",
  "INSUFFICIENT_DATA",
  "NEGATIVE_EQUITY",
  "BROKEN_PROMISES",
  "BROKEN_PROMISES_SEVERE",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const COLLECTION_ACTIONS = [
  "NONE",
  "PHONE_REMINDER",
  "FIRST_LETTER",
  "SECOND_LETTER_STOP_SUPPLY",
  "THIRD_LETTER",
  "FOURTH_LETTER",
  "COLLECTION_AGENCY",
  "LEGAL_ACTION",
] as const;
export type CollectionAction = (typeof COLLECTION_ACTIONS)[number];

/** Languages the policy's letter templates are written in (the UI's locales). */
export const LETTER_LANGUAGES = ["en-US", "zh-CN", "zh-TW"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export const DEBT_CLASSES = ["CURRENT", "IN_COLLECTION", "DOUBTFUL", "BAD", "DEAD"] as const;
export type DebtClass = (typeof DEBT_CLASSES)[number];

export type OrderCheck = "OK" | "CASH ONLY" | "HOLD";

/** Warning signs that are flagged but do not change the score (§1, last paragraph). */
export const WARNING_CODES = [
  "HIGH_FINANCE_CHARGES",
  "YOUNG_COMPANY",
  "HIGH_RECEIVABLES",
  "HIGH_INVENTORY",
  "HIGH_FIXED_ASSETS",
  "THIN_EQUITY",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Where a domain row came from, so that problems can name the sheet, row and column. */
export interface SourceRef {
  sheet: string;
  /** 1-based worksheet row number. */
  row: number;
}

/**
 * How much a problem matters: error, the row (or sheet) is left out of the totals it would
 * falsify; warning, the row is used with a value assumed, rounded or not used; info, nothing is
 * wrong and the review shows it apart (an unapplied credit).
 */
export type Severity = "error" | "warning" | "info";

/** Where a person should look: the workbook names it by cell and header, the engine by field. */
export interface ProblemPlace {
  sheet: string;
  /** 1-based worksheet row, or null when the problem concerns the whole sheet. */
  row: number | null;
  /** A1 address such as "F12", or null when not about one cell (or not yet known). */
  cell: string | null;
  /** The header above the cell, or null when there is none (or not yet known). */
  header: string | null;
  /** The domain field (e.g. "customerId") when the engine found it, else null. */
  field: string | null;
}

/**
 * A problem found in the input: reported, never turned into a silently wrong number. It is data
 * only: the language layer words it from its code, place, value and params.
 */
export interface Problem {
  /** Stable machine code (e.g. "UNKNOWN_CUSTOMER"). */
  code: string;
  /** Set where the problem is made, from its code (and the reader's consequence). */
  severity: Severity;
  place: ProblemPlace;
  value: string | null;
  /**
   * What the sentence says beyond the place (another row, a limit, the variant of the sentence),
   * so that it can be worded in the reader's language; empty when the place says it all.
   */
  params: Record<string, string | number>;
}

/** Balance sheet and income figures in currency units (ratios only, never summed as money). */
export interface Financials {
  currentAssets?: number;
  inventory?: number;
  currentLiabilities?: number;
  totalAssets?: number;
  totalLiabilities?: number;
  equity?: number;
  sales?: number;
  netProfit?: number;
  interestCharges?: number;
  receivables?: number;
  fixedAssets?: number;
}

export interface Customer {
  /** Trimmed text; leading zeros kept. */
  id: string;
  name: string;
  /** Typed ratings on 0..ratingMax; a missing key means "not rated". */
  ratings: Partial<Record<FactorKey, number>>;
  financials: Financials;
  yearsInBusiness?: number;
  /** Used only when there is no orders sheet (§11 Exposure). */
  unshippedOrders?: Minor;
  badPayments3m?: number;
  isNewCustomer?: boolean;
  /** Marked by hand: bankrupt, changed business, assets frozen (§6). */
  manualSuspend?: boolean;
  /** Long-standing mark for core customers (§9). */
  longStanding?: boolean;
  /** Who to contact about collection, and in which language letters go out. */
  contact?: CustomerContact;
  source?: SourceRef;
}

export interface Receivable {
  customerId: string;
  invoiceNo: string;
  invoiceDate: SerialDate;
  dueDate?: SerialDate;
  termsDays?: number;
  amount: Minor;
  /** Blank paid amount = 0 (§11). */
  paid?: Minor;
  paidDate?: SerialDate;
  currency?: string;
  /** Marked disputed on the receivables sheet; a later Collection Log line may close it. */
  disputed?: boolean;
  disputeReason?: string;
  /** A promise to pay this invoice in full by this date (no amount, no date it was made). */
  promisedDate?: SerialDate;
  source?: SourceRef;
}

export interface Order {
  customerId: string;
  orderDate: SerialDate;
  amount: Minor;
  shipped: boolean;
  source?: SourceRef;
}

export interface ReviewInput {
  customers: Customer[];
  receivables: Receivable[];
  /** Undefined when the workbook has no orders sheet. */
  orders?: Order[];
  /** Problems already found while reading (passed through into the result). */
  problems?: Problem[];
  /**
   * The ledger's main currency, kept when the policy names none; rows in another currency are
   * left out and reported. Undefined: the first currency seen.
   */
  currency?: string;
  /**
   * The Collection Log's lines (dated ≤ as-of or not; later ones are left out). Undefined and no
   * dispute or promise on a receivable: the review computes no collection facts at all.
   */
  collectionLog?: CollectionLogEntry[];
}

export interface FactorLine {
  key: FactorKey;
  group: FactorGroup;
  weight: number;
  /** The rating used, or null when missing. */
  rating: number | null;
  source: "typed" | "derived" | "missing";
  /** weight × rating / ratingMax, or 0 when missing: shown to people; the score is computed
   * from the weights and ratings in one division, not by adding these. */
  points: number;
}

export interface ScoreResult {
  /** 0..100 re-normalised over the rated weight, unrounded; null when nothing is rated. */
  score: number | null;
  /** Rated weight / total weight, 0..1. */
  coverage: number;
  lines: FactorLine[];
}

/** The limit calculation step by step, so a person can check it. */
export interface LimitExplanation {
  base: Minor;
  baseSource: "orders" | "newCustomer";
  /** How many orders (dated in the base window) make up the base; 0 without an orders sheet. */
  ordersInWindow: number;
  multiplier: number;
  bandMinScore: number | null;
  limitOrderBased: Minor;
  /** null when the working-capital model does not apply. */
  limitWorkingCapital: Minor | null;
  workingCapitalE: number | null;
  workingCapitalRate: number | null;
  workingAssets: number | null;
  /** Before REDUCE / SUSPEND. */
  limitBeforeAdjustment: Minor;
  termsBeforeAdjustment: number;
}

export interface PaymentBehaviour {
  paidInvoices: number;
  onTimeShare: number | null;
  meanDaysBeyondTerms: number | null;
  /** exposure / limit, null when the limit is 0. */
  limitUtilisation: number | null;
  overLimit: boolean;
  overdueInvoices: number;
  /** Mean days from invoice to full payment, over invoices fully paid by the as-of date. */
  meanDaysToPay?: number | null;
  /** meanDaysToPay / the terms granted (final terms); null when no terms are granted or nothing was paid. */
  termsUtilisation?: number | null;
}

export interface CustomerResult {
  id: string;
  name: string;
  score: number | null;
  coverage: number;
  grade: Grade | null;
  /** C or D: contracts need the general manager's sales-risk sign-off (§2). */
  needsGmSignOff: boolean;
  /** One line per factor of the policy. Equal lines are shared between customers and frozen: read-only. */
  factors: FactorLine[];
  limitOrderBased: Minor;
  limitWorkingCapital: Minor | null;
  limit: Minor;
  termsDays: number;
  approvalLevel: number;
  explanation: LimitExplanation;
  exposure: Minor;
  available: Minor;
  /** Net open amount (positive open minus unapplied credits). */
  openAmount: Minor;
  overdueAmount: Minor;
  maxDaysOverdue: number;
  status: Status;
  reasons: ReasonCode[];
  abc: "A" | "B" | "C";
  core: boolean;
  collectionAction: CollectionAction;
  debtClass: DebtClass;
  /** Sales of the ABC / DSO window (§11 Portfolio). */
  sales: Minor;
  lastBusinessDate: SerialDate | null;
  paymentBehaviour: PaymentBehaviour;
  warnings: WarningCode[];
  /** Present when the review had collection data (a Collection Log, disputes or promises). */
  collection?: CustomerCollection;
  source?: SourceRef;
}

export interface ReceivableResult {
  /** Index into ReviewInput.receivables. */
  index: number;
  customerId: string;
  invoiceNo: string;
  dueDate: SerialDate;
  open: Minor;
  /** As-of date − due date; null when nothing is owed (open ≤ 0): a paid invoice has no age. */
  daysOverdue: number | null;
  /** Index into AgingTable.buckets; -1 when open ≤ 0 (unapplied credit or settled). */
  bucket: number;
  /** False when nothing is owed; the plan leaves it blank then. */
  overdue: boolean;
  /** null when nothing is owed (open ≤ 0). */
  collectionAction: CollectionAction | null;
  /** null when nothing is owed (open ≤ 0). */
  debtClass: DebtClass | null;
  /** True when the invoice is in dispute: aged, but off the collection ladder and overdue rules. */
  disputed?: boolean;
  /** True when an open promise to pay covers the invoice: off the ladder until its grace ends. */
  promised?: boolean;
  source?: SourceRef;
}

export interface AgingRow {
  /** Positive open amounts per bucket; Σ amounts + unapplied = net. */
  amounts: Minor[];
  unapplied: Minor;
  net: Minor;
  averageAgeDays: number | null;
}

export interface AgingTable {
  /** Bucket labels, e.g. ["Not due","1-30","31-60","61-90","91-180",">180"]. */
  buckets: string[];
  totals: Minor[];
  unapplied: Minor;
  net: Minor;
  /** Share of each bucket in Σ buckets (0..1). */
  shares: number[];
  averageAgeDays: number | null;
  byCustomer: Record<string, AgingRow>;
}

export interface Portfolio {
  dso: number | null;
  dsoCountback: number | null;
  meanAgreedTermsDays: number | null;
  /** Credit sales of the 365-day window. */
  sales: Minor;
  netOpen: Minor;
}

export interface ReviewResult {
  asOf: SerialDate;
  policyVersion: string;
  customers: CustomerResult[];
  receivables: ReceivableResult[];
  aging: AgingTable;
  portfolio: Portfolio;
  /** Present when the review had collection data. */
  collections?: CollectionsTotals;
  problems: Problem[];
}

/* ---- Collections: disputes, promises to pay, the worklist ---- */

/** What was done on a Collection Log line. */
export const CONTACT_ACTIONS = ["CALL", "EMAIL", "LETTER", "VISIT", "AGENCY", "LEGAL"] as const;
export type ContactAction = (typeof CONTACT_ACTIONS)[number];

export interface CustomerContact {
  person?: string;
  email?: string;
  phone?: string;
  address?: string;
  letterLanguage?: LetterLanguage;
}

/** One line of the Collection Log. A blank invoice number concerns the whole customer. */
export interface CollectionLogEntry {
  date: SerialDate;
  customerId: string;
  invoiceNo?: string;
  action?: ContactAction;
  person?: string;
  promisedDate?: SerialDate;
  /** Blank: the open amount of what the promise covers. */
  promisedAmount?: Minor;
  /** Yes opens a dispute, no closes it; blank says nothing about disputes. */
  disputed?: boolean;
  disputeReason?: string;
  notes?: string;
  source?: SourceRef;
}

/** Open: its grace has not ended and it is not yet paid; kept or broken once decided. */
export type PromiseStatus = "open" | "kept" | "broken";

export interface PromiseOutcome {
  customerId: string;
  /** null: the whole customer. */
  invoiceNo: string | null;
  /** The log line's date; null for a promised date typed on the receivables sheet. */
  madeOn: SerialDate | null;
  promisedDate: SerialDate;
  /** The last day payments count: promised date + grace. */
  deadline: SerialDate;
  amount: Minor;
  /** Payments on the promised invoices since the promise, up to the deadline and the as-of date. */
  paid: Minor;
  status: PromiseStatus;
}

/** The worklist's next step for a customer. */
export type NextAction = CollectionAction | "CHECK_PROMISE" | "RESOLVE_DISPUTE";

export interface LastContact {
  date: SerialDate;
  action: ContactAction | null;
  person: string | null;
}

export interface CustomerCollection {
  /** Overdue amount (disputes left out, minor units) × age factor × grade factor; 0 when nothing is due. */
  priority: number;
  nextAction: NextAction;
  /** The day the step became due; null when there is nothing to do or no date applies. */
  nextActionDue: SerialDate | null;
  /** Positive open amount of disputed invoices ("of which disputed"). */
  disputedAmount: Minor;
  /** The latest promise (by the day it was made, then promised date); null when none. */
  promise: PromiseOutcome | null;
  brokenPromises3m: number;
  lastContact: LastContact | null;
}

export interface CollectionsTotals {
  /** Customers with something to do (next action other than NONE). */
  customers: number;
  overdueAmount: Minor;
  disputedAmount: Minor;
  /** Amount of open promises still unpaid. */
  promisedAmount: Minor;
}
