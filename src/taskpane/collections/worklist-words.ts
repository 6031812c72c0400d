/**
 * The worklist's cells in words: the next action (the ladder's step as the workbook writes it,
 * or the pane's words for checking a promise or resolving a dispute), a promise and the last
 * contact. Shared by the Collections tab and the explain panel.
 */
import "../i18n/late-words";
import type { ContactAction, LastContact, NextAction, PromiseOutcome } from "../../engine/types";
import type { OutputLabels } from "../../workbook/labels";
import type { Formatters } from "../format/formatters";
import type { Translate } from "../i18n/translate";

export function nextActionWords(action: NextAction, labels: OutputLabels, t: Translate): string {
  if (action === "CHECK_PROMISE") return t("collections.next.CHECK_PROMISE");
  if (action === "RESOLVE_DISPUTE") return t("collections.next.RESOLVE_DISPUTE");
  return labels.actions[action];
}

export function contactActionWords(action: ContactAction, t: Translate): string {
  return t(`contact.${action}`);
}

export function promiseWords(promise: PromiseOutcome, format: Formatters, t: Translate): string {
  return t("collections.promise", {
    amount: format.money(promise.amount),
    date: format.date(promise.promisedDate),
    status: t(`collections.promise.${promise.status}`),
  });
}

/** "date, action, person", leaving out what the log did not say. */
export function lastContactWords(contact: LastContact, format: Formatters, t: Translate): string {
  const parts = [format.date(contact.date)];
  if (contact.action !== null) parts.push(contactActionWords(contact.action, t));
  if (contact.person !== null) parts.push(contact.person);
  return parts.join(", ");
}
