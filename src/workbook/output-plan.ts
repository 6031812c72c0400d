/**
 * The output plan of a review: everything it writes into the workbook, computed without Excel,
 * so that the live workbook (Office.js) and a file (the package writer) get exactly the same result.
 */
import type { Policy } from "../engine/policy";
import type { ReviewInput, ReviewResult } from "../engine/types";
import type { OutputLabels } from "./labels";
import type { LogEntry, WorkbookLayout } from "./layout";
import type { ColumnBlockPlan, OutputPlan } from "./plan";
import { META_SHEET_NAME, buildMetaSheet } from "./meta-sheet";
import type { MetaBlock } from "./meta-sheet";
import { blockDigests } from "./column-digest";
import { buildAgingSheet } from "./plan-aging-sheet";
import { buildCreditChangesSheet } from "./plan-credit-changes";
import type { CreditChangeRow } from "./credit-changes";
import { creditChangeRows } from "./credit-changes";
import { customerScoreChanges } from "./customer-score-changes";
import { buildCreditLogSheet } from "./plan-credit-log";
import { buildCustomerBlock } from "./plan-customer-block";
import { POLICY_SHEET_FALLBACK_NAME, buildPolicySheet } from "./plan-policy-sheet";
import { buildReceivableBlock } from "./plan-receivable-block";
import { buildAgingHistorySheet } from "./plan-aging-history";
import { buildLossAllowanceSheet } from "./plan-loss-allowance-sheet";
import { buildTrendsSheet } from "./plan-trends-sheet";
import { NO_PREVIOUS_HISTORY, reviewHistory, type ReviewHistory } from "./review-history";
import { nameOwnedSheets, uniqueSheetName } from "./plan-sheet-name";
import { collectionSheets } from "./plan-collection-sheets";
import type { SheetPlan } from "./plan";
import type { StatementWordsByLanguage } from "./customer-letters";
import { fitBlockText, fitSheetText } from "./plan-text-limits";
import type { PlanNote } from "./plan-note";

export interface OutputPlanArgs {
  input: ReviewInput;
  result: ReviewResult;
  layout: WorkbookLayout;
  labels: OutputLabels;
  /** The Credit Log as read before this review (empty on a first review). */
  previousLog: LogEntry[];
  policy: Policy;
  /** Every sheet name of the workbook, when known: new owned sheets never take one of them. */
  existingSheetNames?: string[];
  /** The Credit Changes rows when the caller already has them (to show them); else computed here. */
  changes?: readonly CreditChangeRow[];
  /** The sender's name in collection letters (`{company}`); blank when not given. */
  company?: string;
  /** Statement headings per letter language; English when absent. */
  statementWords: StatementWordsByLanguage;
  /** The history with this review in it; absent: this review alone starts it. */
  history?: ReviewHistory;
}

/** Where a block ends up and what it holds (as written: after text fitting), as the map records it. */
function metaBlockOf(block: ColumnBlockPlan): MetaBlock {
  return {
    sheet: block.sheet,
    headerRow: block.headerRow,
    firstColumn: block.firstColumn,
    keys: block.keys,
    lastRow: block.headerRow + block.rows.length,
    digests: blockDigests(block.rows, block.keys.length),
  };
}

export function buildOutputPlan(args: OutputPlanArgs): OutputPlan {
  const { input, result, layout, labels, policy } = args;
  const notes: PlanNote[] = [];

  const customerBlock = buildCustomerBlock({
    customers: result.customers,
    table: layout.customers,
    labels,
    policy,
    notes,
  });
  const receivableBlock = buildReceivableBlock({
    input,
    receivables: result.receivables,
    table: layout.receivables,
    labels,
    policy,
    notes,
  });

  const policySheetTitle = labels.sheets.policy ?? POLICY_SHEET_FALLBACK_NAME;
  // The proven map keeps its name; otherwise the map takes a name no sheet carries, so a user's
  // sheet that merely bears the map's name is never rewritten.
  const provenMap = layout.ownedSheets.meta?.name;
  const mapName =
    provenMap ?? uniqueSheetName(META_SHEET_NAME, [...(args.existingSheetNames ?? [])]);
  const names = nameOwnedSheets(
    layout,
    args.existingSheetNames ?? [],
    {
      aging: labels.sheets.aging,
      creditLog: labels.sheets.creditLog,
      creditChanges: labels.sheets.creditChanges,
      policy: policySheetTitle,
      // Named now so that the history keeps its name once a review writes it (issue 10).
      agingHistory: labels.sheets.agingHistory ?? labels.history.title,
      collections: labels.sheets.collections ?? labels.collections.title,
      letters: labels.sheets.letters ?? labels.letters.title,
      trends: labels.sheets.trends ?? labels.trends.title,
      lossAllowance: labels.sheets.lossAllowance ?? labels.lossAllowance.title,
    },
    [mapName]
  );
  const aging = buildAgingSheet({ result, labels, policy, sheetName: names.aging, notes });
  const creditLog = buildCreditLogSheet({
    result,
    labels,
    policy,
    layout,
    sheetName: names.creditLog,
  });
  const creditChanges = buildCreditChangesSheet({
    result,
    changes:
      args.changes ??
      creditChangeRows(
        result,
        args.previousLog,
        policy.minorPerUnit,
        customerScoreChanges(result, args.previousLog, policy)
      ),
    labels,
    policy,
    sheetName: names.creditChanges,
  });
  const policySheet = buildPolicySheet({
    policy,
    title: policySheetTitle,
    sheetName: names.policy,
    words: labels.policyKeys,
  });
  const collections: SheetPlan[] = collectionSheets({
    input,
    result,
    layout,
    labels,
    policy,
    company: args.company ?? "",
    statementWords: args.statementWords,
    names,
  });
  const history = args.history ?? reviewHistory(NO_PREVIOUS_HISTORY, result, policy);
  const agingHistory = buildAgingHistorySheet({
    history: history.previous,
    current: history.current,
    kept: history.kept,
    labels,
    policy,
    sheetName: names.agingHistory,
    notes,
  });
  const edgesOf = new Map(
    [...history.previous, history.current].map((snapshot) => [snapshot.asOf, snapshot.edges])
  );
  const trends = buildTrendsSheet({
    analysis: history.analysis,
    asOf: result.asOf,
    edges: history.current.edges,
    edgesOf,
    labels,
    policy,
    sheetName: names.trends,
  });
  const lossAllowance = buildLossAllowanceSheet({
    analysis: history.analysis,
    asOf: result.asOf,
    edges: history.current.edges,
    labels,
    policy,
    sheetName: names.lossAllowance,
  });
  const columnBlocks = [customerBlock, receivableBlock].map((block) => fitBlockText(block, notes));
  const [fittedCustomers, fittedReceivables] = columnBlocks;
  const metaSheet = buildMetaSheet(
    {
      blocks: {
        customers: metaBlockOf(fittedCustomers),
        receivables: metaBlockOf(fittedReceivables),
      },
      sheets: {
        aging: aging.name,
        creditLog: creditLog.name,
        creditChanges: creditChanges.name,
        policy: policySheet.name,
        agingHistory: agingHistory.name,
        trends: trends.name,
        lossAllowance: lossAllowance.name,
        meta: mapName,
        ...Object.fromEntries(collections.map((sheet) => [sheet.key, sheet.name])),
      },
    },
    mapName,
    provenMap === undefined ? [] : [provenMap]
  );

  return {
    columnBlocks,
    sheets: [
      aging,
      creditLog,
      creditChanges,
      policySheet,
      agingHistory,
      trends,
      lossAllowance,
      ...collections,
      metaSheet,
    ].map((sheet) => fitSheetText(sheet, notes)),
    activate: layout.customers.sheet,
    notes,
  };
}
