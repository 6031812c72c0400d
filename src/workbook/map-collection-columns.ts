/**
 * The optional collection columns: Disputed / Dispute reason / Promised date on a receivable,
 * contact details and letter language on a customer. None of them decides whether the row is
 * used: an unreadable value is reported and left out (an unreadable dispute mark leaves the
 * invoice on the collection ladder).
 */
import type { Customer, CustomerContact, Receivable } from "../engine/types";
import type { CustomerField, ReceivableField } from "./fields";
import { parseLetterLanguageCell } from "./parse-collection-words";
import { parseTextCell } from "./parse-text";
import { parseYesNoCell } from "./parse-yes-no";
import type { SheetContext } from "./row-reader";
import { CONSEQUENCE, filledText, present, readField } from "./row-reader";

/** None of these columns decides whether the row is used: an unreadable value is only left out. */
const ignored = CONSEQUENCE.valueIgnored;

/** Reads a sheet's optional columns into the domain row its required columns already made. */
type OptionalColumnsReader<Field extends string, Row> = (
  context: SheetContext,
  row: number,
  columns: Partial<Record<Field, number>>,
  target: Row
) => void;

export const addReceivableCollectionColumns: OptionalColumnsReader<ReceivableField, Receivable> = (
  context,
  row,
  columns,
  receivable
) => {
  const disputed = readField(context, row, columns.disputed, parseYesNoCell, ignored);
  if (present(disputed)) receivable.disputed = disputed;
  const reason = readField(context, row, columns.disputeReason, parseTextCell, ignored);
  if (filledText(reason)) receivable.disputeReason = reason;
  const promised = readField(context, row, columns.promisedDate, context.parseDate, ignored);
  if (present(promised)) receivable.promisedDate = promised;
};

export const addCustomerContact: OptionalColumnsReader<CustomerField, Customer> = (
  context,
  row,
  columns,
  customer
) => {
  const contact: CustomerContact = {};
  const texts: [Exclude<keyof CustomerContact, "letterLanguage">, number | undefined][] = [
    ["person", columns.contactPerson],
    ["email", columns.contactEmail],
    ["phone", columns.contactPhone],
    ["address", columns.contactAddress],
  ];
  for (const [key, column] of texts) {
    const text = readField(context, row, column, parseTextCell, ignored);
    if (filledText(text)) contact[key] = text;
  }
  const language = readField(
    context,
    row,
    columns.letterLanguage,
    parseLetterLanguageCell,
    ignored
  );
  if (present(language)) contact.letterLanguage = language;
  if (Object.keys(contact).length > 0) customer.contact = contact;
};
