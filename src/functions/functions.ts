/**
 * The AR.* custom functions as Excel sees them (webpack entry "functions"). The JSDoc tags are
 * the published interface: custom-functions-metadata turns them into functions.json, and an id
 * never changes once published. Each body only hands its arguments to the pure implementation
 * and turns a Failure into CustomFunctions.Error.
 *
 * Scalar inputs are typed `any` on purpose: with `number`, Excel would pass a blank cell as 0
 * and a blank score or order value would silently become a wrong number; the implementations
 * check every argument themselves and name the one at fault.
 *
 * Dates: DAYSOVERDUE and AGINGBUCKET take the as-of date as an argument and are not volatile, so
 * a sheet of them recalculates only when its dates change; their ...TODAY forms are volatile and
 * count from the user's own calendar day, as TODAY() does. Where a date must be placed in the
 * workbook's date system (1900 or 1904), the system is read once from the workbook — the one
 * Excel call of the functions, through excel/date-system.ts.
 */
import { serialFromLocalDate } from "../engine/dates";
import { functionFailureMessage, loadFunctionMessages } from "../i18n/function-messages";
import { type DisplayLocale, resolveLocale } from "../i18n/locales";
import type { SerialDate } from "../engine/types";
import { readDate1904 } from "./host-date-system";
import type { CellInput } from "./arguments";
import { isTextDate } from "./arguments";
import { cachedDateSystem, DATE_SYSTEM_1900, type DateSystem } from "./date-system";
import { FAILURE_CODES, type FailureCode, type Outcome, isFailure } from "./failure";
import * as implementations from "./implementations";
import * as lossRateImplementation from "./loss-rate";

/** Today on the clock of the machine Excel runs on, counted in the 1900 system. */
function localToday(): SerialDate {
  return serialFromLocalDate(new Date());
}

const workbookDateSystem = cachedDateSystem(() => readDate1904());

/** The date system when a text date meets a date cell; serials alone need no reading. */
function dateSystemFor(dates: CellInput[]): Promise<DateSystem> {
  return dates.some(isTextDate) && !dates.every(isTextDate)
    ? workbookDateSystem()
    : Promise.resolve(DATE_SYSTEM_1900);
}

function excelErrorCode(code: FailureCode): CustomFunctions.ErrorCode {
  switch (code) {
    case FAILURE_CODES.invalidValue:
      return CustomFunctions.ErrorCode.invalidValue;
    case FAILURE_CODES.invalidNumber:
      return CustomFunctions.ErrorCode.invalidNumber;
    case FAILURE_CODES.notAvailable:
      return CustomFunctions.ErrorCode.notAvailable;
  }
}

/**
 * The language of Excel's own interface, in which a failure is worded: errors speak to the person
 * at the workbook, unlike the `language` argument, which picks the words a formula returns.
 * Outside a ready Office context (tests, a failed load) it is English.
 */
function hostLocale(): DisplayLocale {
  const context = typeof Office === "undefined" ? undefined : Office.context;
  return resolveLocale(context?.displayLanguage);
}

// The words of Excel's language load once Office is ready; a rejected load is left unhandled so
// that the host reports it, and failures meanwhile are worded in English.
if (typeof Office !== "undefined")
  void Office.onReady().then(() => loadFunctionMessages(hostLocale()));

/** Excel shows a custom message only with #VALUE! and #N/A; #NUM! must go without one. */
function settle<T>(outcome: Outcome<T>): T {
  if (!isFailure(outcome)) return outcome;
  const message =
    outcome.code === FAILURE_CODES.invalidNumber
      ? undefined
      : functionFailureMessage(outcome.reason, outcome.params, hostLocale());
  throw new CustomFunctions.Error(excelErrorCode(outcome.code), message);
}

/**
 * Credit score 0–100: the weighted ratings, re-normalised over the factors that are rated.
 * @customfunction CREDITSCORE CREDITSCORE
 * @param ratings Factor ratings from 0 to ratingMax; blank cells are not rated (not zero).
 * @param [weights] Weight of each rating, same shape as ratings. Default: the policy's 18 factor weights for 18 ratings, else equal weights.
 * @param [ratingMax] The highest rating. Default 10.
 * @returns Score from 0 to 100; #N/A when less than 60 % of the weight is rated.
 */
export function creditScore(
  ratings: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- rating cells may be numbers, blanks or stray text, each checked
  weights?: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- checked cell by cell like ratings
  ratingMax?: any // eslint-disable-line @typescript-eslint/no-explicit-any -- blank means the default, text is refused with a message
): number {
  return settle(implementations.creditScore(ratings, weights, ratingMax));
}

/**
 * Credit grade A, B, C or D of a score (A ≥ 90, B ≥ 80, C ≥ 60).
 * @customfunction CREDITGRADE CREDITGRADE
 * @param score Credit score from 0 to 100.
 * @returns Grade letter.
 */
export function creditGrade(
  score: any // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank score must not read as 0
): string {
  return settle(implementations.creditGrade(score));
}

/**
 * Maximum payment terms in days for a score (120, 90, 60 or 0).
 * @customfunction PAYMENTTERMS PAYMENTTERMS
 * @param score Credit score from 0 to 100.
 * @returns Days of payment terms.
 */
export function paymentTerms(
  score: any // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank score must not read as 0
): number {
  return settle(implementations.paymentTerms(score));
}

/**
 * Order-based credit limit: orders of the last 3 months × the score's multiplier, rounded down to 1,000.
 * @customfunction CREDITLIMIT CREDITLIMIT
 * @param score Credit score from 0 to 100.
 * @param ordersLast3Months Order value of the 3 months before the as-of date; blank uses the new-customer base 300,000.
 * @param [isNewCustomer] TRUE for a new customer (fewer than 3 orders): the base is 300,000. Default FALSE.
 * @returns Credit limit in currency units.
 */
export function creditLimit(
  score: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank score must not read as 0
  ordersLast3Months: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- blank means "no order history", which is not 0
  isNewCustomer?: any // eslint-disable-line @typescript-eslint/no-explicit-any -- TRUE/FALSE, 1/0 or blank
): number {
  return settle(implementations.creditLimit(score, ordersLast3Months, isNewCustomer));
}

/**
 * Working-capital credit limit: working assets × a rate from the balance-sheet evaluation value.
 * @customfunction WCLIMIT WCLIMIT
 * @param currentAssets Current assets.
 * @param inventory Inventory (part of current assets).
 * @param currentLiabilities Current liabilities, above 0.
 * @param totalLiabilities Total liabilities.
 * @param equity Owners' equity; 0 or less gives a limit of 0.
 * @returns Credit limit in currency units, rounded down to 1,000.
 */
export function workingCapitalLimit(
  currentAssets: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- each figure is checked and named when blank or text
  inventory: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  currentLiabilities: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  totalLiabilities: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  equity: any // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
): number {
  return settle(
    implementations.workingCapitalLimitOf(
      currentAssets,
      inventory,
      currentLiabilities,
      totalLiabilities,
      equity
    )
  );
}

/**
 * Approval level of a credit limit: 1 (market dept + finance, up to 1.5 M) to 6 (board, above 20 M).
 * @customfunction APPROVALLEVEL APPROVALLEVEL
 * @param limit Credit limit in currency units.
 * @returns Approval level 1 to 6.
 */
export function approvalLevel(
  limit: any // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank limit must not read as 0
): number {
  return settle(implementations.approvalLevelOf(limit));
}

/**
 * Days overdue of a due date: as-of date minus due date (0 = due today, negative = not yet due).
 * @customfunction DAYSOVERDUE DAYSOVERDUE
 * @param dueDate Due date.
 * @param asOfDate Date of the review, e.g. TODAY(). AR.DAYSOVERDUETODAY counts from today by itself.
 * @returns Days overdue.
 */
export async function daysOverdue(
  dueDate: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a date serial or YYYY-MM-DD text
  asOfDate: any // eslint-disable-line @typescript-eslint/no-explicit-any -- as dueDate; a blank is refused with a message
): Promise<number> {
  const system = await dateSystemFor([dueDate, asOfDate]);
  return settle(implementations.daysOverdueOf(dueDate, asOfDate, system));
}

/**
 * Days overdue of a due date as of today (the date TODAY() shows); recalculates with every change.
 * @customfunction DAYSOVERDUETODAY DAYSOVERDUETODAY
 * @volatile
 * @param dueDate Due date.
 * @returns Days overdue.
 */
export async function daysOverdueToday(
  dueDate: any // eslint-disable-line @typescript-eslint/no-explicit-any -- a date serial or YYYY-MM-DD text
): Promise<number> {
  const system = isTextDate(dueDate) ? DATE_SYSTEM_1900 : await workbookDateSystem();
  return settle(implementations.daysOverdueTodayOf(dueDate, system, localToday()));
}

/**
 * Aging bucket of a due date: Not due, 1-30, 31-60, 61-90, 91-180 or >180.
 * @customfunction AGINGBUCKET AGINGBUCKET
 * @param dueDate Due date.
 * @param asOfDate Date of the review, e.g. TODAY(). AR.AGINGBUCKETTODAY counts from today by itself.
 * @param [edges] Upper edges of the buckets in days overdue, rising. Default {0,30,60,90,180}.
 * @param [language] Language of the text: "en-US" (default), "zh-CN" or "zh-TW".
 * @returns Bucket label.
 */
export async function agingBucket(
  dueDate: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a date serial or YYYY-MM-DD text
  asOfDate: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- as dueDate; a blank is refused with a message
  edges?: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- edge cells are checked to be whole, rising numbers
  language?: string
): Promise<string> {
  const system = await dateSystemFor([dueDate, asOfDate]);
  return settle(implementations.agingBucket(dueDate, asOfDate, edges, language, system));
}

/**
 * Aging bucket of a due date as of today (the date TODAY() shows); recalculates with every change.
 * @customfunction AGINGBUCKETTODAY AGINGBUCKETTODAY
 * @volatile
 * @param dueDate Due date.
 * @param [edges] Upper edges of the buckets in days overdue, rising. Default {0,30,60,90,180}.
 * @param [language] Language of the text: "en-US" (default), "zh-CN" or "zh-TW".
 * @returns Bucket label.
 */
export async function agingBucketToday(
  dueDate: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a date serial or YYYY-MM-DD text
  edges?: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- edge cells are checked to be whole, rising numbers
  language?: string
): Promise<string> {
  const system = isTextDate(dueDate) ? DATE_SYSTEM_1900 : await workbookDateSystem();
  return settle(implementations.agingBucketToday(dueDate, edges, language, system, localToday()));
}

/**
 * Collection step for a number of days overdue, from a phone reminder to legal action.
 * @customfunction COLLECTIONACTION COLLECTIONACTION
 * @param daysOverdue Days overdue (whole days; negative = not yet due).
 * @param [language] Language of the text: "en-US" (default), "zh-CN" or "zh-TW".
 * @returns Collection action.
 */
export function collectionAction(
  daysOverdue: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank must not read as 0 (due today)
  language?: string
): string {
  return settle(implementations.collectionAction(daysOverdue, language));
}

/**
 * Debt class by days overdue: current, in collection, doubtful, bad or dead.
 * @customfunction DEBTCLASS DEBTCLASS
 * @param daysOverdue Days overdue (whole days; negative = not yet due).
 * @param [language] Language of the text: "en-US" (default), "zh-CN" or "zh-TW".
 * @returns Debt class.
 */
export function debtClass(
  daysOverdue: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank must not read as 0 (due today)
  language?: string
): string {
  return settle(implementations.debtClass(daysOverdue, language));
}

/**
 * Can a new order ship on credit? OK, CASH ONLY (it would exceed the limit) or HOLD (something is overdue).
 * @customfunction ORDERCHECK ORDERCHECK
 * @param limit Credit limit.
 * @param exposure Open receivables plus unshipped orders.
 * @param orderAmount Amount of the new order.
 * @param [maxDaysOverdue] Largest days overdue of the customer's open invoices. Default 0.
 * @param [language] Language of the text: "en-US" (default), "zh-CN" or "zh-TW".
 * @returns OK, CASH ONLY or HOLD.
 */
export function orderCheck(
  limit: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- each amount is checked and named when blank or text
  exposure: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  orderAmount: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- as above
  maxDaysOverdue?: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- blank means nothing overdue
  language?: string
): string {
  return settle(
    implementations.orderCheckOf(limit, exposure, orderAmount, maxDaysOverdue, language)
  );
}

/**
 * Lifetime loss rate of an aging bucket (IFRS 9 provision matrix): the product of the roll rates from the bucket to the last, adjusted, at least the floor.
 * @customfunction LOSSRATE LOSSRATE
 * @param bucketIndex Aging bucket counted from 1 (1 = Not due).
 * @param [rollRates] Roll rate of each bucket, 0 to 1, in bucket order; blank cells are unknown. Omitted: the floor alone.
 * @param [floor] Least loss rate, 0 to 1. Default: the policy's floor of the bucket.
 * @param [adjustment] Forward-looking adjustment, -1 to 1 (0.1 raises the rate by 10 %). Default: the policy's, 0.
 * @returns Loss rate from 0 to 1.
 */
export function lossRate(
  bucketIndex: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- a blank bucket must not read as 0
  rollRates?: any[][], // eslint-disable-line @typescript-eslint/no-explicit-any -- rate cells may be numbers, blanks or stray text, each checked
  floor?: any, // eslint-disable-line @typescript-eslint/no-explicit-any -- blank means the policy's floor
  adjustment?: any // eslint-disable-line @typescript-eslint/no-explicit-any -- blank means the policy's adjustment
): number {
  return settle(lossRateImplementation.lossRate(bucketIndex, rollRates, floor, adjustment));
}
