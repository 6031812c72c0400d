/** The receivables sheet's output columns: aging and collection beside each invoice row. */
import { bucketLabels } from "../engine/aging";
import type { Policy } from "../engine/policy";
import type { ReceivableResult, ReviewInput } from "../engine/types";
import type { OutputLabels, ReceivableOutputKey } from "./labels";
import { RECEIVABLE_OUTPUT_KEYS } from "./labels";
import type { TableLayout } from "./layout";
import type { ColumnBlockPlan, ConditionalFormatPlan } from "./plan";
import { WARNING_COLORS, agingColors } from "./colors";
import type { BlockColumn } from "./plan-column-block";
import { buildColumnBlock } from "./plan-column-block";
import { placeOnSheet } from "./place-on-sheet";
import type { PlanNote } from "./plan-note";
import { blockColumns, collectionActionCells, type BlockConditionalFormats } from "./block-columns";
import { DAYS_FORMAT, TEXT_FORMAT } from "./number-formats";

/** Bucket labels in the chosen language: "Not due" translated, the ranges built from the edges. */
export function agingBucketLabels(labels: OutputLabels, policy: Policy): string[] {
  return bucketLabels(policy.aging.edges, labels.notDue);
}

/** An invoice's bucket; a credit (open < 0) is an unapplied credit, a settled line has none. */
function bucketText(
  receivable: ReceivableResult,
  buckets: readonly string[],
  labels: OutputLabels
): string | null {
  if (receivable.bucket >= 0) return buckets[receivable.bucket] ?? null;
  return receivable.open < 0 ? labels.aging.unapplied : null;
}

export function receivableColumns(
  labels: OutputLabels,
  policy: Policy
): BlockColumn<ReceivableResult>[] {
  const buckets = agingBucketLabels(labels, policy);
  return blockColumns<ReceivableOutputKey, ReceivableResult>(
    RECEIVABLE_OUTPUT_KEYS,
    labels.receivableColumns,
    {
      daysOverdue: { numberFormat: DAYS_FORMAT, value: (r) => r.daysOverdue },
      agingBucket: { numberFormat: TEXT_FORMAT, value: (r) => bucketText(r, buckets, labels) },
      // A paid invoice is neither overdue nor not: "No" beside a blank age would read as a verdict.
      overdueFlag: {
        numberFormat: TEXT_FORMAT,
        value: (r) => (r.open <= 0 ? null : r.overdue ? labels.yes : labels.no),
      },
      collectionAction: collectionActionCells(labels),
      debtClass: {
        numberFormat: TEXT_FORMAT,
        value: (r) => (r.debtClass === null ? null : labels.debtClasses[r.debtClass]),
      },
    }
  );
}

/** Each bucket label in the aging palette (one text rule per label); overdue "yes" flagged. */
export const receivableConditionalFormats: BlockConditionalFormats = (rangeOf, labels, policy) => {
  const formats: ConditionalFormatPlan[] = [];
  const bucketRange = rangeOf("agingBucket");
  const overdueRange = rangeOf("overdueFlag");
  if (bucketRange) {
    const buckets = agingBucketLabels(labels, policy);
    buckets.forEach((text, index) => {
      formats.push({
        kind: "textEquals",
        range: bucketRange,
        text,
        ...agingColors(index, buckets.length),
      });
    });
  }
  if (overdueRange)
    formats.push({ kind: "textEquals", range: overdueRange, text: labels.yes, ...WARNING_COLORS });
  return formats;
};

export interface ReceivableBlockArgs {
  input: ReviewInput;
  receivables: readonly ReceivableResult[];
  table: TableLayout;
  labels: OutputLabels;
  policy: Policy;
  notes: PlanNote[];
}

export function buildReceivableBlock(args: ReceivableBlockArgs): ColumnBlockPlan {
  const { input, table, labels, policy, notes } = args;
  const placed = placeOnSheet(
    args.receivables,
    table.sheet,
    (receivable) => ({
      source: input.receivables[receivable.index]?.source ?? receivable.source,
      noteItem: {
        kind: "invoice",
        id: receivable.invoiceNo,
        customerId: receivable.customerId,
      },
    }),
    notes
  );
  return buildColumnBlock({
    table,
    role: "receivables",
    columns: receivableColumns(labels, policy),
    placed,
    conditionalFormats: (rangeOf) => receivableConditionalFormats(rangeOf, labels, policy),
    notes,
  });
}
