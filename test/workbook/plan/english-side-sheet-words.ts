/**
 * The product's English words for the side sheets and the Credit Log's added columns, which
 * every set of labels must carry: the plan tests' own label sets take them as they are.
 */
import { EN_US_LABELS } from "../../../src/i18n/labels/en-US";
import type { OutputLabels } from "../../../src/workbook/labels";

const { why, history, collections, contactActions, letters, trends, lossAllowance, log } =
  EN_US_LABELS;

export const ENGLISH_SIDE_SHEET_WORDS: Pick<
  OutputLabels,
  "why" | "history" | "collections" | "contactActions" | "letters" | "trends" | "lossAllowance"
> = { why, history, collections, contactActions, letters, trends, lossAllowance };

/** The Credit Log's headers beyond those each test label set spells out itself. */
export const ENGLISH_LOG_EXTRA_HEADERS: Omit<
  OutputLabels["log"],
  | "reviewDate"
  | "policyVersion"
  | "customerId"
  | "customerName"
  | "score"
  | "grade"
  | "creditLimit"
  | "termsDays"
  | "status"
  | "reasons"
> = {
  statusCode: log.statusCode,
  reasonCodes: log.reasonCodes,
  limitBase: log.limitBase,
  baseSource: log.baseSource,
  multiplier: log.multiplier,
  bandMinScore: log.bandMinScore,
  limitWorkingCapital: log.limitWorkingCapital,
  rating: log.rating,
  openPromise: log.openPromise,
  brokenPromises3m: log.brokenPromises3m,
  disputedInvoices: log.disputedInvoices,
  disputedAmount: log.disputedAmount,
};
