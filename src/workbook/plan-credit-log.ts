/**
 * The Credit Log (CREDIT-POLICY.md §10): one row per customer per review, appended, never
 * rewritten, so that the next periodic review can compare with it.
 */
import { creditStanding } from "../engine/credit-standing";
import type { Policy } from "../engine/policy";
import type { CustomerResult, FactorKey, Minor, ReviewResult } from "../engine/types";
import { FACTOR_KEYS } from "../engine/types";
import type { OutputLabels } from "./labels";
import type { WorkbookLayout } from "./layout";
import type { NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { columnRange } from "./plan-address";
import { DATE_FORMAT, DAYS_FORMAT, SCORE_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import type { OwnedSheetName } from "./plan-sheet-name";
import { fitSheetColumns } from "./fit-sheet-columns";
import { tablePrint } from "./print-plan";
import { displayScore, reasonCodes, reasonWords, toCurrencyUnits } from "./plan-values";

/**
 * The log's columns, left to right (column A first). The log is read back BY POSITION, not by
 * header, because its headers are in whatever language each review was run in:
 * reviewDate (serial date) · policyVersion · customerId · customerName · score (1 decimal or
 * blank) · grade (A–D or blank) · creditLimit (currency units) · termsDays · statusCode
 * (OK / REDUCE / SUSPEND) · reasonCodes (codes joined by ",", blank for none) · status (words) ·
 * reasons (words) · then what the next review needs to explain a change (score-changes.ts): the
 * limit rule's inputs limitBase (currency units) · baseSource (orders / newCustomer) · multiplier ·
 * bandMinScore (blank: no band) · limitWorkingCapital (currency units, blank when not computed),
 * and one rating per factor key in FACTOR_KEYS order (blank: not rated or not in the policy).
 * Then, when the review had collection data (else blank): the open promise's amount · broken
 * promises in the window · disputed open invoices · their open amount.
 * Logs written before these columns still read: the explanation is then absent.
 * Append new columns only at the end.
 */
const BASE_COLUMNS = [
  "reviewDate",
  "policyVersion",
  "customerId",
  "customerName",
  "score",
  "grade",
  "creditLimit",
  "termsDays",
  "statusCode",
  "reasonCodes",
  "status",
  "reasons",
  "limitBase",
  "baseSource",
  "multiplier",
  "bandMinScore",
  "limitWorkingCapital",
] as const;

/** After the ratings: what the review counted of promises and disputes (issue 9). */
const COLLECTION_COLUMNS = [
  "openPromise",
  "brokenPromises3m",
  "disputedInvoices",
  "disputedAmount",
] as const;

export type RatingColumn = `${FactorKey}Rating`;
export const ratingColumn = (key: FactorKey): RatingColumn => `${key}Rating`;

type BaseColumn = (typeof BASE_COLUMNS)[number];
type CollectionColumn = (typeof COLLECTION_COLUMNS)[number];
export type CreditLogColumn = BaseColumn | RatingColumn | CollectionColumn;
export const CREDIT_LOG_COLUMNS: readonly CreditLogColumn[] = [
  ...BASE_COLUMNS,
  ...FACTOR_KEYS.map(ratingColumn),
  ...COLLECTION_COLUMNS,
];

function ratingHeader(key: FactorKey, labels: OutputLabels): string {
  const word = labels.log.rating;
  return `${labels.policyKeys?.factors[key] ?? key} (${word})`;
}

export function creditLogHeaders(labels: OutputLabels): string[] {
  const log = labels.log;
  const header: Record<BaseColumn | CollectionColumn, string> = {
    reviewDate: log.reviewDate,
    policyVersion: log.policyVersion,
    customerId: log.customerId,
    customerName: log.customerName,
    score: log.score,
    grade: log.grade,
    creditLimit: log.creditLimit,
    termsDays: log.termsDays,
    statusCode: log.statusCode,
    reasonCodes: log.reasonCodes,
    status: log.status,
    reasons: log.reasons,
    limitBase: log.limitBase,
    baseSource: log.baseSource,
    multiplier: log.multiplier,
    bandMinScore: log.bandMinScore,
    limitWorkingCapital: log.limitWorkingCapital,
    openPromise: log.openPromise,
    brokenPromises3m: log.brokenPromises3m,
    disputedInvoices: log.disputedInvoices,
    disputedAmount: log.disputedAmount,
  };
  return [
    ...BASE_COLUMNS.map((column) => header[column]),
    ...FACTOR_KEYS.map((key) => ratingHeader(key, labels)),
    ...COLLECTION_COLUMNS.map((column) => header[column]),
  ];
}

export function creditLogRow(
  customer: CustomerResult,
  result: ReviewResult,
  labels: OutputLabels,
  policy: Policy,
  disputedInvoices: ReadonlyMap<string, number> = new Map()
): PlanValue[] {
  const collection = customer.collection;
  const promise = collection?.promise ?? null;
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  const value: Record<BaseColumn | CollectionColumn, PlanValue> = {
    reviewDate: result.asOf,
    policyVersion: result.policyVersion,
    customerId: customer.id,
    customerName: customer.name,
    score: displayScore(customer.score),
    grade: customer.grade,
    creditLimit: toCurrencyUnits(customer.limit, policy.minorPerUnit),
    termsDays: customer.termsDays,
    statusCode: customer.status,
    reasonCodes: reasonCodes(customer.reasons),
    status: labels.status[creditStanding(customer)],
    reasons: reasonWords(customer.reasons, labels),
    limitBase: toCurrencyUnits(customer.explanation.base, policy.minorPerUnit),
    baseSource: customer.explanation.baseSource,
    multiplier: customer.explanation.multiplier,
    bandMinScore: customer.explanation.bandMinScore,
    limitWorkingCapital:
      customer.explanation.limitWorkingCapital === null
        ? null
        : toCurrencyUnits(customer.explanation.limitWorkingCapital, policy.minorPerUnit),
    openPromise: promise !== null && promise.status === "open" ? units(promise.amount) : null,
    brokenPromises3m: collection ? collection.brokenPromises3m : null,
    disputedInvoices: collection ? (disputedInvoices.get(customer.id) ?? 0) : null,
    disputedAmount: collection ? units(collection.disputedAmount) : null,
  };
  // A factor the policy does not have stays blank, like a factor not rated.
  const ratings = new Map(customer.factors.map((line) => [line.key, line.rating]));
  return [
    ...BASE_COLUMNS.map((column) => value[column]),
    ...FACTOR_KEYS.map((key) => ratings.get(key) ?? null),
    ...COLLECTION_COLUMNS.map((column) => value[column]),
  ];
}

function formatFor(column: CreditLogColumn, policy: Policy): string | null {
  switch (column) {
    case "reviewDate":
      return DATE_FORMAT;
    case "policyVersion":
    case "customerId":
      return TEXT_FORMAT;
    case "score":
      return SCORE_FORMAT;
    case "creditLimit":
    case "limitBase":
    case "limitWorkingCapital":
    case "openPromise":
    case "disputedAmount":
      return moneyFormat(policy.minorPerUnit);
    case "termsDays":
      return DAYS_FORMAT;
    default:
      return null;
  }
}

/** Open invoices in dispute, per customer. */
export function disputedInvoiceCounts(result: ReviewResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const receivable of result.receivables)
    if (receivable.disputed === true && receivable.open > 0)
      counts.set(receivable.customerId, (counts.get(receivable.customerId) ?? 0) + 1);
  return counts;
}

export interface CreditLogArgs {
  result: ReviewResult;
  labels: OutputLabels;
  policy: Policy;
  layout: WorkbookLayout;
  sheetName: OwnedSheetName;
}

/**
 * A log written by an older version has fewer header cells than the rows now appended: each
 * header goes in row 1 where that cell is blank, never over a cell that holds something (a
 * user's note there stays). Row 1 unknown (nothing recorded of it): nothing is added.
 */
function missingHeaderCells(
  headers: readonly string[],
  filledColumns: readonly number[] | undefined
): { row: number; column: number; value: string }[] {
  if (filledColumns === undefined || filledColumns.length === 0) return [];
  const filled = new Set(filledColumns);
  return headers
    .map((value, index) => ({ row: 1, column: index + 1, value }))
    .filter((cell) => !filled.has(cell.column));
}

/** Headers only when the log is new or empty; rows go right below what is already there. */
export function buildCreditLogSheet({
  result,
  labels,
  policy,
  layout,
  sheetName,
}: CreditLogArgs): SheetPlan {
  const usedRows = layout.ownedSheets.creditLog?.usedRows ?? 0;
  const withHeaders = usedRows === 0;
  const startRow = usedRows + 1;
  const disputed = disputedInvoiceCounts(result);
  const rows = result.customers.map((customer) =>
    creditLogRow(customer, result, labels, policy, disputed)
  );
  const cells = withHeaders ? [creditLogHeaders(labels), ...rows] : rows;
  const headerCells = withHeaders
    ? []
    : missingHeaderCells(
        creditLogHeaders(labels),
        layout.ownedSheets.creditLog?.filledHeaderColumns
      );
  const firstDataRow = withHeaders ? startRow + 1 : startRow;
  const lastDataRow = startRow + cells.length - 1;

  const numberFormats: NumberFormatPlan[] = [];
  if (rows.length > 0) {
    CREDIT_LOG_COLUMNS.forEach((column, index) => {
      const format = formatFor(column, policy);
      if (format)
        numberFormats.push({ range: columnRange(index + 1, firstDataRow, lastDataRow), format });
    });
  }

  // The header is row 1 whether written now or by an earlier review; its widths fit the new rows.
  const fitted = fitSheetColumns(
    { cells, startRow, numberFormats },
    { row: 1, texts: creditLogHeaders(labels) }
  );
  return {
    key: "creditLog",
    name: sheetName.name,
    knownNames: sheetName.knownNames,
    visibility: "visible",
    mode: "append",
    startRow,
    cells,
    numberFormats,
    conditionalFormats: [],
    boldRows: withHeaders ? [startRow] : [],
    columnWidths: fitted.columnWidths,
    ...(headerCells.length > 0 ? { headerCells } : {}),
    ...(withHeaders && fitted.wrappedHeader ? { wrappedHeader: fitted.wrappedHeader } : {}),
    freezeRows: 1,
    charts: [],
    print: tablePrint(1),
  };
}
