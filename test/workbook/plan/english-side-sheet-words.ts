/**
 * The product's English words for the side sheets and the Credit Log's collection columns, which
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

export const ENGLISH_COLLECTION_LOG_HEADERS: Pick<
  OutputLabels["log"],
  "openPromise" | "brokenPromises3m" | "disputedInvoices" | "disputedAmount"
> = {
  openPromise: log.openPromise,
  brokenPromises3m: log.brokenPromises3m,
  disputedInvoices: log.disputedInvoices,
  disputedAmount: log.disputedAmount,
};
