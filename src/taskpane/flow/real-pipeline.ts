/**
 * The review pipeline over the shared review composition (`src/workbook/workbook-review.ts`), the
 * engine and the language layer: the same steps the command line runs, with the pane's language.
 */
import { validatePolicy } from "../../engine/policy-validation";
import { review } from "../../engine/review";
import { headerSynonyms } from "../../i18n/headers";
import { outputLabels } from "../../i18n/output-labels";
import { allOutputLabels } from "../../i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../i18n/owned-sheet-names";
import { ownedSignatures } from "../../workbook/owned-signatures";
import {
  checkContent,
  choosePolicy,
  planReview,
  readForReview,
} from "../../workbook/workbook-review";
import { isPaneLocale } from "../i18n/pane-locale";
import type { ReviewPipeline } from "./review-pipeline";

export function createReviewPipeline(): ReviewPipeline {
  const synonyms = headerSynonyms();
  const signatures = ownedSignatures(allOutputLabels());
  return {
    choosePolicy: (raw, savedPolicy) =>
      choosePolicy(raw, { savedPolicy, policySheetNames: POLICY_SHEET_NAMES }),
    readWorkbook: (raw, mapping, policy) =>
      readForReview(raw, policy, { synonyms, mapping, ownedSignatures: signatures }),
    checkContent,
    review,
    planReview: ({ raw, locale, ...step }) =>
      planReview(raw, {
        ...step,
        labels: outputLabels(isPaneLocale(locale) ? locale : "en-US", step.policy),
      }),
    validatePolicy,
  };
}
