/**
 * The Collections sheet: the worklist of a review that had collection data (issue 9). One row
 * per customer with something to do, highest priority first: the next step and the day it fell
 * due, what is overdue and of which disputed, the latest promise, the last contact, whom to
 * contact, and the customer's grade and standing. A step due on or before the as-of date is
 * marked "today" and filled by one text rule over that column.
 */
import { creditStanding } from "../engine/credit-standing";
import type { Policy } from "../engine/policy";
import type {
  Customer,
  CustomerResult,
  Minor,
  NextAction,
  PromiseStatus,
  ReviewResult,
} from "../engine/types";
import { ALARM_COLORS } from "./colors";
import { datedTableSheet } from "./dated-table-sheet";
import type { OutputLabels } from "./labels";
import {
  DATE_FORMAT,
  GROUPED_WHOLE_NUMBER_FORMAT,
  TEXT_FORMAT,
  moneyFormat,
} from "./number-formats";
import { columnRange, rangeAddress } from "./plan-address";
import type { PlanValue, SheetPlan } from "./plan";
import type { OwnedSheetName } from "./plan-sheet-name";
import { actionWords, toCurrencyUnits } from "./plan-values";

export const COLLECTIONS_COLUMNS = [
  "customerId",
  "customerName",
  "nextAction",
  "nextActionDue",
  "today",
  "overdueAmount",
  "disputedAmount",
  "promiseAmount",
  "promiseDate",
  "promiseStatus",
  "lastContactDate",
  "lastContactAction",
  "lastContactPerson",
  "contactPerson",
  "email",
  "phone",
  "grade",
  "status",
  "priority",
] as const;
export type CollectionsColumn = (typeof COLLECTIONS_COLUMNS)[number];

export function collectionsTitle(labels: OutputLabels): string {
  return labels.collections.title;
}

function columnOf(key: CollectionsColumn): number {
  return COLLECTIONS_COLUMNS.indexOf(key) + 1;
}

/** Customers with a step to take, highest priority first; ties by id so the order is stable. */
export function worklist(result: ReviewResult): CustomerResult[] {
  // Each customer's priority is read once, not at every comparison of the sort.
  const ranked: { customer: CustomerResult; priority: number }[] = [];
  for (const customer of result.customers) {
    const collection = customer.collection;
    if (collection && collection.nextAction !== "NONE")
      ranked.push({ customer, priority: collection.priority });
  }
  ranked.sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0)
  );
  return ranked.map(({ customer }) => customer);
}

export interface CollectionsSheetArgs {
  result: ReviewResult;
  /** The customers as read: their contact details. */
  customers: readonly Customer[];
  labels: OutputLabels;
  policy: Policy;
  sheetName: OwnedSheetName;
}

export function buildCollectionsSheet({
  result,
  customers,
  labels,
  policy,
  sheetName,
}: CollectionsSheetArgs): SheetPlan {
  const words = labels.collections;
  const contactWords = labels.contactActions;
  const units = (amount: Minor) => toCurrencyUnits(amount, policy.minorPerUnit);
  const contactOf = new Map(customers.map((customer) => [customer.id, customer.contact]));
  const nextWords = (action: NextAction): string | null =>
    action === "CHECK_PROMISE"
      ? words.checkPromise
      : action === "RESOLVE_DISPUTE"
        ? words.resolveDispute
        : actionWords(action, labels);
  const promiseWords: Record<PromiseStatus, string> = {
    open: words.promiseOpen,
    kept: words.promiseKept,
    broken: words.promiseBroken,
  };

  const rows: PlanValue[][] = worklist(result).map((customer) => {
    // worklist() keeps only customers with collection facts.
    const collection = customer.collection as NonNullable<CustomerResult["collection"]>;
    const contact = contactOf.get(customer.id);
    const { promise, lastContact } = collection;
    const due = collection.nextActionDue;
    const value: Record<CollectionsColumn, PlanValue> = {
      customerId: customer.id,
      customerName: customer.name,
      nextAction: nextWords(collection.nextAction),
      nextActionDue: due,
      today: due !== null && due <= result.asOf ? labels.yes : null,
      overdueAmount: units(customer.overdueAmount),
      disputedAmount: units(collection.disputedAmount),
      promiseAmount: promise === null ? null : units(promise.amount),
      promiseDate: promise === null ? null : promise.promisedDate,
      promiseStatus: promise === null ? null : promiseWords[promise.status],
      lastContactDate: lastContact === null ? null : lastContact.date,
      lastContactAction:
        lastContact === null || lastContact.action === null
          ? null
          : contactWords[lastContact.action],
      lastContactPerson: lastContact?.person ?? null,
      contactPerson: contact?.person ?? null,
      email: contact?.email ?? null,
      phone: contact?.phone ?? null,
      grade: customer.grade,
      status: labels.status[creditStanding(customer)],
      // A ranking on the scale of minor units (amount × factors), not an amount: no Minor.
      priority: Math.round(collection.priority / policy.minorPerUnit),
    };
    return COLLECTIONS_COLUMNS.map((column) => value[column]);
  });

  return datedTableSheet("collections", sheetName, {
    title: words.title,
    asOf: result.asOf,
    labels,
    headers: COLLECTIONS_COLUMNS.map((column) => words[column]),
    rows,
    noRows: words.nothingToDo,
    numberFormats: ({ first, last }) => {
      const column = (key: CollectionsColumn) => columnRange(columnOf(key), first, last);
      return [
        { range: column("customerId"), format: TEXT_FORMAT },
        { range: column("nextActionDue"), format: DATE_FORMAT },
        {
          range: rangeAddress(first, columnOf("overdueAmount"), last, columnOf("promiseAmount")),
          format: moneyFormat(policy.minorPerUnit),
        },
        { range: column("promiseDate"), format: DATE_FORMAT },
        { range: column("lastContactDate"), format: DATE_FORMAT },
        {
          range: rangeAddress(first, columnOf("lastContactPerson"), last, columnOf("phone")),
          format: TEXT_FORMAT,
        },
        { range: column("priority"), format: GROUPED_WHOLE_NUMBER_FORMAT },
      ];
    },
    // A text rule, not a date comparison: it holds in a workbook of either date system.
    conditionalFormats: ({ first, last }) => [
      {
        kind: "textEquals",
        range: columnRange(columnOf("today"), first, last),
        text: labels.yes,
        ...ALARM_COLORS,
      },
      {
        kind: "textEquals",
        range: columnRange(columnOf("promiseStatus"), first, last),
        text: words.promiseBroken,
        ...ALARM_COLORS,
      },
    ],
  });
}
