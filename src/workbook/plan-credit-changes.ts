/**
 * The credit adjustment table of the periodic review (CREDIT-POLICY.md §10, 客戶授信調整表):
 * the rows of `credit-changes.ts`, with the change and the reasons in words.
 */
import type { Policy } from "../engine/policy";
import type { Minor, ReviewResult } from "../engine/types";
import type { CreditChangeRow } from "./credit-changes";
import type { OutputLabels } from "./labels";
import type { PlanValue, SheetPlan } from "./plan";
import { GRADE_COLORS, STATUS_COLORS } from "./colors";
import { DATED_TABLE_HEADER_ROW, datedTableSheet } from "./dated-table-sheet";
import { columnRange, rangeAddress } from "./plan-address";
import { DATE_FORMAT, DAYS_FORMAT, TEXT_FORMAT, moneyFormat } from "./number-formats";
import type { OwnedSheetName } from "./plan-sheet-name";
import { reasonWords, toCurrencyUnits } from "./plan-values";
import { scoreChangeWords } from "./score-change-words";

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
  "why",
] as const;
export type CreditChangesColumn = (typeof CREDIT_CHANGES_COLUMNS)[number];

export const CHANGES_HEADER_ROW = DATED_TABLE_HEADER_ROW;
const WHY_HEADER = "Why";

/** 1-based worksheet column of a table column. */
function columnOf(key: CreditChangesColumn): number {
  return CREDIT_CHANGES_COLUMNS.indexOf(key) + 1;
}

export interface CreditChangesArgs {
  result: ReviewResult;
  /** The table's rows (`creditChangeRows`): the same rows a preview shows. */
  changes: readonly CreditChangeRow[];
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
}

export function buildCreditChangesSheet({
  result,
  changes,
  labels,
  policy,
  sheetName,
}: CreditChangesArgs): SheetPlan {
  const words = labels.changes;
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  const changeWords: Record<CreditChangeRow["change"], string> = {
    raised: words.raised,
    lowered: words.lowered,
    newCustomer: words.newCustomer,
    unchanged: words.unchanged,
  };

  const rows: PlanValue[][] = changes.map((change) => {
    const value: Record<CreditChangesColumn, PlanValue> = {
      customerId: change.customerId,
      customerName: change.customerName,
      previousReview: change.previousReview,
      previousGrade: change.previousGrade,
      newGrade: change.newGrade,
      previousLimit: change.previousLimit === null ? null : units(change.previousLimit),
      newLimit: units(change.newLimit),
      previousTerms: change.previousTerms,
      newTerms: change.newTerms,
      change: changeWords[change.change],
      reasons: reasonWords(change.reasons, labels),
      why: change.why === null ? null : scoreChangeWords(change.why, labels, policy.minorPerUnit),
    };
    return CREDIT_CHANGES_COLUMNS.map((column) => value[column]);
  });

  const headers = CREDIT_CHANGES_COLUMNS.map((column) =>
    column === "why" ? (words.why ?? WHY_HEADER) : words[column]
  );
  return datedTableSheet("creditChanges", sheetName, {
    title: words.title ?? labels.sheets.creditChanges,
    asOf: result.asOf,
    labels,
    headers,
    rows,
    noRows: words.noChanges ?? words.unchanged,
    numberFormats: ({ first, last }) => [
      { range: columnRange(columnOf("customerId"), first, last), format: TEXT_FORMAT },
      { range: columnRange(columnOf("previousReview"), first, last), format: DATE_FORMAT },
      {
        range: rangeAddress(first, columnOf("previousLimit"), last, columnOf("newLimit")),
        format: moneyFormat(policy.minorPerUnit),
      },
      {
        range: rangeAddress(first, columnOf("previousTerms"), last, columnOf("newTerms")),
        format: DAYS_FORMAT,
      },
    ],
    conditionalFormats: ({ first, last }) => {
      const changeRange = columnRange(columnOf("change"), first, last);
      return [
        { kind: "textEquals", range: changeRange, text: words.raised, ...GRADE_COLORS.A },
        { kind: "textEquals", range: changeRange, text: words.lowered, ...STATUS_COLORS.SUSPEND },
        { kind: "textEquals", range: changeRange, text: words.newCustomer, ...GRADE_COLORS.B },
      ];
    },
  });
}
