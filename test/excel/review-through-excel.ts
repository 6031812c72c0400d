/**
 * A whole review through the Office.js adapter on the recording fake: read the open workbook →
 * the workbook layer's reading half → the engine's review → the output plan → apply. The same
 * steps the pane runs, with the same real engine and plan, reading as the pane does (only the
 * sheets the review needs).
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { applyPlan } from "../../src/excel/apply-plan";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { review } from "../../src/engine/review";
import type { ReviewResult } from "../../src/engine/types";
import { headerSynonyms } from "../../src/i18n/headers";
import { outputLabels } from "../../src/i18n/output-labels";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { paneSheetSelection } from "../../src/taskpane/ports/excel-sheet-selection";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import { buildOutputPlan } from "../../src/workbook/output-plan";
import type { OutputPlan } from "../../src/workbook/plan";
import { readCreditLog } from "../../src/workbook/read-credit-log";
import { readWorkbook } from "../../src/workbook/read-workbook";
import { AS_OF, POLICY } from "./large-book";
import { type FakeExcel, asExcelContext } from "./recording-fake";
import { problemMessage } from "../../src/i18n/problem-messages";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

export interface FlowRun {
  plan: OutputPlan;
  result: ReviewResult;
  /** Round trips of the read and of the apply, as the fake counted them. */
  readRoundTrips: number;
  applyRoundTrips: number;
  readMs: number;
  computeMs: number;
  applyMs: number;
}

const ALL_SETS = (): boolean => true;

export async function reviewThroughExcel(excel: FakeExcel): Promise<FlowRun> {
  const started = performance.now();
  // As the pane reads: header bands first, then only the sheets the review needs.
  const raw = await readOpenWorkbook(asExcelContext(excel.context()), {
    supports: ALL_SETS,
    ...paneSheetSelection({}),
  });
  const readRoundTrips = excel.roundTrips;
  const readDone = performance.now();

  const reading = readWorkbook(raw, headerSynonyms(), {
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
  });
  const layout = reading.layout;
  if (!layout)
    throw new Error(
      `The fake book was not recognised: ${reading.problems.map((p) => problemMessage(p, "en-US")).join("; ")}`
    );
  const result = review(reading.input, POLICY, AS_OF);
  const logSheet = layout.ownedSheets.creditLog
    ? raw.sheets.find((sheet) => sheet.name === layout.ownedSheets.creditLog?.name)
    : undefined;
  const plan = buildOutputPlan({
    statementWords: STATEMENT_WORDS,
    input: reading.input,
    result,
    layout,
    labels: outputLabels("en-US", POLICY),
    previousLog: logSheet
      ? readCreditLog(logSheet, raw.date1904, DEFAULT_POLICY.minorPerUnit).entries
      : [],
    policy: POLICY,
    existingSheetNames: raw.sheets.map((sheet) => sheet.name),
  });
  const computeDone = performance.now();

  await applyPlan(asExcelContext(excel.context()), plan);
  const applyDone = performance.now();
  return {
    plan,
    result,
    readRoundTrips,
    applyRoundTrips: excel.roundTrips - readRoundTrips,
    readMs: readDone - started,
    computeMs: computeDone - readDone,
    applyMs: applyDone - computeDone,
  };
}
