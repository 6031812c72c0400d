/**
 * The Aging sheet (CREDIT-POLICY.md §7): customers × buckets of open amounts, riskiest first,
 * with totals, bucket shares and the average age; colour rises from green (not due) to dark red
 * (the oldest bucket) so a manager sees the risk at a glance.
 */
import { addMinor, ZERO_MINOR } from "../engine/money";
import type { Policy } from "../engine/policy";
import type { AgingRow, Minor, ReviewResult } from "../engine/types";
import type { OutputLabels } from "./labels";
import type {
  ChartPlan,
  ChartSize,
  ConditionalFormatPlan,
  NumberFormatPlan,
  PlanValue,
  SheetPlan,
} from "./plan";
import { DATA_BAR_COLOR, agingColors } from "./colors";
import { cellAddress, columnRange, rangeAddress } from "./plan-address";
import { AVERAGE_DAYS_FORMAT, PERCENT_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import { agingBucketLabels } from "./plan-receivable-block";
import type { OwnedSheetName } from "./plan-sheet-name";
import { replacedVisibleSheet } from "./replaced-sheet";
import {
  AS_OF_DATE_FORMAT,
  DATED_TABLE_HEADER_ROW,
  DATED_TABLE_TITLE_ROW,
  datedTableHead,
} from "./dated-table-sheet";
import { fitSheetColumns } from "./fit-sheet-columns";
import { tablePrint } from "./print-plan";
import { toCurrencyUnits } from "./plan-values";
import { planNoteOf, type PlanNote } from "./plan-note";

export const AGING_HEADER_ROW = DATED_TABLE_HEADER_ROW;
/** Column of the customer id and name; bucket columns start right after. */
const ID_COLUMN = 1;
const NAME_COLUMN = 2;
const FIRST_BUCKET_COLUMN = 3;
/** Narrow enough to stand beside the table in the first screen of a common display. */
const CHART_SIZE: ChartSize = { widthPoints: 400, heightPoints: 260 };
/** Empty columns between the table and the chart. */
const CHART_GAP_COLUMNS = 1;

export interface AgingLine {
  customerId: string;
  row: AgingRow;
}

/** A customer belongs on the sheet when it has any open amount or unapplied credit. */
function hasAnythingOpen(row: AgingRow): boolean {
  return row.unapplied !== 0 || row.amounts.some((amount) => amount !== 0);
}

/**
 * Riskiest first: the larger amount in the oldest bucket, then the next oldest and so on down to
 * "not due", then the larger net total, then the id (so equal rows keep a fixed order).
 */
export function compareAgingRisk(a: AgingLine, b: AgingLine): number {
  for (let bucket = a.row.amounts.length - 1; bucket >= 0; bucket--) {
    const difference = (b.row.amounts[bucket] ?? 0) - (a.row.amounts[bucket] ?? 0);
    if (difference !== 0) return difference;
  }
  if (b.row.net !== a.row.net) return b.row.net - a.row.net;
  return a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0;
}

export function agingLinesByRisk(result: ReviewResult): AgingLine[] {
  return Object.entries(result.aging.byCustomer)
    .filter(([, row]) => hasAnythingOpen(row))
    .map(([customerId, row]) => ({ customerId, row }))
    .sort(compareAgingRisk);
}

export interface AgingTotals {
  buckets: Minor[];
  unapplied: Minor;
  net: Minor;
}

/** Column sums in integer minor units, so that the totals row is exactly the sum of the rows. */
export function sumAgingLines(lines: readonly AgingLine[], bucketCount: number): AgingTotals {
  const totals: AgingTotals = {
    buckets: new Array<Minor>(bucketCount).fill(ZERO_MINOR),
    unapplied: ZERO_MINOR,
    net: ZERO_MINOR,
  };
  for (const { row } of lines) {
    for (let bucket = 0; bucket < bucketCount; bucket++)
      totals.buckets[bucket] = addMinor(totals.buckets[bucket], row.amounts[bucket] ?? ZERO_MINOR);
    totals.unapplied = addMinor(totals.unapplied, row.unapplied);
    totals.net = addMinor(totals.net, row.net);
  }
  return totals;
}

/** Share of each bucket in the positive open amount (Σ buckets); null when nothing is open. */
export function bucketShares(buckets: readonly Minor[]): (number | null)[] {
  const positive = buckets.reduce((sum, amount) => sum + amount, 0);
  return buckets.map((amount) => (positive > 0 ? amount / positive : null));
}

function sameTotals(totals: AgingTotals, result: ReviewResult): boolean {
  const engine = result.aging;
  return (
    totals.unapplied === engine.unapplied &&
    totals.net === engine.net &&
    totals.buckets.every((amount, bucket) => amount === (engine.totals[bucket] ?? 0))
  );
}

export interface AgingSheetArgs {
  result: ReviewResult;
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
  notes: PlanNote[];
}

export function buildAgingSheet({
  result,
  labels,
  policy,
  sheetName,
  notes,
}: AgingSheetArgs): SheetPlan {
  const buckets = agingBucketLabels(labels, policy);
  const bucketCount = buckets.length;
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  const names = new Map<string, string>();
  for (const customer of result.customers)
    if (!names.has(customer.id)) names.set(customer.id, customer.name);

  const lines = agingLinesByRisk(result);
  const totals = sumAgingLines(lines, bucketCount);
  if (!sameTotals(totals, result)) {
    const sheet = sheetName.name;
    notes.push(planNoteOf("AGING_TOTALS_DIFFER", { sheet }, { sheet }));
  }

  const lastBucketColumn = FIRST_BUCKET_COLUMN + bucketCount - 1;
  const unappliedColumn = lastBucketColumn + 1;
  const totalColumn = unappliedColumn + 1;
  const averageColumn = totalColumn + 1;
  const firstDataRow = AGING_HEADER_ROW + 1;
  const lastDataRow = AGING_HEADER_ROW + lines.length;
  const totalsRow = lastDataRow + 1;
  const sharesRow = totalsRow + 1;

  const headers = [
    labels.aging.customerId,
    labels.aging.customerName,
    ...buckets,
    labels.aging.unapplied,
    labels.aging.total,
    labels.aging.averageAgeDays,
  ];
  const cells: PlanValue[][] = [
    ...datedTableHead(labels.aging.title ?? labels.sheets.aging, labels, result.asOf, headers),
    ...lines.map(({ customerId, row }) => [
      customerId,
      names.get(customerId) ?? null,
      ...Array.from({ length: bucketCount }, (_, bucket) => units(row.amounts[bucket] ?? 0)),
      units(row.unapplied),
      units(row.net),
      row.averageAgeDays,
    ]),
    [
      labels.aging.totalRow,
      null,
      ...totals.buckets.map(units),
      units(totals.unapplied),
      units(totals.net),
      result.aging.averageAgeDays,
    ],
    [labels.aging.share, null, ...bucketShares(totals.buckets)],
  ];

  const money = moneyFormat(policy.minorPerUnit);
  const numberFormats: NumberFormatPlan[] = [
    AS_OF_DATE_FORMAT,
    {
      range: rangeAddress(firstDataRow, FIRST_BUCKET_COLUMN, totalsRow, totalColumn),
      format: money,
    },
    { range: columnRange(averageColumn, firstDataRow, totalsRow), format: AVERAGE_DAYS_FORMAT },
    {
      range: rangeAddress(sharesRow, FIRST_BUCKET_COLUMN, sharesRow, lastBucketColumn),
      format: PERCENT_FORMAT,
    },
  ];
  if (lines.length > 0) {
    numberFormats.unshift({
      range: rangeAddress(firstDataRow, ID_COLUMN, lastDataRow, NAME_COLUMN),
      format: TEXT_FORMAT,
    });
  }

  const fitted = fitSheetColumns(
    { cells, startRow: 1, numberFormats },
    { row: AGING_HEADER_ROW, texts: headers }
  );
  return replacedVisibleSheet("aging", sheetName, {
    cells,
    numberFormats,
    conditionalFormats: agingConditionalFormats(
      bucketCount,
      firstDataRow,
      lastDataRow,
      totalsRow,
      totalColumn
    ),
    boldRows: [DATED_TABLE_TITLE_ROW, AGING_HEADER_ROW, totalsRow, sharesRow],
    ...fitted,
    freezeRows: AGING_HEADER_ROW,
    charts:
      lines.length === 0
        ? []
        : [agingChart(labels, bucketCount, totalsRow, averageColumn + 1 + CHART_GAP_COLUMNS)],
    print: tablePrint(AGING_HEADER_ROW),
  });
}

/** One `> 0` rule per bucket column in that bucket's colour, and a data bar on the totals. */
function agingConditionalFormats(
  bucketCount: number,
  firstDataRow: number,
  lastDataRow: number,
  totalsRow: number,
  totalColumn: number
): ConditionalFormatPlan[] {
  const formats: ConditionalFormatPlan[] = [];
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    formats.push({
      kind: "cellValue",
      range: columnRange(FIRST_BUCKET_COLUMN + bucket, firstDataRow, totalsRow),
      operator: "greaterThan",
      values: [0],
      ...agingColors(bucket, bucketCount),
    });
  }
  // The bar compares customers with each other; the totals row would dwarf them.
  if (lastDataRow >= firstDataRow) {
    formats.push({
      kind: "dataBar",
      range: columnRange(totalColumn, firstDataRow, lastDataRow),
      color: DATA_BAR_COLOR,
    });
  }
  return formats;
}

/** Bucket totals as columns, beside the top of the table: in view when the sheet opens. */
function agingChart(
  labels: OutputLabels,
  bucketCount: number,
  totalsRow: number,
  chartColumn: number
): ChartPlan {
  const lastBucketColumn = FIRST_BUCKET_COLUMN + bucketCount - 1;
  return {
    kind: "column",
    title: labels.aging.chartTitle,
    categoriesRange: rangeAddress(
      AGING_HEADER_ROW,
      FIRST_BUCKET_COLUMN,
      AGING_HEADER_ROW,
      lastBucketColumn
    ),
    valuesRange: rangeAddress(totalsRow, FIRST_BUCKET_COLUMN, totalsRow, lastBucketColumn),
    seriesName: labels.aging.total,
    anchor: cellAddress(DATED_TABLE_TITLE_ROW, chartColumn),
    ...CHART_SIZE,
  };
}
