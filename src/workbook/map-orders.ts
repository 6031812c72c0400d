/**
 * Order rows → `Order`. Every field matters to the limit base or the exposure, so an unreadable
 * one leaves the row out. A blank "shipped" cell means not shipped yet: the cautious reading for
 * credit, since an unshipped order counts in the exposure (§5).
 */
import type { Order } from "../engine/types";
import type { OrderField } from "./fields";
import { parseIdCell } from "./parse-id";
import { parseYesNoCell } from "./parse-yes-no";
import type { RowMapper } from "./row-reader";
import { CONSEQUENCE, UNUSABLE, present, readField } from "./row-reader";
import { reportBlank } from "./needed-cells";

export const mapOrderRow: RowMapper<Order, OrderField> = (context, row, columns) => {
  const leftOut = CONSEQUENCE.rowLeftOut;
  const customerId = readField(context, row, columns.customerId, parseIdCell, leftOut);
  const orderDate = readField(context, row, columns.orderDate, context.parseDate, leftOut);
  const amount = readField(context, row, columns.amount, context.moneyIn(columns.amount), leftOut);
  const shipped = readField(context, row, columns.shipped, parseYesNoCell, leftOut);

  if (customerId === undefined) reportBlank(context, row, columns, "customerId", leftOut);
  if (orderDate === undefined) reportBlank(context, row, columns, "orderDate", leftOut);
  if (amount === undefined) reportBlank(context, row, columns, "amount", leftOut);
  if (!present(customerId) || !present(orderDate) || !present(amount) || shipped === UNUSABLE) {
    return null;
  }
  return {
    customerId,
    orderDate,
    amount: amount.minor,
    shipped: shipped ?? false,
    source: { sheet: context.sheet, row },
  };
};
