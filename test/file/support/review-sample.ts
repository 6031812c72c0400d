/**
 * The whole review over a raw workbook, as the command line will run it: read the tables and the
 * Policy sheet, review as of 2026-06-30, and build the output plan (English unless asked).
 */
import { serialFromIso } from "../../../src/engine/dates";
import { DEFAULT_POLICY, type Policy } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import type { ReviewResult } from "../../../src/engine/types";
import type { DisplayLocale } from "../../../src/i18n/locales";
import { headerSynonyms } from "../../../src/i18n/headers";
import { allOutputLabels, outputLabels } from "../../../src/i18n/output-labels";
import { buildOutputPlan } from "../../../src/workbook/output-plan";
import { ownedSignatures } from "../../../src/workbook/owned-signatures";
import type { OutputPlan } from "../../../src/workbook/plan";
import type { RawWorkbook } from "../../../src/workbook/raw";
import { readPolicySheet } from "../../../src/workbook/read-policy-sheet";
import { readWorkbook, type ReadResult } from "../../../src/workbook/read-workbook";
import { problemMessage } from "../../../src/i18n/problem-messages";
import { STATEMENT_WORDS } from "../../../src/i18n/statement-words";

export const SAMPLE_AS_OF = serialFromIso("2026-06-30");

export interface ReviewedWorkbook {
  read: ReadResult;
  policy: Policy;
  policyAccepted: boolean;
  result: ReviewResult;
  plan: OutputPlan;
}

export function reviewRaw(raw: RawWorkbook, locale: DisplayLocale = "en-US"): ReviewedWorkbook {
  const policySheet = raw.sheets.find((sheet) => sheet.name === "Policy");
  const policyRead = policySheet
    ? readPolicySheet(policySheet, DEFAULT_POLICY)
    : { policy: DEFAULT_POLICY, accepted: false };
  const read = readWorkbook(raw, headerSynonyms(), {
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
  });
  if (read.layout === null)
    throw new Error(
      `the tables were not found: ${read.problems.map((problem) => problemMessage(problem, "en-US")).join("; ")}`
    );
  const result = review(read.input, policyRead.policy, SAMPLE_AS_OF);
  const plan = buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: read.input,
    result,
    layout: read.layout,
    labels: outputLabels(locale, DEFAULT_POLICY),
    previousLog: [],
    policy: policyRead.policy,
    existingSheetNames: raw.sheets.map((sheet) => sheet.name),
  });
  return { read, policy: policyRead.policy, policyAccepted: policyRead.accepted, result, plan };
}
