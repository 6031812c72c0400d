/**
 * Receivable rows → `Receivable`. A row with an unreadable customer id, date, amount, paid
 * amount or terms is left out (never a silently wrong total); a missing invoice number is
 * reported and the row is still counted. Blank paid = 0 (§11); with only an open-amount column,
 * paid = amount − open.
 */
import { subMinor } from "../engine/money";
import type { Minor, Receivable } from "../engine/types";
import type { ReceivableField } from "./fields";
import { addReceivableCollectionColumns } from "./map-collection-columns";
import { parseIdCell } from "./parse-id";
import type { Money } from "./parse-money";
import { formatMinor } from "./parse-money";
import { parseTermsCell } from "./parse-terms";
import { parseTextCell } from "./parse-text";
import type { RowMapper, SheetContext } from "./row-reader";
import { CONSEQUENCE, CONSEQUENCE_KEY, UNUSABLE, present, readField, report } from "./row-reader";
import { READ_CODES } from "./read-problem";
import { reportBlank } from "./needed-cells";

export const mapReceivableRow: RowMapper<Receivable, ReceivableField> = (context, row, columns) => {
  const leftOut = CONSEQUENCE.rowLeftOut;
  const date = context.parseDate;

  const customerId = readField(context, row, columns.customerId, parseIdCell, leftOut);
  const invoiceNo = readField(context, row, columns.invoiceNo, parseIdCell, CONSEQUENCE.rowKept);
  const invoiceDate = readField(context, row, columns.invoiceDate, date, leftOut);
  const dueDate = readField(context, row, columns.dueDate, date, leftOut);
  const termsDays = readField(context, row, columns.termsDays, parseTermsCell, leftOut);
  const amount = readField(context, row, columns.amount, context.moneyIn(columns.amount), leftOut);
  const paidMoney = context.moneyIn(columns.paidAmount);
  const paid = readField(context, row, columns.paidAmount, paidMoney, leftOut);
  const openMoney = context.moneyIn(columns.openAmount);
  const open = readField(context, row, columns.openAmount, openMoney, leftOut);
  const paidDate = readField(context, row, columns.paidDate, date, leftOut);
  const currencyText = readField(context, row, columns.currency, parseTextCell, leftOut);

  if (customerId === undefined) reportBlank(context, row, columns, "customerId", leftOut);
  if (invoiceNo === undefined) reportBlank(context, row, columns, "invoiceNo", CONSEQUENCE.rowKept);
  if (invoiceDate === undefined) reportBlank(context, row, columns, "invoiceDate", leftOut);
  if (amount === undefined) reportBlank(context, row, columns, "amount", leftOut);
  if (
    !present(customerId) ||
    !present(invoiceDate) ||
    !present(amount) ||
    dueDate === UNUSABLE ||
    termsDays === UNUSABLE ||
    paid === UNUSABLE ||
    open === UNUSABLE ||
    paidDate === UNUSABLE ||
    currencyText === UNUSABLE
  ) {
    return null;
  }

  const currency = currencyOf(context, row, columns.currency, currencyText, amount);
  if (currency === UNUSABLE) return null;

  const receivable: Receivable = {
    customerId,
    invoiceNo: present(invoiceNo) ? invoiceNo : "",
    invoiceDate,
    amount: amount.minor,
    source: { sheet: context.sheet, row },
  };
  if (dueDate !== undefined) receivable.dueDate = dueDate;
  if (termsDays !== undefined) receivable.termsDays = termsDays;
  const paidMinor = paidAmount(context, row, columns.openAmount, amount, paid, open);
  if (paidMinor !== undefined) receivable.paid = paidMinor;
  if (paidDate !== undefined) receivable.paidDate = paidDate;
  if (currency !== undefined) receivable.currency = currency;
  addReceivableCollectionColumns(context, row, columns, receivable);
  return receivable;
};

/** The row's currency: the column's code, else a code written in the amount cell. */
function currencyOf(
  context: SheetContext,
  row: number,
  column: number | undefined,
  columnText: string | undefined,
  amount: Money
): string | undefined | typeof UNUSABLE {
  const fromColumn =
    columnText === undefined || columnText.length === 0 ? undefined : columnText.toUpperCase();
  if (
    fromColumn !== undefined &&
    amount.currency !== null &&
    column !== undefined &&
    fromColumn !== amount.currency
  ) {
    report(context, row, column, columnText ?? null, READ_CODES.currencyConflict, {
      inCell: amount.currency,
      inColumn: fromColumn,
      consequence: CONSEQUENCE_KEY[CONSEQUENCE.rowLeftOut],
    });
    return UNUSABLE;
  }
  return fromColumn ?? amount.currency ?? undefined;
}

function paidAmount(
  context: SheetContext,
  row: number,
  openColumn: number | undefined,
  amount: Money,
  paid: Money | undefined,
  open: Money | undefined
): Minor | undefined {
  if (paid !== undefined) {
    if (
      open !== undefined &&
      openColumn !== undefined &&
      amount.minor - paid.minor !== open.minor
    ) {
      const m = context.minorPerUnit;
      const shown = {
        amount: formatMinor(amount.minor, m),
        paid: formatMinor(paid.minor, m),
        open: formatMinor(open.minor, m),
      };
      report(context, row, openColumn, shown.open, READ_CODES.paidOpenMismatch, shown);
    }
    return paid.minor;
  }
  if (open !== undefined) return subMinor(amount.minor, open.minor);
  return undefined;
}
