/**
 * How the customer and receivable blocks describe their output: each column's cells (number
 * format and value) by key, put in the order of the block's keys and headed in the chosen
 * language, and the conditional formats a block lays over its columns.
 */
import type { Policy } from "../engine/policy";
import type { CollectionAction } from "../engine/types";
import type { OutputLabels } from "./labels";
import { TEXT_FORMAT } from "./number-formats";
import type { ConditionalFormatPlan } from "./plan";
import type { BlockColumn, ColumnRangeOf } from "./plan-column-block";
import { actionWords } from "./plan-values";

/** How one column's cells are made: their number format and each item's value. */
export type ColumnCells<Item> = Omit<BlockColumn<Item>, "key" | "header">;

/** The conditional formats of a block, over the ranges its columns were given. */
export type BlockConditionalFormats = (
  rangeOf: ColumnRangeOf,
  labels: OutputLabels,
  policy: Policy
) => ConditionalFormatPlan[];

export function blockColumns<Key extends string, Item>(
  keys: readonly Key[],
  headers: Readonly<Record<Key, string>>,
  cells: Readonly<Record<Key, ColumnCells<Item>>>
): BlockColumn<Item>[] {
  return keys.map((key) => ({ key, header: headers[key], ...cells[key] }));
}

/** The next collection step in words, written alike beside a customer and beside an invoice. */
export function collectionActionCells<Item extends { collectionAction: CollectionAction | null }>(
  labels: OutputLabels
): ColumnCells<Item> {
  return { numberFormat: TEXT_FORMAT, value: (item) => actionWords(item.collectionAction, labels) };
}
