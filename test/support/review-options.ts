/**
 * The options a test gives prepareReview for an English review of a workbook at one as-of date:
 * the shipped header synonyms, labels, owned-sheet signatures and policy sheet names, so a test
 * states only what it changes (`extra`).
 */
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import type { SerialDate } from "../../src/engine/serial-date";
import { headerSynonyms, outputLabels } from "../../src/i18n";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import type { WorkbookReviewOptions } from "../../src/workbook/workbook-review";

export function englishReviewOptions(
  asOf: SerialDate,
  extra: Partial<WorkbookReviewOptions> = {}
): WorkbookReviewOptions {
  return {
    statementWords: STATEMENT_WORDS,
    asOf,
    synonyms: headerSynonyms(),
    labelsFor: (policy: Policy) => outputLabels("en-US", policy),
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
    policySheetNames: POLICY_SHEET_NAMES,
    ...extra,
  };
}
