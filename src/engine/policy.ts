/**
 * The credit policy: every number of CREDIT-POLICY.md as data a user can change.
 * A policy is plain JSON (no Infinity, no functions) so that it can be saved in the workbook.
 */
import type {
  CollectionAction,
  DebtClass,
  FactorGroup,
  FactorKey,
  Grade,
  LetterLanguage,
} from "./types";
import { DEFAULT_LETTERS } from "./default-letters";

export interface FactorDefinition {
  key: FactorKey;
  group: FactorGroup;
  weight: number;
}

/** A point of a piecewise-linear curve: ratio x → rating. Flat beyond the ends. */
export interface CurvePoint {
  x: number;
  rating: number;
}

export interface GradeBand {
  grade: Grade;
  /** Lowest score (inclusive) of the band; bands sorted from highest to lowest. */
  minScore: number;
}

export interface LimitBand {
  /** Lowest score (inclusive); bands sorted from highest to lowest, the last one at 0. */
  minScore: number;
  /** Multiplier applied to the base, 3 = 300 %. */
  multiplier: number;
  termsDays: number;
}

export interface WorkingCapitalStep {
  /** Upper bound (inclusive) of the evaluation value E for this rate. */
  maxE: number;
  rate: number;
}

export interface ApprovalLevel {
  level: number;
  /** Upper bound (inclusive) of the limit in currency units; null = no upper bound. */
  maxLimit: number | null;
}

export interface CollectionStep {
  /** Lowest days overdue (inclusive) at which this action applies. */
  minDays: number;
  action: CollectionAction;
}

export interface DebtClassStep {
  /** Upper bound (inclusive) of days overdue; null = no upper bound. */
  maxDays: number | null;
  debtClass: DebtClass;
}

/** The loss-allowance settings of one aging bucket (IFRS 9 simplified approach, provision matrix). */
export interface LossBucket {
  /** Least loss rate of the bucket, 0..1; used alone while history is too short. */
  floor: number;
  /** Forward-looking adjustment of the historical rate: 0.1 raises it by 10 %, −0.2 lowers it by 20 %. */
  adjustment: number;
}

/** The text of one ladder step's letter in one language; `{name}` placeholders are filled per customer. */
export interface LetterTemplate {
  action: CollectionAction;
  language: LetterLanguage;
  subject: string;
  body: string;
}

/** Worklist weight of each grade; `ungraded` for a customer without a grade. */
export interface GradeFactors {
  A: number;
  B: number;
  C: number;
  D: number;
  ungraded: number;
}

export interface Policy {
  version: string;
  /** Minor units per currency unit (100 for cents). */
  minorPerUnit: number;
  /** The review's currency; rows in another currency are reported and left out. Null: the first seen. */
  currency: string | null;

  score: {
    ratingMax: number;
    /** Coverage below this share of the total weight → no grade (INSUFFICIENT_DATA). */
    minCoverage: number;
    factors: FactorDefinition[];
  };

  derivation: {
    quickRatio: CurvePoint[];
    debtRatio: CurvePoint[];
    assetTurnover: CurvePoint[];
    netMargin: CurvePoint[];
    onTimeShare: CurvePoint[];
    daysBeyondTerms: CurvePoint[];
  };

  grades: GradeBand[];
  /** Grades whose contracts need the general manager's sales-risk sign-off. */
  gmSignOffGrades: Grade[];

  limit: {
    bands: LimitBand[];
    /** Base of a new customer, in currency units. */
    newCustomerBase: number;
    /** Fewer orders than this (dated ≤ as-of) makes a customer new. */
    newCustomerMinOrders: number;
    /** Months of orders before the as-of date that form the base. */
    baseWindowMonths: number;
    /** Limits are floored to this many currency units. */
    roundingUnit: number;
  };

  workingCapital: {
    /** "lower": the final limit is the lower of the two; "report": shown beside it only; "off". */
    mode: "lower" | "report" | "off";
    steps: WorkingCapitalStep[];
    /** Rate when E is above the last step. */
    rateAbove: number;
  };

  approvalLevels: ApprovalLevel[];

  adjustments: {
    reduceOverdueDays: number;
    suspendOverdueDays: number;
    /** More than this many bad payments in the window → reduce. */
    reduceBadPayments: number;
    suspendBadPayments: number;
    reduceInactiveMonths: number;
    suspendInactiveMonths: number;
    /** How many limit bands a REDUCE moves down. */
    reduceBandSteps: number;
  };

  aging: {
    /** Upper edges (inclusive, days overdue) of each bucket but the last: [0,30,60,90,180]. */
    edges: number[];
    basis: "dueDate" | "invoiceDate";
  };

  collection: CollectionStep[];
  debtClasses: DebtClassStep[];

  /** Partial payment on an extension request: below this share → penalty + interest. */
  extensionPaidShare: number;

  portfolio: {
    salesWindowDays: number;
    abcAShare: number;
    abcBShare: number;
    coreShare: number;
    coreYears: number;
  };

  warnings: {
    financeChargesToSales: number;
    minYearsInBusiness: number;
    receivablesToAssets: number;
    inventoryToAssets: number;
    fixedAssetsToAssets: number;
    minEquityToAssets: number;
  };

  lossAllowance: {
    /** One entry per aging bucket, in the order of `aging.edges` (one more than the edges). */
    buckets: LossBucket[];
    /** Fewer reviews on file than this: roll rates are not used, only the floors. */
    minReviews: number;
  };
  collections: {
    /** Days after the promised date before an unpaid promise counts as broken. */
    promiseGraceDays: number;
    /** Broken promises are counted over the months before the as-of date. */
    brokenPromisesWindowMonths: number;
    /** This many broken promises or more in the window → reduce (BROKEN_PROMISES). */
    reduceBrokenPromises: number;
    /** This many or more → suspend (BROKEN_PROMISES_SEVERE). */
    suspendBrokenPromises: number;
    /** Priority grows by the overdue amount once per this many days of the oldest overdue invoice. */
    ageFactorDays: number;
    gradeFactors: GradeFactors;
    letters: LetterTemplate[];
  };
}

/** A rating curve from its [x, rating] points, in the order of x. */
function ratingCurve(...points: readonly (readonly [x: number, rating: number])[]): CurvePoint[] {
  return points.map(([x, rating]) => ({ x, rating }));
}

/** Loss buckets from their floors, in bucket order, none adjusted for the outlook. */
function unadjustedFloors(...floors: readonly number[]): LossBucket[] {
  return floors.map((floor) => ({ floor, adjustment: 0 }));
}

/** The defaults of CREDIT-POLICY.md, each traceable to its section. */
export const DEFAULT_POLICY: Policy = {
  version: "CP-2026.1",
  minorPerUnit: 100,
  currency: null,

  score: {
    ratingMax: 10,
    minCoverage: 0.6,
    factors: [
      { key: "paymentRecord", group: "creditFinancial", weight: 12 },
      { key: "bankCredit", group: "creditFinancial", weight: 8 },
      { key: "profitability", group: "creditFinancial", weight: 8 },
      { key: "solvency", group: "creditFinancial", weight: 10 },
      { key: "operatingCapacity", group: "creditFinancial", weight: 6 },
      { key: "capitalSize", group: "creditFinancial", weight: 6 },
      { key: "firstImpression", group: "customerOwn", weight: 4 },
      { key: "history", group: "customerOwn", weight: 4 },
      { key: "organisation", group: "customerOwn", weight: 6 },
      { key: "operatingStatus", group: "customerOwn", weight: 6 },
      { key: "productMarket", group: "customerOwn", weight: 5 },
      { key: "prospects", group: "customerOwn", weight: 5 },
      { key: "dealMargin", group: "priority", weight: 4 },
      { key: "productRequirements", group: "priority", weight: 3 },
      { key: "marketAppeal", group: "priority", weight: 3 },
      { key: "competitiveness", group: "priority", weight: 3 },
      { key: "guarantee", group: "priority", weight: 4 },
      { key: "substitutability", group: "priority", weight: 3 },
    ],
  },

  derivation: {
    quickRatio: ratingCurve([0, 0], [0.5, 4], [1, 8.5], [1.5, 10]),
    debtRatio: ratingCurve([0.3, 10], [0.5, 8.5], [0.8, 3], [1, 0]),
    assetTurnover: ratingCurve([0, 0], [1, 4], [2, 6], [4, 8.5], [5, 10]),
    netMargin: ratingCurve([-0.05, 0], [0, 3], [0.05, 5.5], [0.15, 8.5], [0.25, 10]),
    onTimeShare: ratingCurve([0, 0], [0.5, 4], [0.9, 8.5], [1, 10]),
    daysBeyondTerms: ratingCurve([0, 10], [5, 8.5], [30, 4], [90, 0]),
  },

  grades: [
    { grade: "A", minScore: 90 },
    { grade: "B", minScore: 80 },
    { grade: "C", minScore: 60 },
    { grade: "D", minScore: 0 },
  ],
  gmSignOffGrades: ["C", "D"],

  limit: {
    bands: [
      { minScore: 90, multiplier: 3, termsDays: 120 },
      { minScore: 80, multiplier: 2, termsDays: 90 },
      { minScore: 60, multiplier: 1.5, termsDays: 60 },
      { minScore: 0, multiplier: 0, termsDays: 0 },
    ],
    newCustomerBase: 300000,
    newCustomerMinOrders: 3,
    baseWindowMonths: 3,
    roundingUnit: 1000,
  },

  workingCapital: {
    mode: "lower",
    steps: [
      { maxE: -4.6, rate: 0 },
      { maxE: -3.9, rate: 0.025 },
      { maxE: -3.2, rate: 0.05 },
      { maxE: -2.5, rate: 0.075 },
      { maxE: -1.8, rate: 0.1 },
      { maxE: -1.1, rate: 0.125 },
      { maxE: -0.4, rate: 0.15 },
      { maxE: 0.3, rate: 0.175 },
      { maxE: 1.0, rate: 0.2 },
    ],
    rateAbove: 0.25,
  },

  approvalLevels: [
    { level: 1, maxLimit: 1500000 },
    { level: 2, maxLimit: 6000000 },
    { level: 3, maxLimit: 10000000 },
    { level: 4, maxLimit: 15000000 },
    { level: 5, maxLimit: 20000000 },
    { level: 6, maxLimit: null },
  ],

  adjustments: {
    reduceOverdueDays: 60,
    suspendOverdueDays: 90,
    reduceBadPayments: 2,
    suspendBadPayments: 3,
    reduceInactiveMonths: 3,
    suspendInactiveMonths: 6,
    reduceBandSteps: 1,
  },

  aging: {
    edges: [0, 30, 60, 90, 180],
    basis: "dueDate",
  },

  collection: [
    { minDays: 0, action: "PHONE_REMINDER" },
    { minDays: 15, action: "FIRST_LETTER" },
    { minDays: 30, action: "SECOND_LETTER_STOP_SUPPLY" },
    { minDays: 60, action: "THIRD_LETTER" },
    { minDays: 90, action: "FOURTH_LETTER" },
    { minDays: 91, action: "COLLECTION_AGENCY" },
    { minDays: 181, action: "LEGAL_ACTION" },
  ],

  debtClasses: [
    { maxDays: 0, debtClass: "CURRENT" },
    { maxDays: 90, debtClass: "IN_COLLECTION" },
    { maxDays: 180, debtClass: "DOUBTFUL" },
    { maxDays: 365, debtClass: "BAD" },
    { maxDays: null, debtClass: "DEAD" },
  ],

  extensionPaidShare: 0.5,

  portfolio: {
    salesWindowDays: 365,
    abcAShare: 0.8,
    abcBShare: 0.95,
    coreShare: 0.7,
    coreYears: 3,
  },

  warnings: {
    financeChargesToSales: 0.05,
    minYearsInBusiness: 2,
    receivablesToAssets: 0.5,
    inventoryToAssets: 0.5,
    fixedAssetsToAssets: 0.7,
    minEquityToAssets: 0.2,
  },

  // IFRS 9 §5.5.15 lets trade receivables use lifetime expected losses (the simplified approach)
  // and B5.5.35 a provision matrix of loss rates by days past due. The floors stand in for the
  // company's own history until it has `minReviews` reviews: they sit above the rates of the
  // standard's illustrative matrix (IE Example 13: 0.3 %, 1.6 %, 3.6 %, 6.6 %, 10.6 % up to
  // > 90 days) so that a missing history never understates; past 90 days a debt is presumed in
  // default (B5.5.37), hence a quarter for 91–180 (doubtful, §8) and half beyond (bad). Dead
  // debts (§8, > 365 days; source 003 死賬) are provided in full whatever the bucket's rate.
  // No forward-looking adjustment by default: that is the finance team's own forecast (§5.5.17).
  lossAllowance: {
    buckets: unadjustedFloors(0.005, 0.02, 0.05, 0.1, 0.25, 0.5),
    minReviews: 3,
  },
  // Collections (issue: disputes, promises, worklist, letters). Grace and the broken-promise
  // counts mirror the bad-payment rule of §6 (a 3-month window, reduce then suspend); the grade
  // factors weigh a D customer's overdue twice an A's, an ungraded one like a C.
  collections: {
    promiseGraceDays: 5,
    brokenPromisesWindowMonths: 3,
    reduceBrokenPromises: 2,
    suspendBrokenPromises: 3,
    ageFactorDays: 30,
    gradeFactors: { A: 1, B: 1.2, C: 1.5, D: 2, ungraded: 1.5 },
    letters: DEFAULT_LETTERS,
  },
};
