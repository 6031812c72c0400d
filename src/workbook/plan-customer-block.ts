/** The customer sheet's output columns: one row of results beside each customer row. */
import { CREDIT_STANDINGS, creditStanding } from "../engine/credit-standing";
import type { CustomerResult, Grade, Minor } from "../engine/types";
import type { Policy } from "../engine/policy";
import type { CustomerOutputKey, OutputLabels } from "./labels";
import { CUSTOMER_OUTPUT_KEYS } from "./labels";
import type { TableLayout } from "./layout";
import type { ColumnBlockPlan, ConditionalFormatPlan } from "./plan";
import { ALARM_COLORS, GRADE_COLORS, STATUS_COLORS, WARNING_COLORS } from "./colors";
import type { BlockColumn } from "./plan-column-block";
import { buildColumnBlock } from "./plan-column-block";
import { placeOnSheet } from "./place-on-sheet";
import type { PlanNote } from "./plan-note";
import { blockColumns, collectionActionCells, type BlockConditionalFormats } from "./block-columns";
import {
  DAYS_FORMAT,
  SCORE_FORMAT,
  TEXT_FORMAT,
  WHOLE_NUMBER_FORMAT,
  moneyFormat,
} from "./number-formats";
import { displayScore, reasonWords, toCurrencyUnits } from "./plan-values";

const GRADES: readonly Grade[] = ["A", "B", "C", "D"];

export function customerColumns(
  labels: OutputLabels,
  policy: Policy
): BlockColumn<CustomerResult>[] {
  const money = moneyFormat(policy.minorPerUnit);
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  return blockColumns<CustomerOutputKey, CustomerResult>(
    CUSTOMER_OUTPUT_KEYS,
    labels.customerColumns,
    {
      score: { numberFormat: SCORE_FORMAT, value: (c) => displayScore(c.score) },
      grade: { numberFormat: TEXT_FORMAT, value: (c) => c.grade },
      creditLimit: { numberFormat: money, value: (c) => units(c.limit) },
      termsDays: { numberFormat: DAYS_FORMAT, value: (c) => c.termsDays },
      exposure: { numberFormat: money, value: (c) => units(c.exposure) },
      available: { numberFormat: money, value: (c) => units(c.available) },
      maxDaysOverdue: { numberFormat: DAYS_FORMAT, value: (c) => c.maxDaysOverdue },
      overdueAmount: { numberFormat: money, value: (c) => units(c.overdueAmount) },
      status: { numberFormat: TEXT_FORMAT, value: (c) => labels.status[creditStanding(c)] },
      reasons: { numberFormat: TEXT_FORMAT, value: (c) => reasonWords(c.reasons, labels) },
      approvalLevel: { numberFormat: WHOLE_NUMBER_FORMAT, value: (c) => c.approvalLevel },
      abc: { numberFormat: TEXT_FORMAT, value: (c) => c.abc },
      collectionAction: collectionActionCells(labels),
    }
  );
}

/**
 * Grades and statuses coloured by one text rule per value over the whole column (never a fill
 * per cell); available credit below zero (over the limit) and days overdue past the reduce and
 * suspend thresholds of the policy flagged.
 */
export const customerConditionalFormats: BlockConditionalFormats = (rangeOf, labels, policy) => {
  const formats: ConditionalFormatPlan[] = [];
  const gradeRange = rangeOf("grade");
  const statusRange = rangeOf("status");
  const availableRange = rangeOf("available");
  const daysRange = rangeOf("maxDaysOverdue");
  if (gradeRange) {
    for (const grade of GRADES)
      formats.push({ kind: "textEquals", range: gradeRange, text: grade, ...GRADE_COLORS[grade] });
  }
  if (statusRange) {
    for (const status of CREDIT_STANDINGS) {
      formats.push({
        kind: "textEquals",
        range: statusRange,
        text: labels.status[status],
        ...STATUS_COLORS[status],
      });
    }
  }
  if (availableRange) {
    formats.push({
      kind: "cellValue",
      range: availableRange,
      operator: "lessThan",
      values: [0],
      ...ALARM_COLORS,
    });
  }
  if (daysRange) {
    const { reduceOverdueDays, suspendOverdueDays } = policy.adjustments;
    // Days are whole numbers, so "≥ suspend" is "> suspend − 1" and the reduce band ends just below it.
    formats.push({
      kind: "cellValue",
      range: daysRange,
      operator: "between",
      values: [reduceOverdueDays, suspendOverdueDays - 1],
      ...WARNING_COLORS,
    });
    formats.push({
      kind: "cellValue",
      range: daysRange,
      operator: "greaterThan",
      values: [suspendOverdueDays - 1],
      ...ALARM_COLORS,
    });
  }
  return formats;
};

export interface CustomerBlockArgs {
  customers: readonly CustomerResult[];
  table: TableLayout;
  labels: OutputLabels;
  policy: Policy;
  notes: PlanNote[];
}

export function buildCustomerBlock({
  customers,
  table,
  labels,
  policy,
  notes,
}: CustomerBlockArgs): ColumnBlockPlan {
  const placed = placeOnSheet(
    customers,
    table.sheet,
    (customer) => ({ source: customer.source, noteItem: { kind: "customer", id: customer.id } }),
    notes
  );
  return buildColumnBlock({
    table,
    role: "customers",
    columns: customerColumns(labels, policy),
    placed,
    conditionalFormats: (rangeOf) => customerConditionalFormats(rangeOf, labels, policy),
    notes,
  });
}
