/** The pipeline the pane runs on: the real reader, engine and plan, with the workbook's own sheets. */
import { readCreditLog } from "../../workbook/read-credit-log";
import { readPolicySheet } from "../../workbook/read-policy-sheet";
import { createReviewPipeline } from "./real-pipeline";
import type { ReviewPipeline } from "./review-pipeline";

/**
 * Names a workbook's key/value policy sheet may carry (matched ignoring case): the sample and
 * the command line call it "Policy"; Chinese workbooks use the same words as the pane's tab.
 */
export const POLICY_SHEET_NAMES = ["Policy", "Credit Policy", "信用政策", "政策"];

export function createDefaultPipeline(): ReviewPipeline {
  return createReviewPipeline({
    readCreditLog,
    readPolicySheet(sheet, base) {
      const read = readPolicySheet(sheet, base);
      // A refused sheet is reported through its problems and the defaults run instead.
      return { policy: read.accepted ? read.policy : null, problems: read.problems };
    },
    policySheetNames: POLICY_SHEET_NAMES,
  });
}
