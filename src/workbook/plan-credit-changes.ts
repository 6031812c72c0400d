/**
 * The credit adjustment table of the periodic review (CREDIT-POLICY.md §10, 客戶授信調整表):
 * every customer whose limit or terms differ from its previous record in the Credit Log, and
 * every new customer, with the reasons in words.
 */
import type { Policy } from "../engine/policy";
import type { CustomerResult, ReviewResult, SerialDate } from "../engine/types";
import type { OutputLabels } from "./labels";
import type { LogEntry } from "./layout";
import type { ConditionalFormatPlan, NumberFormatPlan, PlanValue, SheetPlan } from "./plan";
import { GRADE_COLORS, STATUS_COLORS } from "./colors";
import { cellAddress, columnRange, rangeAddress } from "./plan-address";
import { DATE_FORMAT, DAYS_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import type { OwnedSheetName } from "./plan-sheet-name";
import { replacedVisibleSheet } from "./replaced-sheet";
import { fitSheetColumns } from "./fit-sheet-columns";
import { tablePrint } from "./print-plan";
import { reasonWords, toCurrencyUnits, toMinorUnits } from "./plan-values";

export type CreditChange = "raised" | "lowered" | "unchanged" | "newCustomer";

/** The table's columns, left to right; their headers are the `labels.changes` words of the same keys. */
export const CREDIT_CHANGES_COLUMNS = [
  "customerId",
  "customerName",
  "previousReview",
  "previousGrade",
  "newGrade",
  "previousLimit",
  "newLimit",
  "previousTerms",
  "newTerms",
  "change",
  "reasons",
] as const;
export type CreditChangesColumn = (typeof CREDIT_CHANGES_COLUMNS)[number];

export const CHANGES_HEADER_ROW = 4;
const AS_OF_ROW = 2;
const AS_OF_COLUMN = 2;

/** 1-based worksheet column of a table column. */
function columnOf(key: CreditChangesColumn): number {
  return CREDIT_CHANGES_COLUMNS.indexOf(key) + 1;
}

/**
 * Each customer's most recent record from BEFORE this review's date. Records of the same date
 * are earlier runs of this same review (re-run after a correction) and are not "previous"; among
 * records of one date the one written last wins.
 */
export function previousRecords(log: readonly LogEntry[], asOf: SerialDate): Map<string, LogEntry> {
  const latest = new Map<string, LogEntry>();
  for (const entry of log) {
    if (entry.reviewDate >= asOf) continue;
    const known = latest.get(entry.customerId);
    if (!known || entry.reviewDate >= known.reviewDate) latest.set(entry.customerId, entry);
  }
  return latest;
}

/** Compared in minor units (the log holds currency units): limit first, then terms. */
export function classifyChange(
  customer: CustomerResult,
  previous: LogEntry | undefined,
  minorPerUnit: number
): CreditChange {
  if (!previous) return "newCustomer";
  const previousLimit = toMinorUnits(previous.creditLimit, minorPerUnit);
  if (customer.limit !== previousLimit)
    return customer.limit > previousLimit ? "raised" : "lowered";
  if (customer.termsDays !== previous.termsDays)
    return customer.termsDays > previous.termsDays ? "raised" : "lowered";
  return "unchanged";
}

export interface CreditChangesArgs {
  result: ReviewResult;
  previousLog: readonly LogEntry[];
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
}

export function buildCreditChangesSheet({
  result,
  previousLog,
  labels,
  policy,
  sheetName,
}: CreditChangesArgs): SheetPlan {
  const words = labels.changes;
  const units = (amount: number) => toCurrencyUnits(amount, policy.minorPerUnit);
  const previous = previousRecords(previousLog, result.asOf);
  const changeWords: Record<CreditChange, string> = {
    raised: words.raised,
    lowered: words.lowered,
    unchanged: words.unchanged,
    newCustomer: words.newCustomer,
  };

  const rows: PlanValue[][] = [];
  for (const customer of result.customers) {
    const before = previous.get(customer.id);
    const change = classifyChange(customer, before, policy.minorPerUnit);
    if (change === "unchanged") continue;
    const value: Record<CreditChangesColumn, PlanValue> = {
      customerId: customer.id,
      customerName: customer.name,
      previousReview: before?.reviewDate ?? null,
      previousGrade: before?.grade ?? null,
      newGrade: customer.grade,
      previousLimit: before ? before.creditLimit : null,
      newLimit: units(customer.limit),
      previousTerms: before ? before.termsDays : null,
      newTerms: customer.termsDays,
      change: changeWords[change],
      reasons: reasonWords(customer.reasons, labels),
    };
    rows.push(CREDIT_CHANGES_COLUMNS.map((column) => value[column]));
  }

  const headers = CREDIT_CHANGES_COLUMNS.map((column) => words[column]);
  const body = rows.length > 0 ? rows : [[words.noChanges ?? words.unchanged]];
  const cells: PlanValue[][] = [
    [words.title ?? labels.sheets.creditChanges],
    [labels.aging.asOf ?? labels.log.reviewDate, result.asOf],
    [],
    headers,
    ...body,
  ];

  const firstDataRow = CHANGES_HEADER_ROW + 1;
  const lastDataRow = CHANGES_HEADER_ROW + rows.length;
  const numberFormats: NumberFormatPlan[] = [
    { range: cellAddress(AS_OF_ROW, AS_OF_COLUMN), format: DATE_FORMAT },
  ];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  if (rows.length > 0) {
    const money = moneyFormat(policy.minorPerUnit);
    numberFormats.push(
      {
        range: columnRange(columnOf("customerId"), firstDataRow, lastDataRow),
        format: TEXT_FORMAT,
      },
      {
        range: columnRange(columnOf("previousReview"), firstDataRow, lastDataRow),
        format: DATE_FORMAT,
      },
      {
        range: rangeAddress(
          firstDataRow,
          columnOf("previousLimit"),
          lastDataRow,
          columnOf("newLimit")
        ),
        format: money,
      },
      {
        range: rangeAddress(
          firstDataRow,
          columnOf("previousTerms"),
          lastDataRow,
          columnOf("newTerms")
        ),
        format: DAYS_FORMAT,
      }
    );
    const changeRange = columnRange(columnOf("change"), firstDataRow, lastDataRow);
    conditionalFormats.push(
      { kind: "textEquals", range: changeRange, text: words.raised, ...GRADE_COLORS.A },
      { kind: "textEquals", range: changeRange, text: words.lowered, ...STATUS_COLORS.SUSPEND },
      { kind: "textEquals", range: changeRange, text: words.newCustomer, ...GRADE_COLORS.B }
    );
  }

  const fitted = fitSheetColumns(
    { cells, startRow: 1, numberFormats },
    { row: CHANGES_HEADER_ROW, texts: headers }
  );
  return replacedVisibleSheet("creditChanges", sheetName, {
    cells,
    numberFormats,
    conditionalFormats,
    boldRows: [1, CHANGES_HEADER_ROW],
    ...fitted,
    freezeRows: CHANGES_HEADER_ROW,
    charts: [],
    print: tablePrint(CHANGES_HEADER_ROW),
  });
}
