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

export function addReceivableCollectionColumns(
  context: SheetContext,
  row: number,
  columns: Partial<Record<ReceivableField, number>>,
  receivable: Receivable
): void {
  const ignored = CONSEQUENCE.valueIgnored;
  const disputed = readField(context, row, columns.disputed, parseYesNoCell, ignored);
  if (present(disputed)) receivable.disputed = disputed;
  const reason = readField(context, row, columns.disputeReason, parseTextCell, ignored);
  if (filledText(reason)) receivable.disputeReason = reason;
  const promised = readField(context, row, columns.promisedDate, context.parseDate, ignored);
  if (present(promised)) receivable.promisedDate = promised;
}

export function addCustomerContact(
  context: SheetContext,
  row: number,
  columns: Partial<Record<CustomerField, number>>,
  customer: Customer
): void {
  const ignored = CONSEQUENCE.valueIgnored;
  const contact: CustomerContact = {};
  const texts: [keyof CustomerContact, number | undefined][] = [
    ["person", columns.contactPerson],
    ["email", columns.contactEmail],
    ["phone", columns.contactPhone],
    ["address", columns.contactAddress],
  ];
  for (const [key, column] of texts) {
    const text = readField(context, row, column, parseTextCell, ignored);
    if (filledText(text)) contact[key as Exclude<keyof CustomerContact, "letterLanguage">] = text;
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
}
