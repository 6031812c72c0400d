/**
 * The Aging History sheet (issue 10): one row per customer per review — the snapshot each review
 * leaves — so that a workbook, or a folder of monthly workbooks, is a history. The sheet is
 * written whole each time from the snapshots read back (`read-aging-history.ts`) plus the
 * current one, which replaces a snapshot of the same date: a re-run never doubles a review.
 * Rows that could not be read back are written again as they were, after the snapshots, so
 * that nothing a person kept there is lost.
 *
 * Layout, read back BY POSITION (headers are in the language of the last review):
 *   A1 title · row 2 headers · from row 3: reviewDate · customerId · grade · score ·
 *   creditLimit · statusCode · dead · dso · dsoCountback · edges ("0,30,60,90,180") · then one
 *   column per aging bucket of the row's own edges. Append new fixed columns only before edges'
 *   buckets with a new format version, never in between.
 */
import { bucketLabels } from "../engine/aging";
import { isoFromSerial } from "../engine/dates";
import type { Snapshot } from "../engine/history/snapshot";
import { withSnapshot } from "../engine/history/snapshot-history";
import type { Policy } from "../engine/policy";
import type { OutputLabels } from "./labels";
import { fitSheetColumns } from "./fit-sheet-columns";
import { DATE_FORMAT, SCORE_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import type { NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { MAX_ROW, columnRange } from "./plan-address";
import type { OwnedSheetName } from "./plan-sheet-name";
import { toCurrencyUnits } from "./plan-values";
import { planNoteOf, type PlanNote } from "./plan-note";

export const AGING_HISTORY_COLUMNS = [
  "reviewDate",
  "customerId",
  "grade",
  "score",
  "creditLimit",
  "statusCode",
  "dead",
  "dso",
  "dsoCountback",
  "edges",
] as const;
export type AgingHistoryColumn = (typeof AGING_HISTORY_COLUMNS)[number];

/** Row of the title (A1), of the headers, and the first row of data. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** Edges are written as whole numbers joined by this (read back by the same character). */
export const EDGE_SEPARATOR = ",";

/** The text of A1, which proves the sheet ours (with the output map) in any language. */
export function agingHistoryTitle(labels: OutputLabels): string {
  return labels.history.title;
}

export function agingHistoryHeaders(labels: OutputLabels, edges: number[]): string[] {
  const words = labels.history;
  return [
    ...AGING_HISTORY_COLUMNS.map((column) => words[column]),
    ...bucketLabels(edges, labels.notDue),
  ];
}

/**
 * Appends one row per customer of the snapshot to `into`. Each row is one array of its final
 * length, filled in place: a sheet holds years of rows, and a mapped and spread row per customer
 * made three arrays where one will do.
 */
function appendSnapshotRows(into: PlanValue[][], snapshot: Snapshot, minorPerUnit: number): void {
  const edges = snapshot.edges.join(EDGE_SEPARATOR);
  const { asOf, dso, dsoCountback } = snapshot;
  const fixed = AGING_HISTORY_COLUMNS.length;
  for (const row of snapshot.rows) {
    const bucketCount = row.buckets.length;
    const values = new Array<PlanValue>(fixed + bucketCount);
    values[0] = asOf;
    values[1] = row.customerId;
    values[2] = row.grade;
    values[3] = row.score;
    values[4] = toCurrencyUnits(row.limit, minorPerUnit);
    values[5] = row.status;
    values[6] = toCurrencyUnits(row.dead, minorPerUnit);
    values[7] = dso;
    values[8] = dsoCountback;
    values[9] = edges;
    for (let b = 0; b < bucketCount; b++)
      values[fixed + b] = toCurrencyUnits(row.buckets[b], minorPerUnit);
    into.push(values);
  }
}

export interface AgingHistoryArgs {
  /** The snapshots read back from the sheet, oldest first. */
  history: readonly Snapshot[];
  current: Snapshot;
  /** Rows of the sheet that could not be read back, written again unchanged. */
  kept: readonly PlanValue[][];
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
  /** Receives a note for each review left out because the sheet would outgrow Excel. */
  notes: PlanNote[];
}

export function buildAgingHistorySheet(args: AgingHistoryArgs): SheetPlan {
  const { current, kept, labels, policy, sheetName, notes } = args;
  const snapshots = withSnapshot(args.history, current);
  // The oldest reviews give way first when the sheet would not fit; the current one always stays.
  let rowCount = FIRST_DATA_ROW - 1 + kept.length;
  for (const snapshot of snapshots) rowCount += snapshot.rows.length;
  while (rowCount > MAX_ROW && snapshots.length > 1 && snapshots[0] !== current) {
    const dropped = snapshots.shift();
    if (dropped === undefined) break;
    rowCount -= dropped.rows.length;
    const sheet = sheetName.name;
    const params = { sheet, asOf: isoFromSerial(dropped.asOf), maxRow: MAX_ROW };
    notes.push(planNoteOf("HISTORY_REVIEW_LEFT_OUT", params, { sheet }));
  }
  const headers = agingHistoryHeaders(labels, current.edges);
  // The sheet's rows are built straight into its cells, without intermediate copies.
  const cells: PlanValue[][] = [[agingHistoryTitle(labels)], headers];
  let currentFrom = cells.length;
  for (const snapshot of snapshots) {
    if (snapshot === current) currentFrom = cells.length;
    appendSnapshotRows(cells, snapshot, policy.minorPerUnit);
  }
  const currentTo = currentFrom + current.rows.length;
  const dataCount = cells.length - (FIRST_DATA_ROW - 1);
  for (const row of kept) cells.push(row);

  const numberFormats: NumberFormatPlan[] = [];
  const last = FIRST_DATA_ROW + dataCount - 1;
  if (dataCount > 0) {
    const money = moneyFormat(policy.minorPerUnit);
    const formatOf: Partial<Record<AgingHistoryColumn, string>> = {
      reviewDate: DATE_FORMAT,
      customerId: TEXT_FORMAT,
      score: SCORE_FORMAT,
      creditLimit: money,
      dead: money,
      dso: SCORE_FORMAT,
      dsoCountback: SCORE_FORMAT,
      edges: TEXT_FORMAT,
    };
    AGING_HISTORY_COLUMNS.forEach((column, index) => {
      const format = formatOf[column];
      if (format)
        numberFormats.push({ range: columnRange(index + 1, FIRST_DATA_ROW, last), format });
    });
    const widest = Math.max(...snapshots.map((snapshot) => snapshot.edges.length + 1));
    for (let b = 0; b < widest; b++)
      numberFormats.push({
        range: columnRange(AGING_HISTORY_COLUMNS.length + 1 + b, FIRST_DATA_ROW, last),
        format: money,
      });
  }
  // Widths are fitted to the headers and the current review's rows: earlier reviews hold the
  // same kinds of values, and measuring every row of years of history would cost seconds.
  const fitted = fitSheetColumns(
    {
      cells: [cells[0], headers, ...cells.slice(currentFrom, currentTo)],
      startRow: 1,
      numberFormats,
    },
    { row: HEADER_ROW, texts: headers }
  );
  return {
    key: "agingHistory",
    name: sheetName.name,
    knownNames: sheetName.knownNames,
    visibility: "visible",
    mode: "replace",
    startRow: 1,
    cells,
    numberFormats,
    conditionalFormats: [],
    boldRows: [TITLE_ROW, HEADER_ROW],
    columnWidths: fitted.columnWidths,
    ...(fitted.wrappedHeader ? { wrappedHeader: fitted.wrappedHeader } : {}),
    freezeRows: HEADER_ROW,
    charts: [],
  };
}
