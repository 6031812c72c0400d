/**
 * Collection Log rows → `CollectionLogEntry`. A line needs its date and customer; a promised
 * date, promised amount or dispute mark that cannot be read leaves the line out (a promise or a
 * dispute half-read would change the ladder silently); an unreadable action is only left blank.
 */
import type { CollectionLogEntry } from "../engine/types";
import type { CollectionLogField } from "./fields";
import { parseContactActionCell } from "./parse-collection-words";
import { parseIdCell } from "./parse-id";
import { parseTextCell } from "./parse-text";
import { parseYesNoCell } from "./parse-yes-no";
import type { SheetContext } from "./row-reader";
import {
  CONSEQUENCE,
  CONSEQUENCE_KEY,
  UNUSABLE,
  filledText,
  present,
  readField,
  report,
} from "./row-reader";
import { READ_CODES } from "./read-problem";
import { parseFailure, type Parsed } from "./parsed";
import type { Money } from "./parse-money";
import type { RawCell } from "./raw";

/**
 * The reader of one sheet's log lines: what is the same on every line (the parsers bound to the
 * columns, the consequence said) is made once here, not once per line.
 */
export function collectionLogLineReader(
  context: SheetContext,
  columns: Partial<Record<CollectionLogField, number>>
): (row: number) => CollectionLogEntry | null {
  const leftOut = CONSEQUENCE.rowLeftOut;
  const ignored = CONSEQUENCE.valueIgnored;
  const rowLeftOut = { consequence: CONSEQUENCE_KEY[leftOut] };
  const readMoney = context.moneyIn(columns.promisedAmount);
  // A promise to pay less than nothing is a typing error, never a refund: the line is left out.
  const readPromisedAmount = (cell: RawCell): Parsed<Money> => {
    const parsed = readMoney(cell);
    return parsed.ok && parsed.value.minor < 0
      ? parseFailure<Money>(READ_CODES.negativeNumber)
      : parsed;
  };
  return (row) => {
    const date = readField(context, row, columns.date, context.parseDate, leftOut);
    const customerId = readField(context, row, columns.customerId, parseIdCell, leftOut);
    const invoiceNo = readField(context, row, columns.invoiceNo, parseIdCell, leftOut);
    const promisedDate = readField(context, row, columns.promisedDate, context.parseDate, leftOut);
    const promisedAmount = readField(
      context,
      row,
      columns.promisedAmount,
      readPromisedAmount,
      leftOut
    );
    const disputed = readField(context, row, columns.disputed, parseYesNoCell, leftOut);
    if (date === undefined && columns.date !== undefined) {
      report(context, row, columns.date, null, READ_CODES.missingValue, {
        variant: "logField",
        ...rowLeftOut,
      });
    }
    if (customerId === undefined && columns.customerId !== undefined) {
      report(context, row, columns.customerId, null, READ_CODES.missingId, {
        variant: "customer",
        ...rowLeftOut,
      });
    }
    if (
      !present(date) ||
      !present(customerId) ||
      invoiceNo === UNUSABLE ||
      promisedDate === UNUSABLE ||
      promisedAmount === UNUSABLE ||
      disputed === UNUSABLE
    ) {
      return null;
    }
    // Read in this order so that problems of the values that are only ignored come after the
    // line's own; every line then has one shape, with absent values left undefined, so that the
    // code reading 50,000 lines meets one kind of object, not one per mix of filled columns.
    const action = readField(context, row, columns.action, parseContactActionCell, ignored);
    const person = readField(context, row, columns.person, parseTextCell, ignored);
    const reason = readField(context, row, columns.disputeReason, parseTextCell, ignored);
    const notes = readField(context, row, columns.notes, parseTextCell, ignored);
    const entry: CollectionLogEntry = {
      date,
      customerId,
      invoiceNo: invoiceNo !== undefined && invoiceNo.length > 0 ? invoiceNo : undefined,
      action: present(action) ? action : undefined,
      person: filledText(person) ? person : undefined,
      promisedDate,
      promisedAmount: promisedAmount?.minor,
      disputed,
      disputeReason: filledText(reason) ? reason : undefined,
      notes: filledText(notes) ? notes : undefined,
      source: { sheet: context.sheet, row },
    };
    return entry;
  };
}
