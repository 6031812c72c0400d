/**
 * The Trends sheet (issue 10): where the portfolio is heading over the reviews on file — the
 * aging buckets (a table and a stacked column chart), the open amount, overdue share, top-10
 * customers' share, Herfindahl index, DSO and countback DSO — and, below, the grade migration
 * since the previous review as two grids (customers, open amounts), "new" and "gone" included.
 *
 * A review whose buckets followed other aging edges than the current policy's keeps its row
 * (open amount, shares, DSO) but leaves its bucket cells blank: its amounts are not the same
 * days and would be misread under the current headers.
 */
import { bucketLabels } from "../engine/aging";
import { isoFromSerial } from "../engine/dates";
import type { HistoryAnalysis } from "../engine/history/history-analysis";
import {
  MIGRATION_ORDER,
  type MigrationCell,
  type MigrationGrade,
} from "../engine/history/grade-migration";
import type { Policy } from "../engine/policy";
import type { Minor, SerialDate } from "../engine/types";
import { fitSheetColumns } from "./fit-sheet-columns";
import type { OutputLabels } from "./labels";
import {
  AVERAGE_DAYS_FORMAT,
  DATE_FORMAT,
  PERCENT_FORMAT,
  WHOLE_NUMBER_FORMAT,
  moneyFormat,
} from "./number-formats";
import type { ChartPlan, ChartSize, NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { cellAddress, columnRange, rangeAddress } from "./plan-address";
import type { OwnedSheetName } from "./plan-sheet-name";
import { toCurrencyUnits } from "./plan-values";
import { replacedVisibleSheet } from "./replaced-sheet";

const TITLE_ROW = 1;
export const TRENDS_HEADER_ROW = 3;
const FIRST_BUCKET_COLUMN = 2;
/** The Herfindahl index reads as a share of 1 with four places (0.0625 = 16 equal customers). */
const HERFINDAHL_FORMAT = "0.0000";
const CHART_SIZE: ChartSize = { widthPoints: 480, heightPoints: 280 };
/** Empty rows between the trend table and the migration grids, and between the two grids. */
const GAP_ROWS = 1;

/** The text of A1, which proves the sheet ours (with the output map) in any language. */
export function trendsTitle(labels: OutputLabels): string {
  return labels.trends.title;
}

/** Rows of the grid: where customers came from ("gone" is only a destination). */
export const MIGRATION_FROM = MIGRATION_ORDER.filter((grade) => grade !== "GONE");
/** Columns of the grid: where customers went ("new" is only an origin). */
export const MIGRATION_TO = MIGRATION_ORDER.filter((grade) => grade !== "NEW");

function gradeWord(grade: MigrationGrade, words: NonNullable<OutputLabels["trends"]>): string {
  if (grade === "NEW") return words.newCustomer;
  if (grade === "GONE") return words.gone;
  if (grade === "UNGRADED") return words.ungraded;
  return grade;
}

export interface TrendsSheetArgs {
  analysis: HistoryAnalysis;
  /** The as-of date of this review. */
  asOf: SerialDate;
  /** The current policy's aging edges: the buckets the table's headers name. */
  edges: readonly number[];
  /** Aging edges of each review on file, by as-of date. */
  edgesOf: ReadonlyMap<SerialDate, readonly number[]>;
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
}

const sameEdges = (a: readonly number[] | undefined, b: readonly number[]): boolean =>
  a !== undefined && a.length === b.length && a.every((edge, i) => edge === b[i]);

export function buildTrendsSheet(args: TrendsSheetArgs): SheetPlan {
  const { analysis, edges, edgesOf, labels, policy, sheetName } = args;
  const words = labels.trends;
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  const buckets = bucketLabels([...edges], labels.notDue);
  const bucketCount = buckets.length;
  const openColumn = FIRST_BUCKET_COLUMN + bucketCount;
  const headers = [
    words.reviewDate,
    ...buckets,
    words.open,
    words.overdueShare,
    words.top10Share,
    words.herfindahl,
    words.dso,
    words.dsoCountback,
  ];
  const cells: PlanValue[][] = [[words.title], [], headers];
  for (const point of analysis.trends) {
    const comparable = sameEdges(edgesOf.get(point.asOf), edges);
    cells.push([
      point.asOf,
      ...buckets.map((_, b) => (comparable ? units(point.agingTotals[b] ?? 0) : null)),
      units(point.open),
      point.overdueShare,
      point.top10Share,
      point.herfindahl,
      point.dso,
      point.dsoCountback,
    ]);
  }
  const firstDataRow = TRENDS_HEADER_ROW + 1;
  const lastDataRow = TRENDS_HEADER_ROW + analysis.trends.length;
  const money = moneyFormat(policy.minorPerUnit);
  const numberFormats: NumberFormatPlan[] = [];
  const boldRows = [TITLE_ROW, TRENDS_HEADER_ROW];
  if (lastDataRow >= firstDataRow) {
    const column = (offset: number) => columnRange(openColumn + offset, firstDataRow, lastDataRow);
    numberFormats.push(
      { range: columnRange(1, firstDataRow, lastDataRow), format: DATE_FORMAT },
      {
        range: rangeAddress(firstDataRow, FIRST_BUCKET_COLUMN, lastDataRow, openColumn),
        format: money,
      },
      {
        range: rangeAddress(firstDataRow, openColumn + 1, lastDataRow, openColumn + 2),
        format: PERCENT_FORMAT,
      },
      { range: column(3), format: HERFINDAHL_FORMAT },
      {
        range: rangeAddress(firstDataRow, openColumn + 4, lastDataRow, openColumn + 5),
        format: AVERAGE_DAYS_FORMAT,
      }
    );
  }

  // The migration grids, below the table.
  for (let gap = 0; gap < GAP_ROWS; gap++) cells.push([]);
  // The review re-run may be an older one: its previous review is the one before it.
  const at = analysis.reviews.indexOf(args.asOf);
  const previous = at > 0 ? analysis.reviews[at - 1] : null;
  if (previous === null) {
    cells.push([words.noPreviousReview]);
  } else {
    cells.push([words.migrationTitle, isoFromSerial(previous), isoFromSerial(args.asOf)]);
    boldRows.push(cells.length);
    const grids: [string, (cell: MigrationCell) => number, string][] = [
      [words.migrationCounts, (cell) => cell.count, WHOLE_NUMBER_FORMAT],
      [words.migrationAmounts, (cell) => units(cell.amount), money],
    ];
    grids.forEach(([title, valueOf, format], index) => {
      if (index > 0) for (let gap = 0; gap < GAP_ROWS; gap++) cells.push([]);
      cells.push([title, ...MIGRATION_TO.map((grade) => gradeWord(grade, words))]);
      const headerRow = cells.length;
      boldRows.push(headerRow);
      for (const fromGrade of MIGRATION_FROM) {
        cells.push([
          gradeWord(fromGrade, words),
          ...MIGRATION_TO.map((toGrade) => {
            const cell = analysis.migration.find(
              (entry) => entry.from === fromGrade && entry.to === toGrade
            );
            return cell === undefined ? 0 : valueOf(cell);
          }),
        ]);
      }
      numberFormats.push({
        range: rangeAddress(headerRow + 1, 2, cells.length, 1 + MIGRATION_TO.length),
        format,
      });
    });
  }

  const fitted = fitSheetColumns(
    { cells, startRow: 1, numberFormats },
    { row: TRENDS_HEADER_ROW, texts: headers }
  );
  const charts: ChartPlan[] =
    lastDataRow >= firstDataRow
      ? [
          {
            kind: "stackedColumn",
            title: words.chartTitle,
            categoriesRange: columnRange(1, firstDataRow, lastDataRow),
            valuesRange: columnRange(FIRST_BUCKET_COLUMN, firstDataRow, lastDataRow),
            seriesName: buckets[0],
            moreSeries: buckets.slice(1).map((name, b) => ({
              name,
              valuesRange: columnRange(FIRST_BUCKET_COLUMN + 1 + b, firstDataRow, lastDataRow),
            })),
            // Beside the table, one column apart, in view when the sheet opens.
            anchor: cellAddress(TITLE_ROW, headers.length + 2),
            ...CHART_SIZE,
          },
        ]
      : [];
  return replacedVisibleSheet("trends", sheetName, {
    cells,
    numberFormats,
    conditionalFormats: [],
    boldRows,
    ...fitted,
    freezeRows: TRENDS_HEADER_ROW,
    charts,
  });
}
