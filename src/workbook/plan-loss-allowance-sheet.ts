/**
 * The Loss Allowance sheet (issue 10, IFRS 9 simplified approach): the provision matrix of this
 * review — per aging bucket the gross amount, the dead debts in it (provided in full), the roll
 * rate, the chained rate, the policy's floor and forward-looking adjustment, the loss rate, the
 * allowance and the roll rate's basis (what rolled or was paid) — with a total row, the reviews
 * the rates came from, the method in words, and the allowance per customer below. The amounts are the analysis's own (rounded per customer and
 * bucket), so the rows add up to the total shown.
 */
import { bucketLabels } from "../engine/aging";
import { isoFromSerial } from "../engine/dates";
import type { HistoryAnalysis } from "../engine/history/history-analysis";
import { sumMinor } from "../engine/money";
import type { Policy } from "../engine/policy";
import type { Minor, SerialDate } from "../engine/types";
import { fitSheetColumns } from "./fit-sheet-columns";
import type { OutputLabels } from "./labels";
import { DATE_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import type { ChartSize, NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { cellAddress, columnRange, rangeAddress } from "./plan-address";
import type { OwnedSheetName } from "./plan-sheet-name";
import { toCurrencyUnits } from "./plan-values";
import { replacedVisibleSheet } from "./replaced-sheet";

/** Rates to a hundredth of a percent: the matrix is checked by hand to the cent. */
export const RATE_FORMAT = "0.00%";
const TITLE_ROW = 1;
const AS_OF_ROW = 2;
// Rows 3 to 6: the method in words, the reviews used, the reviews on file against the minimum,
// and a note when the policy's loss settings do not match the buckets.
export const MATRIX_HEADER_ROW = 7;
const REVIEW_DATE_SEPARATOR = ", ";
const CHART_SIZE: ChartSize = { widthPoints: 400, heightPoints: 240 };

/** The text of A1, which proves the sheet ours (with the output map) in any language. */
export function lossAllowanceTitle(labels: OutputLabels): string {
  return labels.lossAllowance.title;
}

export interface LossAllowanceSheetArgs {
  analysis: HistoryAnalysis;
  asOf: SerialDate;
  /** The current policy's aging edges. */
  edges: readonly number[];
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
}

/** The method in words: roll rates, or the floors alone (the counts stand beside it). */
export function lossMethodWords(
  analysis: HistoryAnalysis,
  words: NonNullable<OutputLabels["lossAllowance"]>
): string {
  return analysis.loss.method === "rollRates" ? words.methodRollRates : words.methodFloors;
}

export function buildLossAllowanceSheet(args: LossAllowanceSheetArgs): SheetPlan {
  const { analysis, labels, policy, sheetName } = args;
  const words = labels.lossAllowance;
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  const { loss, allowance } = analysis;
  const buckets = bucketLabels([...args.edges], labels.notDue);
  const used = loss.method === "rollRates" ? loss.rollRates.reviews : loss.reviewsOnFile;
  const headers = [
    words.bucket,
    words.gross,
    words.dead,
    words.rollRate,
    words.chained,
    words.floor,
    words.adjustment,
    words.lossRate,
    words.allowance,
    words.rollRateBasis,
  ];
  const cells: PlanValue[][] = [
    [words.title],
    [words.asOf, args.asOf],
    [words.method, lossMethodWords(analysis, words)],
    [words.reviewsUsed, used.map(isoFromSerial).join(REVIEW_DATE_SEPARATOR)],
    [words.reviewsOnFile, loss.reviewsOnFile.length, policy.lossAllowance.minReviews],
    loss.settings.matched ? [] : [words.bucketsUnmatched],
    headers,
  ];
  buckets.forEach((label, b) => {
    const part = allowance.byBucket[b];
    const setting = loss.settings.buckets[b];
    cells.push([
      label,
      units(part.gross),
      units(part.dead),
      // As in the JSON: 0 where nothing rolled or was paid, its basis of 0 beside it (last column).
      loss.rollRates.rates[b] ?? 0,
      loss.chained[b],
      setting.floor,
      setting.adjustment,
      loss.rates[b],
      units(part.allowance),
      units(loss.rollRates.base[b]),
    ]);
  });
  const deadTotal = sumMinor(allowance.byBucket.map((part) => part.dead));
  cells.push([
    words.total,
    units(allowance.gross),
    units(deadTotal),
    null,
    null,
    null,
    null,
    null,
    units(allowance.total),
  ]);
  const firstBucketRow = MATRIX_HEADER_ROW + 1;
  const totalRow = MATRIX_HEADER_ROW + buckets.length + 1;
  cells.push([]);
  cells.push([words.byCustomer]);
  const customerTitleRow = cells.length;
  cells.push([words.customerId, words.gross, words.allowance]);
  const customerHeaderRow = cells.length;
  for (const line of allowance.byCustomer)
    cells.push([line.customerId, units(line.gross), units(line.allowance)]);
  const lastCustomerRow = cells.length;

  const money = moneyFormat(policy.minorPerUnit);
  const numberFormats: NumberFormatPlan[] = [
    { range: cellAddress(AS_OF_ROW, 2), format: DATE_FORMAT },
    { range: rangeAddress(firstBucketRow, 2, totalRow, 3), format: money },
    { range: rangeAddress(firstBucketRow, 4, totalRow, 8), format: RATE_FORMAT },
    { range: columnRange(9, firstBucketRow, totalRow), format: money },
    { range: columnRange(10, firstBucketRow, totalRow - 1), format: money },
  ];
  if (lastCustomerRow > customerHeaderRow) {
    numberFormats.push(
      { range: columnRange(1, customerHeaderRow + 1, lastCustomerRow), format: TEXT_FORMAT },
      { range: rangeAddress(customerHeaderRow + 1, 2, lastCustomerRow, 3), format: money }
    );
  }
  // The method sentence is long: the widths follow the matrix, not the sentence above it.
  const fitted = fitSheetColumns(
    { cells: cells.slice(MATRIX_HEADER_ROW - 1), startRow: MATRIX_HEADER_ROW, numberFormats },
    { row: MATRIX_HEADER_ROW, texts: headers }
  );
  return replacedVisibleSheet("lossAllowance", sheetName, {
    cells,
    numberFormats,
    conditionalFormats: [],
    boldRows: [TITLE_ROW, MATRIX_HEADER_ROW, totalRow, customerTitleRow, customerHeaderRow],
    ...fitted,
    freezeRows: 0,
    charts: [
      {
        kind: "column",
        title: words.allowance,
        categoriesRange: columnRange(1, firstBucketRow, totalRow - 1),
        valuesRange: columnRange(9, firstBucketRow, totalRow - 1),
        seriesName: words.allowance,
        // Beside the matrix, one column apart.
        anchor: cellAddress(MATRIX_HEADER_ROW, headers.length + 2),
        ...CHART_SIZE,
      },
    ],
  });
}
