/**
 * Customer rows → `Customer`. Only the id decides whether a row is used: an unreadable rating,
 * figure or mark is reported and left out (a missing rating lowers the coverage, §1), the
 * customer is still reviewed.
 */
import type { Customer, FactorKey, Financials } from "../engine/types";
import { FACTOR_KEYS } from "../engine/types";
import type { CustomerField } from "./fields";
import { addCustomerContact } from "./map-collection-columns";
import { parseIdCell } from "./parse-id";
import { parseManualStatusCell } from "./parse-manual-status";
import { parseCountCell, parseNonNegativeCell } from "./parse-number";
import { parseTextCell } from "./parse-text";
import { parseYesNoCell } from "./parse-yes-no";
import type { RowMapper } from "./row-reader";
import { CONSEQUENCE, UNUSABLE, present, readCell, readField } from "./row-reader";
import { reportBlank } from "./needed-cells";

/** Customer-sheet columns → `Financials` keys (the receivables balance is `receivables`). */
const FINANCIAL_FIELDS: readonly (readonly [CustomerField, keyof Financials])[] = [
  ["currentAssets", "currentAssets"],
  ["inventory", "inventory"],
  ["currentLiabilities", "currentLiabilities"],
  ["totalAssets", "totalAssets"],
  ["totalLiabilities", "totalLiabilities"],
  ["equity", "equity"],
  ["sales", "sales"],
  ["netProfit", "netProfit"],
  ["interestCharges", "interestCharges"],
  ["receivablesBalance", "receivables"],
  ["fixedAssets", "fixedAssets"],
];

export const mapCustomerRow: RowMapper<Customer, CustomerField> = (context, row, columns) => {
  const ignored = CONSEQUENCE.valueIgnored;
  const idColumn = columns.id;
  if (idColumn === undefined) return null;
  const id = readCell(context, row, idColumn, parseIdCell, CONSEQUENCE.rowLeftOut);
  if (id === UNUSABLE) return null;
  const name = readField(context, row, columns.name, parseTextCell, ignored);
  if (name === undefined) reportBlank(context, row, columns, "name", CONSEQUENCE.rowKept);

  const ratings: Partial<Record<FactorKey, number>> = {};
  for (const key of FACTOR_KEYS) {
    const rating = readField(context, row, columns[key], context.numberIn(columns[key]), ignored);
    if (present(rating)) ratings[key] = rating;
  }
  const financials: Financials = {};
  for (const [field, key] of FINANCIAL_FIELDS) {
    const value = readField(
      context,
      row,
      columns[field],
      context.numberIn(columns[field]),
      ignored
    );
    if (present(value)) financials[key] = value;
  }

  const customer: Customer = {
    id,
    name: present(name) ? name : "",
    ratings,
    financials,
    source: { sheet: context.sheet, row },
  };
  const years = readField(context, row, columns.yearsInBusiness, parseNonNegativeCell, ignored);
  if (present(years)) customer.yearsInBusiness = years;
  const unshipped = readField(
    context,
    row,
    columns.unshippedOrders,
    context.moneyIn(columns.unshippedOrders),
    ignored
  );
  if (present(unshipped)) customer.unshippedOrders = unshipped.minor;
  const badPayments = readField(context, row, columns.badPayments3m, parseCountCell, ignored);
  if (present(badPayments)) customer.badPayments3m = badPayments;
  const isNew = readField(context, row, columns.isNewCustomer, parseYesNoCell, ignored);
  if (present(isNew)) customer.isNewCustomer = isNew;
  const suspended = readField(context, row, columns.manualStatus, parseManualStatusCell, ignored);
  if (present(suspended)) customer.manualSuspend = suspended;
  const longStanding = readField(context, row, columns.longStanding, parseYesNoCell, ignored);
  if (present(longStanding)) customer.longStanding = longStanding;
  addCustomerContact(context, row, columns, customer);
  return customer;
};
