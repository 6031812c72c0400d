/**
 * The AR.* functions as pure code: check the arguments, call the engine, convert money at the
 * edge. Each returns its value or a Failure ({ code, message }) and never touches the
 * `CustomFunctions` global, so jest and the HyperFormula harness call these directly.
 * Amounts in cells are currency units; the engine counts integer minor units.
 */
import { agingBucketIndex, bucketLabels, daysOverdue } from "../engine/aging";
import { approvalLevel } from "../engine/approval";
import { collectionActionFor } from "../engine/collection";
import { debtClassFor } from "../engine/debt-class";
import { gradeForScore } from "../engine/grade";
import { limitBase, orderBasedLimit, termsForScore } from "../engine/limit";
import { orderCheck } from "../engine/order-check";
import { DEFAULT_POLICY } from "../engine/policy";
import { weightedScore } from "../engine/score";
import type { Grade, Minor, SerialDate } from "../engine/types";
import { workingCapitalLimit } from "../engine/working-capital";
import {
  atLeast,
  between,
  type CellInput,
  cellsOf,
  fail,
  isBlank,
  optionalFlag,
  optionalNumber,
  positive,
  type RangeInput,
  requireDate,
  requireNumber,
  requireSameShape,
  toMinor,
  toUnits,
  wholeNumber,
  isTextDate,
} from "./arguments";
import { DATE_SYSTEM_1900, type DateSystem, inWorkbookSystem } from "./date-system";
import { type ArgumentName, FAILURE_CODES, type Outcome, outcomeOf } from "./failure";
import { requireLanguage } from "./language";
import { collectionActionWord, debtClassWord, notDueWord, orderCheckWord } from "./words";

/** The functions answer under the default policy (a workbook's own policy is the pane's job). */
const POLICY = DEFAULT_POLICY;

/** A score is a share of 100 by definition (CREDIT-POLICY.md §1), not a policy setting. */
const SCORE_MIN = 0;
const SCORE_MAX = 100;

/** The volatile forms, named in the message that asks for an as-of date. */
const DAYS_OVERDUE_TODAY = "AR.DAYSOVERDUETODAY(dueDate)";
const AGING_BUCKET_TODAY = "AR.AGINGBUCKETTODAY(dueDate)";

/** A share as a percentage to one decimal (0.594 → 59.4), for a message. */
function percentOf(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** A range argument that was omitted (Excel passes null, HyperFormula undefined). */
function isOmitted(range: RangeInput | CellInput): boolean {
  return !Array.isArray(range) && isBlank(range);
}

function requireScore(value: CellInput): number {
  return between(requireNumber(value, "score"), "score", SCORE_MIN, SCORE_MAX);
}

function requireAmount(value: CellInput, name: string): Minor {
  return toMinor(atLeast(requireNumber(value, name), name, 0), name, POLICY.minorPerUnit);
}

function requireDays(value: CellInput, name: ArgumentName): number {
  return wholeNumber(requireNumber(value, name), name);
}

function ratingsFrom(range: RangeInput | CellInput, ratingMax: number): (number | null)[] {
  return cellsOf(range, "ratings").map(({ value, label }) =>
    isBlank(value) ? null : between(requireNumber(value, label), label, 0, ratingMax)
  );
}

/** Omitted: the policy's factor weights for a full factor model, else equal weights. */
function weightsFor(
  weights: RangeInput | CellInput,
  ratings: RangeInput | CellInput,
  count: number
): number[] {
  if (isOmitted(weights)) {
    const factors = POLICY.score.factors;
    return count === factors.length
      ? factors.map((factor) => factor.weight)
      : new Array<number>(count).fill(1);
  }
  requireSameShape(ratings, weights);
  const list = cellsOf(weights, "weights").map(({ value, label }) =>
    atLeast(requireNumber(value, label), label, 0)
  );
  if (!list.some((weight) => weight > 0)) fail(FAILURE_CODES.invalidNumber, "noWeight");
  return list;
}

/** Custom bucket edges: whole days ≥ 0, strictly rising; blank cells of a longer range are skipped. */
function edgesFrom(range: RangeInput | CellInput): number[] {
  if (isOmitted(range)) return POLICY.aging.edges;
  const edges = cellsOf(range, "edges")
    .filter(({ value }) => !isBlank(value))
    .map(({ value, label }) => atLeast(requireDays(value, label), label, 0));
  if (edges.length === 0) fail(FAILURE_CODES.invalidValue, "noEdges");
  edges.forEach((edge, index) => {
    if (index > 0 && edge <= edges[index - 1]) {
      fail(FAILURE_CODES.invalidNumber, "edgesNotAscending", {
        previous: edges[index - 1],
        next: edge,
      });
    }
  });
  return edges;
}

/** AR.CREDITSCORE: weighted score 0–100 over the rated factors; #N/A below the minimum coverage. */
export function creditScore(
  ratings: RangeInput | CellInput,
  weights?: RangeInput | CellInput,
  ratingMax?: CellInput
): Outcome<number> {
  return outcomeOf(() => {
    const max = positive(
      optionalNumber(ratingMax, "ratingMax") ?? POLICY.score.ratingMax,
      "ratingMax"
    );
    const ratingList = ratingsFrom(ratings, max);
    const result = weightedScore(ratingList, weightsFor(weights, ratings, ratingList.length), max);
    if (result.score === null) return fail(FAILURE_CODES.notAvailable, "nothingRated");
    if (result.coverage < POLICY.score.minCoverage) {
      return fail(FAILURE_CODES.notAvailable, "insufficientData", {
        coveragePercent: percentOf(result.coverage),
        minCoveragePercent: percentOf(POLICY.score.minCoverage),
      });
    }
    return result.score;
  });
}

/** AR.CREDITGRADE: A / B / C / D by score band. */
export function creditGrade(score: CellInput): Outcome<Grade> {
  return outcomeOf(() => gradeForScore(requireScore(score), POLICY));
}

/** AR.PAYMENTTERMS: maximum payment terms in days of the score's band. */
export function paymentTerms(score: CellInput): Outcome<number> {
  return outcomeOf(() => termsForScore(requireScore(score), POLICY));
}

/** AR.CREDITLIMIT: order-based limit (§3); blank orders or a new customer use the fixed base. */
export function creditLimit(
  score: CellInput,
  ordersLast3Months?: CellInput,
  isNewCustomer?: CellInput
): Outcome<number> {
  return outcomeOf(() => {
    const checkedScore = requireScore(score);
    const orders = isBlank(ordersLast3Months)
      ? null
      : requireAmount(ordersLast3Months, "ordersLast3Months");
    const base = limitBase(orders, optionalFlag(isNewCustomer, "isNewCustomer", false), POLICY);
    return toUnits(orderBasedLimit(checkedScore, base, POLICY), POLICY.minorPerUnit);
  });
}

/** AR.WCLIMIT: working-capital limit (§3 alternative method); equity ≤ 0 gives 0. */
export function workingCapitalLimitOf(
  currentAssets: CellInput,
  inventory: CellInput,
  currentLiabilities: CellInput,
  totalLiabilities: CellInput,
  equity: CellInput
): Outcome<number> {
  return outcomeOf(() => {
    const assets = atLeast(requireNumber(currentAssets, "currentAssets"), "currentAssets", 0);
    const stock = atLeast(requireNumber(inventory, "inventory"), "inventory", 0);
    if (stock > assets)
      fail(FAILURE_CODES.invalidNumber, "exceeds", {
        name: "inventory",
        value: stock,
        otherName: "currentAssets",
        other: assets,
      });
    const result = workingCapitalLimit(
      {
        currentAssets: assets,
        inventory: stock,
        currentLiabilities: positive(
          requireNumber(currentLiabilities, "currentLiabilities"),
          "currentLiabilities"
        ),
        totalLiabilities: atLeast(
          requireNumber(totalLiabilities, "totalLiabilities"),
          "totalLiabilities",
          0
        ),
        equity: requireNumber(equity, "equity"),
      },
      POLICY
    );
    return toUnits(result.limit, POLICY.minorPerUnit);
  });
}

/** AR.APPROVALLEVEL: who signs off a limit, 1 (market dept + finance) to 6 (board). */
export function approvalLevelOf(limit: CellInput): Outcome<number> {
  return outcomeOf(() => approvalLevel(requireAmount(limit, "limit"), POLICY));
}

/** Text dates alone differ by the same days in either date system: they need none. */
function systemFor(dates: CellInput[], system: DateSystem): DateSystem {
  return dates.every(isTextDate) ? DATE_SYSTEM_1900 : system;
}

/** The as-of date, which a non-volatile function cannot default to today. */
function requireAsOf(asOfDate: CellInput, system: DateSystem, todayForm: string): SerialDate {
  if (isBlank(asOfDate)) fail(FAILURE_CODES.invalidValue, "asOfRequired", { todayForm });
  return requireDate(asOfDate, "asOfDate", system);
}

/**
 * Where an as-of date comes from: a typed cell (a blank one names the `…TODAY` form to use
 * instead), or the user's own calendar day counted in the 1900 system.
 */
type AsOfSource = { typed: CellInput; todayForm: string } | { today1900: SerialDate };

/** As-of date − due date, both counted in the one date system they share. */
function daysOverdueFrom(dueDate: CellInput, source: AsOfSource, system: DateSystem): number {
  if ("today1900" in source) {
    // A text due date and the clock are both counted in the 1900 system.
    const dates = systemFor([dueDate], system);
    return daysOverdue(
      requireDate(dueDate, "dueDate", dates),
      inWorkbookSystem(source.today1900, dates)
    );
  }
  const dates = systemFor([dueDate, source.typed], system);
  return daysOverdue(
    requireDate(dueDate, "dueDate", dates),
    requireAsOf(source.typed, dates, source.todayForm)
  );
}

function bucketLabel(days: number, edges: RangeInput | CellInput, language: CellInput): string {
  const bucketEdges = edgesFrom(edges);
  const labels = bucketLabels(bucketEdges, notDueWord(requireLanguage(language)));
  return labels[agingBucketIndex(days, bucketEdges)];
}

/** AR.DAYSOVERDUE: as-of date − due date (negative: not yet due). */
export function daysOverdueOf(
  dueDate: CellInput,
  asOfDate: CellInput,
  system: DateSystem
): Outcome<number> {
  const source = { typed: asOfDate, todayForm: DAYS_OVERDUE_TODAY };
  return outcomeOf(() => daysOverdueFrom(dueDate, source, system));
}

/** AR.DAYSOVERDUETODAY: today − due date, today being the user's own calendar day. */
export function daysOverdueTodayOf(
  dueDate: CellInput,
  system: DateSystem,
  today1900: SerialDate
): Outcome<number> {
  return outcomeOf(() => daysOverdueFrom(dueDate, { today1900 }, system));
}

/** AR.AGINGBUCKET: the aging bucket label of a due date (Not due, 1-30, …, >180). */
export function agingBucket(
  dueDate: CellInput,
  asOfDate: CellInput,
  edges: RangeInput | CellInput,
  language: CellInput,
  system: DateSystem
): Outcome<string> {
  const source = { typed: asOfDate, todayForm: AGING_BUCKET_TODAY };
  return outcomeOf(() => bucketLabel(daysOverdueFrom(dueDate, source, system), edges, language));
}

/** AR.AGINGBUCKETTODAY: the aging bucket of a due date as of the user's own calendar day. */
export function agingBucketToday(
  dueDate: CellInput,
  edges: RangeInput | CellInput,
  language: CellInput,
  system: DateSystem,
  today1900: SerialDate
): Outcome<string> {
  const source = { today1900 };
  return outcomeOf(() => bucketLabel(daysOverdueFrom(dueDate, source, system), edges, language));
}

/** AR.COLLECTIONACTION: the step of the collection ladder for a number of days overdue. */
export function collectionAction(
  daysOverdueValue: CellInput,
  language?: CellInput
): Outcome<string> {
  return outcomeOf(() => {
    const days = requireDays(daysOverdueValue, "daysOverdue");
    return collectionActionWord(collectionActionFor(days, POLICY), requireLanguage(language));
  });
}

/** AR.DEBTCLASS: current, in collection, doubtful, bad or dead, by days overdue. */
export function debtClass(daysOverdueValue: CellInput, language?: CellInput): Outcome<string> {
  return outcomeOf(() => {
    const days = requireDays(daysOverdueValue, "daysOverdue");
    return debtClassWord(debtClassFor(days, POLICY), requireLanguage(language));
  });
}

/** AR.ORDERCHECK: OK, CASH ONLY (over the limit) or HOLD (something overdue) for a new order. */
export function orderCheckOf(
  limit: CellInput,
  exposure: CellInput,
  orderAmount: CellInput,
  maxDaysOverdue?: CellInput,
  language?: CellInput
): Outcome<string> {
  return outcomeOf(() => {
    const verdict = orderCheck(
      requireAmount(limit, "limit"),
      toMinor(requireNumber(exposure, "exposure"), "exposure", POLICY.minorPerUnit),
      requireAmount(orderAmount, "orderAmount"),
      isBlank(maxDaysOverdue) ? 0 : requireDays(maxDaysOverdue, "maxDaysOverdue")
    );
    return orderCheckWord(verdict, requireLanguage(language));
  });
}
