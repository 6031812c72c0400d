/**
 * Order rows → `Order`. Every field matters to the limit base or the exposure, so an unreadable
 * one leaves the row out. A blank "shipped" cell means not shipped yet: the cautious reading for
 * credit, since an unshipped order counts in the exposure (§5).
 */
import type { Order } from "../engine/types";
import type { OrderField } from "./fields";
import { parseIdCell } from "./parse-id";
import { parseYesNoCell } from "./parse-yes-no";
import type { SheetContext } from "./row-reader";
import { CONSEQUENCE, CONSEQUENCE_KEY, UNUSABLE, readField, report } from "./row-reader";
import type { ReadCode } from "./read-problem";
import { READ_CODES } from "./read-problem";

export const ORDER_REASONS = {
  missingCustomer: `missing customer id; ${CONSEQUENCE.rowLeftOut}`,
  missingDate: `missing order date; ${CONSEQUENCE.rowLeftOut}`,
  missingAmount: `missing amount; ${CONSEQUENCE.rowLeftOut}`,
} as const;

export function mapOrderRow(
  context: SheetContext,
  row: number,
  columns: Partial<Record<OrderField, number>>
): Order | null {
  const leftOut = CONSEQUENCE.rowLeftOut;
  const customerId = readField(context, row, columns.customerId, parseIdCell, leftOut);
  const orderDate = readField(context, row, columns.orderDate, context.parseDate, leftOut);
  const amount = readField(context, row, columns.amount, context.parseMoney, leftOut);
  const shipped = readField(context, row, columns.shipped, parseYesNoCell, leftOut);

  // [column, code, reason, the variant of the reason's sentence]
  const missing: [number | undefined, ReadCode, string, string][] = [];
  if (customerId === undefined)
    missing.push([
      columns.customerId,
      READ_CODES.missingId,
      ORDER_REASONS.missingCustomer,
      "customer",
    ]);
  if (orderDate === undefined)
    missing.push([
      columns.orderDate,
      READ_CODES.missingValue,
      ORDER_REASONS.missingDate,
      "orderDate",
    ]);
  if (amount === undefined)
    missing.push([columns.amount, READ_CODES.missingValue, ORDER_REASONS.missingAmount, "amount"]);
  const rowLeftOut = CONSEQUENCE_KEY[CONSEQUENCE.rowLeftOut];
  for (const [column, code, reason, variant] of missing) {
    if (column !== undefined)
      report(context, row, column, null, code, reason, { variant, consequence: rowLeftOut });
  }
  if (
    customerId === undefined ||
    customerId === UNUSABLE ||
    orderDate === undefined ||
    orderDate === UNUSABLE ||
    amount === undefined ||
    amount === UNUSABLE ||
    shipped === UNUSABLE
  ) {
    return null;
  }
  return {
    customerId,
    orderDate,
    amount: amount.minor,
    shipped: shipped ?? false,
    source: { sheet: context.sheet, row },
  };
}
