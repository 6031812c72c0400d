/**
 * Checks a candidate policy (typed by a user, read back from a workbook) before it is used,
 * and refuses it with one message per wrong value, naming the value (BAD-INPUTS #32).
 */
import { unknownPlaceholders } from "./letter-placeholders";
import type { Policy } from "./policy";
import { DEFAULT_POLICY } from "./policy";
import { COLLECTION_ACTIONS, DEBT_CLASSES, FACTOR_KEYS, LETTER_LANGUAGES } from "./types";

/** Why one value of a candidate policy is refused, as data: a caller words it in its own language. */
export type PolicyIssueCode =
  | "MISSING"
  | "NOT_OBJECT"
  | "NOT_LIST"
  | "TOO_FEW_ENTRIES"
  | "NOT_NUMBER"
  | "OUT_OF_RANGE"
  | "NOT_WHOLE"
  | "NOT_ONE_OF"
  | "NOT_ORDERED"
  | "DUPLICATE_FACTOR"
  | "WEIGHT_SUM"
  | "LOWEST_BAND_NOT_ZERO"
  | "ABOVE_HIGHER_BAND"
  | "ROUNDING_NOT_WHOLE"
  | "ONLY_LAST_UNBOUNDED"
  | "LAST_MUST_BE_UNBOUNDED"
  | "SUSPEND_BEFORE_REDUCE"
  | "BELOW_OTHER_SHARE"
  | "NOT_TEXT"
  | "NOT_CURRENCY"
  | "UNKNOWN_PLACEHOLDER"
  | "DUPLICATE_LETTER";

export interface PolicyIssue {
  code: PolicyIssueCode;
  severity: "error";
  /** The setting, as a dotted path with 0-based positions ("limit.bands.2.multiplier"). */
  place: { path: string };
  params: Record<string, string | number>;
}

/** A refused policy carries each wrong value as data (code, place, params), in the order found. */
export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; issues: PolicyIssue[] };

/** "limit.bands[2].multiplier" → "limit.bands.2.multiplier": one spelling of a place. */
function dottedPath(path: string): string {
  let dotted = "";
  for (const character of path) {
    if (character === "[") dotted += ".";
    else if (character !== "]") dotted += character;
  }
  return dotted;
}

/** The factor weights must add up to this (§1). */
export const WEIGHT_TOTAL = 100;
/** Tolerance on the weight total: weights scaled to 100 may carry float noise. */
const WEIGHT_TOLERANCE = 1e-6;
const GRADES = ["A", "B", "C", "D"] as const;
const GROUPS = ["creditFinancial", "customerOwn", "priority"] as const;
const WORKING_CAPITAL_MODES = ["lower", "report", "off"] as const;
const AGING_BASES = ["dueDate", "invoiceDate"] as const;
const CURVE_KEYS = [
  "quickRatio",
  "debtRatio",
  "assetTurnover",
  "netMargin",
  "onTimeShare",
  "daysBeyondTerms",
] as const;

type Node = Record<string, unknown>;

function isObject(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A wrong value is quoted at most this long, so a huge one cannot flood the message. */
const SHOWN_MAX_LENGTH = 80;

function shown(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === undefined) return "missing";
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch (error) {
    // Nesting deeper than the stack allows is itself what is wrong with the value.
    if (!(error instanceof RangeError)) throw error;
    text = Array.isArray(value) ? "[…]" : "{…}";
  }
  const chars = Array.from(text);
  return chars.length > SHOWN_MAX_LENGTH ? `${chars.slice(0, SHOWN_MAX_LENGTH).join("")}…` : text;
}

/** Collects issues while walking the candidate; each check returns the value when it is usable. */
class Checker {
  readonly issues: PolicyIssue[] = [];

  fail(path: string, code: PolicyIssueCode, params: Record<string, string | number> = {}): void {
    this.issues.push({ code, severity: "error", place: { path: dottedPath(path) }, params });
  }

  object(parent: Node, key: string, path: string): Node | null {
    const value = parent[key];
    if (isObject(value)) return value;
    if (value === undefined) this.fail(path, "MISSING");
    else
      this.fail(path, "NOT_OBJECT", {
        found: shown(value),
      });
    return null;
  }

  array(parent: Node, key: string, path: string, minLength = 1): unknown[] | null {
    const value = parent[key];
    if (!Array.isArray(value)) {
      if (value === undefined) this.fail(path, "MISSING");
      else
        this.fail(path, "NOT_LIST", {
          found: shown(value),
        });
      return null;
    }
    if (value.length < minLength) {
      this.fail(path, "TOO_FEW_ENTRIES", {
        min: minLength,
      });
      return null;
    }
    return value;
  }

  number(parent: Node, key: string, path: string, min = -Infinity, max = Infinity): number | null {
    return this.numberValue(parent[key], path, min, max);
  }

  numberValue(value: unknown, path: string, min = -Infinity, max = Infinity): number | null {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      if (value === undefined) this.fail(path, "MISSING");
      else
        this.fail(path, "NOT_NUMBER", {
          found: shown(value),
        });
      return null;
    }
    if (value < min || value > max) {
      const bounds: Record<string, number> = { value };
      if (min !== -Infinity) bounds.min = min;
      if (max !== Infinity) bounds.max = max;
      this.fail(path, "OUT_OF_RANGE", bounds);
      return null;
    }
    return value;
  }

  integer(parent: Node, key: string, path: string, min = -Infinity, max = Infinity): number | null {
    return this.integerValue(parent[key], path, min, max);
  }

  integerValue(raw: unknown, path: string, min = -Infinity, max = Infinity): number | null {
    const value = this.numberValue(raw, path, min, max);
    if (value !== null && !Number.isInteger(value)) {
      this.fail(path, "NOT_WHOLE", { value });
      return null;
    }
    return value;
  }

  oneOf<T extends string>(
    parent: Node,
    key: string,
    path: string,
    allowed: readonly T[]
  ): T | null {
    const value = parent[key];
    if (typeof value === "string" && (allowed as readonly string[]).includes(value))
      return value as T;
    this.fail(path, "NOT_ONE_OF", {
      found: shown(value),
      allowed: allowed.join(", "),
    });
    return null;
  }

  /** Each entry an object; calls `each` with the entry and its path. */
  entries(
    list: unknown[] | null,
    path: string,
    each: (entry: Node, entryPath: string, isLast: boolean) => void
  ): void {
    if (list === null) return;
    list.forEach((entry, index) => {
      const entryPath = `${path}[${index}]`;
      if (isObject(entry)) each(entry, entryPath, index === list.length - 1);
      else
        this.fail(entryPath, "NOT_OBJECT", {
          found: shown(entry),
        });
    });
  }

  /** Values must strictly increase (direction 1) or strictly decrease (direction −1) along the list. */
  ordered(values: (number | null)[], path: string, field: string | null, direction: 1 | -1): void {
    for (let i = 1; i < values.length; i++) {
      const before = values[i - 1];
      const current = values[i];
      if (before === null || current === null) continue;
      if ((current - before) * direction <= 0) {
        const word = direction === 1 ? "increase" : "decrease";
        this.fail(`${path}[${i}]${field === null ? "" : `.${field}`}`, "NOT_ORDERED", {
          value: current,
          before,
          direction: word,
        });
      }
    }
  }
}

function checkScore(c: Checker, root: Node): number | null {
  const score = c.object(root, "score", "score");
  if (score === null) return null;
  const ratingMax = c.number(score, "ratingMax", "score.ratingMax", Number.MIN_VALUE);
  c.number(score, "minCoverage", "score.minCoverage", 0, 1);
  const factors = c.array(score, "factors", "score.factors");
  const seen = new Set<string>();
  let sum = 0;
  let allWeights = true;
  c.entries(factors, "score.factors", (factor, path) => {
    const key = c.oneOf(factor, "key", `${path}.key`, FACTOR_KEYS);
    if (key !== null) {
      if (seen.has(key)) c.fail(`${path}.key`, "DUPLICATE_FACTOR", { factor: key });
      seen.add(key);
    }
    c.oneOf(factor, "group", `${path}.group`, GROUPS);
    const weight = c.number(factor, "weight", `${path}.weight`, 0);
    if (weight === null) allWeights = false;
    else sum += weight;
  });
  if (factors !== null && allWeights && Math.abs(sum - WEIGHT_TOTAL) > WEIGHT_TOLERANCE) {
    c.fail("score.factors", "WEIGHT_SUM", { sum: Number(sum.toFixed(6)), total: WEIGHT_TOTAL });
  }
  return ratingMax;
}

function checkCurves(c: Checker, root: Node, ratingMax: number | null): void {
  const derivation = c.object(root, "derivation", "derivation");
  if (derivation === null) return;
  for (const key of CURVE_KEYS) {
    const path = `derivation.${key}`;
    const points = c.array(derivation, key, path);
    const xs: (number | null)[] = [];
    c.entries(points, path, (point, pointPath) => {
      xs.push(c.number(point, "x", `${pointPath}.x`));
      c.number(point, "rating", `${pointPath}.rating`, 0, ratingMax ?? Infinity);
    });
    c.ordered(xs, path, "x", 1);
  }
}

function checkGrades(c: Checker, root: Node): void {
  const grades = c.array(root, "grades", "grades");
  const mins: (number | null)[] = [];
  c.entries(grades, "grades", (band, path) => {
    c.oneOf(band, "grade", `${path}.grade`, GRADES);
    mins.push(c.number(band, "minScore", `${path}.minScore`, 0, WEIGHT_TOTAL));
  });
  c.ordered(mins, "grades", "minScore", -1);
  const signOff = c.array(root, "gmSignOffGrades", "gmSignOffGrades", 0);
  signOff?.forEach((grade, index) => {
    if (!(GRADES as readonly unknown[]).includes(grade)) {
      c.fail(`gmSignOffGrades[${index}]`, "NOT_ONE_OF", {
        found: shown(grade),
        allowed: GRADES.join(", "),
      });
    }
  });
}

function checkLimit(c: Checker, root: Node, minorPerUnit: number | null): void {
  const limit = c.object(root, "limit", "limit");
  if (limit === null) return;
  const bands = c.array(limit, "bands", "limit.bands");
  const mins: (number | null)[] = [];
  const multipliers: (number | null)[] = [];
  const terms: (number | null)[] = [];
  c.entries(bands, "limit.bands", (band, path) => {
    mins.push(c.number(band, "minScore", `${path}.minScore`, 0, WEIGHT_TOTAL));
    multipliers.push(c.number(band, "multiplier", `${path}.multiplier`, 0));
    terms.push(c.integer(band, "termsDays", `${path}.termsDays`, 0));
  });
  c.ordered(mins, "limit.bands", "minScore", -1);
  const last = mins[mins.length - 1];
  if (bands !== null && last !== null && last !== undefined && last !== 0) {
    c.fail(`limit.bands[${mins.length - 1}].minScore`, "LOWEST_BAND_NOT_ZERO", { value: last });
  }
  // A lower band may not give more: a higher score must never lower the limit or the terms.
  for (const [values, field] of [
    [multipliers, "multiplier"],
    [terms, "termsDays"],
  ] as const) {
    for (let i = 1; i < values.length; i++) {
      const above = values[i - 1];
      const current = values[i];
      if (above !== null && current !== null && current > above) {
        c.fail(`limit.bands[${i}].${field}`, "ABOVE_HIGHER_BAND", { value: current, above });
      }
    }
  }
  c.number(limit, "newCustomerBase", "limit.newCustomerBase", 0);
  c.integer(limit, "newCustomerMinOrders", "limit.newCustomerMinOrders", 0);
  c.integer(limit, "baseWindowMonths", "limit.baseWindowMonths", 1);
  const unit = c.number(limit, "roundingUnit", "limit.roundingUnit", Number.MIN_VALUE);
  if (
    unit !== null &&
    minorPerUnit !== null &&
    !Number.isInteger(Math.round(unit * minorPerUnit * 1e9) / 1e9)
  ) {
    c.fail("limit.roundingUnit", "ROUNDING_NOT_WHOLE", {
      value: unit,
    });
  }
}

function checkWorkingCapital(c: Checker, root: Node): void {
  const wc = c.object(root, "workingCapital", "workingCapital");
  if (wc === null) return;
  c.oneOf(wc, "mode", "workingCapital.mode", WORKING_CAPITAL_MODES);
  const steps = c.array(wc, "steps", "workingCapital.steps", 0);
  const bounds: (number | null)[] = [];
  c.entries(steps, "workingCapital.steps", (step, path) => {
    bounds.push(c.number(step, "maxE", `${path}.maxE`));
    c.number(step, "rate", `${path}.rate`, 0, 1);
  });
  c.ordered(bounds, "workingCapital.steps", "maxE", 1);
  c.number(wc, "rateAbove", "workingCapital.rateAbove", 0, 1);
}

function checkApprovalLevels(c: Checker, root: Node): void {
  const levels = c.array(root, "approvalLevels", "approvalLevels");
  const bounds: (number | null)[] = [];
  const numbers: (number | null)[] = [];
  c.entries(levels, "approvalLevels", (level, path, isLast) => {
    numbers.push(c.integer(level, "level", `${path}.level`, 1));
    if (level.maxLimit === null) {
      if (!isLast) c.fail(`${path}.maxLimit`, "ONLY_LAST_UNBOUNDED");
      bounds.push(null);
    } else {
      bounds.push(c.number(level, "maxLimit", `${path}.maxLimit`, 0));
      if (isLast)
        c.fail(`${path}.maxLimit`, "LAST_MUST_BE_UNBOUNDED", { found: shown(level.maxLimit) });
    }
  });
  c.ordered(bounds, "approvalLevels", "maxLimit", 1);
  c.ordered(numbers, "approvalLevels", "level", 1);
}

function checkAdjustments(c: Checker, root: Node): void {
  const adj = c.object(root, "adjustments", "adjustments");
  if (adj === null) return;
  const pairs = [
    ["reduceOverdueDays", "suspendOverdueDays"],
    ["reduceBadPayments", "suspendBadPayments"],
    ["reduceInactiveMonths", "suspendInactiveMonths"],
  ] as const;
  for (const [reduceKey, suspendKey] of pairs) {
    const reduce = c.integer(adj, reduceKey, `adjustments.${reduceKey}`, 0);
    const suspend = c.integer(adj, suspendKey, `adjustments.${suspendKey}`, 0);
    if (reduce !== null && suspend !== null && suspend < reduce) {
      c.fail(`adjustments.${suspendKey}`, "SUSPEND_BEFORE_REDUCE", {
        value: suspend,
        reduceKey,
        reduce,
      });
    }
  }
  c.integer(adj, "reduceBandSteps", "adjustments.reduceBandSteps", 0);
}

function checkAgingAndLadders(c: Checker, root: Node): void {
  const aging = c.object(root, "aging", "aging");
  if (aging !== null) {
    const edges = c.array(aging, "edges", "aging.edges");
    const values = (edges ?? []).map((edge, index) =>
      c.integerValue(edge, `aging.edges[${index}]`)
    );
    c.ordered(values, "aging.edges", null, 1);
    c.oneOf(aging, "basis", "aging.basis", AGING_BASES);
  }
  const collection = c.array(root, "collection", "collection");
  const minDays: (number | null)[] = [];
  c.entries(collection, "collection", (step, path) => {
    minDays.push(c.integer(step, "minDays", `${path}.minDays`));
    c.oneOf(step, "action", `${path}.action`, COLLECTION_ACTIONS);
  });
  c.ordered(minDays, "collection", "minDays", 1);

  const classes = c.array(root, "debtClasses", "debtClasses");
  const maxDays: (number | null)[] = [];
  c.entries(classes, "debtClasses", (step, path, isLast) => {
    if (step.maxDays === null) {
      if (!isLast) c.fail(`${path}.maxDays`, "ONLY_LAST_UNBOUNDED");
      maxDays.push(null);
    } else {
      maxDays.push(c.integer(step, "maxDays", `${path}.maxDays`));
      if (isLast)
        c.fail(`${path}.maxDays`, "LAST_MUST_BE_UNBOUNDED", { found: shown(step.maxDays) });
    }
    c.oneOf(step, "debtClass", `${path}.debtClass`, DEBT_CLASSES);
  });
  c.ordered(maxDays, "debtClasses", "maxDays", 1);
}

function checkPortfolioAndWarnings(c: Checker, root: Node): void {
  const portfolio = c.object(root, "portfolio", "portfolio");
  if (portfolio !== null) {
    c.integer(portfolio, "salesWindowDays", "portfolio.salesWindowDays", 1);
    const a = c.number(portfolio, "abcAShare", "portfolio.abcAShare", 0, 1);
    const b = c.number(portfolio, "abcBShare", "portfolio.abcBShare", 0, 1);
    if (a !== null && b !== null && b < a)
      c.fail("portfolio.abcBShare", "BELOW_OTHER_SHARE", {
        value: b,
        other: "abcAShare",
        otherValue: a,
      });
    c.number(portfolio, "coreShare", "portfolio.coreShare", 0, 1);
    c.integer(portfolio, "coreYears", "portfolio.coreYears", 1);
  }
  const warnings = c.object(root, "warnings", "warnings");
  if (warnings !== null) {
    for (const key of [
      "financeChargesToSales",
      "receivablesToAssets",
      "inventoryToAssets",
      "fixedAssetsToAssets",
      "minEquityToAssets",
    ]) {
      c.number(warnings, key, `warnings.${key}`, 0, 1);
    }
    c.number(warnings, "minYearsInBusiness", "warnings.minYearsInBusiness", 0);
  }
}

/**
 * A forward-looking adjustment of −100 % removes the historical rate (below is meaningless);
 * +100 % doubles it. Beyond, a typed 150 would be ambiguous under the percentage rule of the
 * policy sheet (a number above 1 is read as percent), so the range stays within ±100 %.
 */
const LOWEST_ADJUSTMENT = -1;
const HIGHEST_ADJUSTMENT = 1;
/** Roll rates need two reviews at least: one from a review to the next. */
const LEAST_MIN_REVIEWS = 2;

/**
 * The loss entries, by position of aging bucket. Their count is not tied to the aging edges, so
 * that changing the edges never makes a policy unusable: `loss-bucket-settings.ts` says how a
 * different count is matched, and the analyses report it.
 */
function checkLossAllowance(c: Checker, root: Node): void {
  const loss = c.object(root, "lossAllowance", "lossAllowance");
  if (loss === null) return;
  const buckets = c.array(loss, "buckets", "lossAllowance.buckets");
  c.entries(buckets, "lossAllowance.buckets", (bucket, path) => {
    c.number(bucket, "floor", `${path}.floor`, 0, 1);
    c.number(bucket, "adjustment", `${path}.adjustment`, LOWEST_ADJUSTMENT, HIGHEST_ADJUSTMENT);
  });
  c.integer(loss, "minReviews", "lossAllowance.minReviews", LEAST_MIN_REVIEWS);
}

/** Collection steps a letter can be written for: every step but "no action". */
const LETTER_ACTIONS = COLLECTION_ACTIONS.filter((action) => action !== "NONE");
const GRADE_FACTOR_KEYS = [...GRADES, "ungraded"] as const;

function checkLetterText(c: Checker, template: Node, key: string, path: string): void {
  const text = template[key];
  if (typeof text !== "string") {
    c.fail(path, "NOT_TEXT", { found: shown(text) });
    return;
  }
  for (const name of unknownPlaceholders(text)) {
    c.fail(path, "UNKNOWN_PLACEHOLDER", { name });
  }
}

/** Disputes, promises to pay, the worklist's priority and the letter templates. */
function checkCollections(c: Checker, root: Node): void {
  const block = c.object(root, "collections", "collections");
  if (block === null) return;
  c.integer(block, "promiseGraceDays", "collections.promiseGraceDays", 0);
  c.integer(block, "brokenPromisesWindowMonths", "collections.brokenPromisesWindowMonths", 1);
  const reduce = c.integer(block, "reduceBrokenPromises", "collections.reduceBrokenPromises", 1);
  const suspend = c.integer(block, "suspendBrokenPromises", "collections.suspendBrokenPromises", 1);
  if (reduce !== null && suspend !== null && suspend < reduce) {
    c.fail("collections.suspendBrokenPromises", "SUSPEND_BEFORE_REDUCE", {
      value: suspend,
      reduceKey: "reduceBrokenPromises",
      reduce,
    });
  }
  c.integer(block, "ageFactorDays", "collections.ageFactorDays", 1);
  const factors = c.object(block, "gradeFactors", "collections.gradeFactors");
  if (factors !== null) {
    for (const key of GRADE_FACTOR_KEYS) {
      c.number(factors, key, `collections.gradeFactors.${key}`, 0);
    }
  }
  const letters = c.array(block, "letters", "collections.letters", 0);
  const seen = new Set<string>();
  c.entries(letters, "collections.letters", (template, path) => {
    const action = c.oneOf(template, "action", `${path}.action`, LETTER_ACTIONS);
    const language = c.oneOf(template, "language", `${path}.language`, LETTER_LANGUAGES);
    if (action !== null && language !== null) {
      const pair = `${action} ${language}`;
      if (seen.has(pair))
        c.fail(path, "DUPLICATE_LETTER", {
          language,
          action,
        });
      seen.add(pair);
    }
    checkLetterText(c, template, "subject", `${path}.subject`);
    checkLetterText(c, template, "body", `${path}.body`);
  });
}

/**
 * Blocks added to the policy after policies were first saved: a policy saved without one (in a
 * workbook's settings or a policy file) gets the block's defaults rather than being refused.
 */
const LATER_BLOCKS = ["lossAllowance", "collections"] as const;

function withLaterBlocks(candidate: Node): Node {
  const missing = LATER_BLOCKS.filter((key) => candidate[key] === undefined);
  if (missing.length === 0) return candidate;
  const filled: Node = { ...candidate };
  for (const key of missing) filled[key] = DEFAULT_POLICY[key];
  return filled;
}

/** Accepts a policy only when every value is usable; otherwise lists every wrong value. */
export function validatePolicy(given: unknown): PolicyValidation {
  const c = new Checker();
  if (!isObject(given)) {
    c.fail("policy", "NOT_OBJECT", {
      found: shown(given),
    });
    return { ok: false, issues: c.issues };
  }
  const candidate = withLaterBlocks(given);
  if (typeof candidate.version !== "string" || candidate.version.trim() === "") {
    c.fail("version", "NOT_TEXT", {
      found: shown(candidate.version),
    });
  }
  const minorPerUnit = c.integer(candidate, "minorPerUnit", "minorPerUnit", 1);
  if (candidate.currency !== null && typeof candidate.currency !== "string") {
    c.fail("currency", "NOT_CURRENCY", { found: shown(candidate.currency) });
  }
  const ratingMax = checkScore(c, candidate);
  checkCurves(c, candidate, ratingMax);
  checkGrades(c, candidate);
  checkLimit(c, candidate, minorPerUnit);
  checkWorkingCapital(c, candidate);
  checkApprovalLevels(c, candidate);
  checkAdjustments(c, candidate);
  checkAgingAndLadders(c, candidate);
  c.number(candidate, "extensionPaidShare", "extensionPaidShare", 0, 1);
  checkPortfolioAndWarnings(c, candidate);
  checkLossAllowance(c, candidate);
  checkCollections(c, candidate);
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return { ok: true, policy: candidate as unknown as Policy };
}
