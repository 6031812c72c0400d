/**
 * Which customers get a collection letter from a review, and what each letter says: a customer
 * whose next step is a reminder or a letter of the ladder (a held step — an open promise, a
 * dispute to resolve — sends none), in the customer's letter language or else the chosen one,
 * from the policy's template for that step and language. The Letters sheet and the `.docx`
 * files both render these, so they cannot disagree.
 */
import { bucketLabels } from "../engine/aging";
import type { LetterTemplate, Policy } from "../engine/policy";
import type {
  CollectionAction,
  CustomerContact,
  CustomerResult,
  LetterLanguage,
  ReviewInput,
  ReviewResult,
} from "../engine/types";
import { LETTER_LANGUAGES } from "../engine/types";
import type { LetterContent, LetterFacts, OpenInvoice, StatementHeadings } from "./letter-content";
import { letterContent } from "./letter-content";

export interface CustomerLetter {
  customerId: string;
  customerName: string;
  /** What the letter is filled from: the Letters sheet writes the statement's numbers as numbers. */
  facts: LetterFacts;
  content: LetterContent;
}

export type StatementWordsByLanguage = Readonly<Record<LetterLanguage, StatementHeadings>>;

export interface CustomerLettersArgs {
  input: ReviewInput;
  result: ReviewResult;
  policy: Policy;
  /** The language chosen for the review: letters go in it when the customer names none. */
  language: string;
  /** The sender's name, for `{company}`. */
  company: string;
  /** Statement headings in each letter language. */
  statementWords: StatementWordsByLanguage;
}

const FALLBACK_LANGUAGE: LetterLanguage = "en-US";

function isLetterLanguage(language: string): language is LetterLanguage {
  return (LETTER_LANGUAGES as readonly string[]).includes(language);
}

/** The ladder step a letter is written for, or null when the next step is not the ladder's. */
function ladderStep(customer: CustomerResult): CollectionAction | null {
  const next = customer.collection?.nextAction ?? customer.collectionAction;
  return next === "CHECK_PROMISE" || next === "RESOLVE_DISPUTE" || next === "NONE" ? null : next;
}

function templateFor(
  templates: readonly LetterTemplate[],
  action: CollectionAction,
  language: LetterLanguage
): LetterTemplate | undefined {
  return templates.find((letter) => letter.action === action && letter.language === language);
}

/**
 * The invoices with something owed of the customers given, the oldest due date first (one pass
 * over the ledger). Only the customers due a letter are asked for: the others' invoices would be
 * gathered and sorted for nothing.
 */
function openInvoicesOf(
  input: ReviewInput,
  result: ReviewResult,
  customerIds: ReadonlySet<string>
): Map<string, OpenInvoice[]> {
  const byCustomer = new Map<string, OpenInvoice[]>();
  for (const receivable of result.receivables) {
    if (receivable.open <= 0 || !customerIds.has(receivable.customerId)) continue;
    let invoices = byCustomer.get(receivable.customerId);
    if (invoices === undefined) {
      invoices = [];
      byCustomer.set(receivable.customerId, invoices);
    }
    invoices.push({
      invoiceNo: receivable.invoiceNo,
      invoiceDate: input.receivables[receivable.index].invoiceDate,
      dueDate: receivable.dueDate,
      daysOverdue: receivable.daysOverdue ?? 0,
      open: receivable.open,
    });
  }
  for (const invoices of byCustomer.values()) invoices.sort((a, b) => a.dueDate - b.dueDate);
  return byCustomer;
}

interface ChosenLetter {
  customer: CustomerResult;
  contact: CustomerContact | undefined;
  template: LetterTemplate;
}

/** One letter per customer due one, in the order of the review's customers. */
export function customerLetters(args: CustomerLettersArgs): CustomerLetter[] {
  const { input, result, policy } = args;
  const chosen = isLetterLanguage(args.language) ? args.language : FALLBACK_LANGUAGE;
  const contactOf = new Map(input.customers.map((customer) => [customer.id, customer.contact]));
  const due: ChosenLetter[] = [];
  for (const customer of result.customers) {
    const step = ladderStep(customer);
    if (step === null) continue;
    const contact = contactOf.get(customer.id);
    const language = contact?.letterLanguage ?? chosen;
    const template =
      templateFor(policy.collections.letters, step, language) ??
      templateFor(policy.collections.letters, step, chosen);
    // The ladder's later steps (agency, legal) have no letter.
    if (template !== undefined) due.push({ customer, contact, template });
  }
  const invoicesOf = openInvoicesOf(input, result, new Set(due.map(({ customer }) => customer.id)));
  // The bucket names depend on the letter's language only: made once per language.
  const bucketLabelsIn = new Map<LetterLanguage, string[]>();
  return due.map(({ customer, contact, template }) => {
    const words = args.statementWords[template.language];
    let labels = bucketLabelsIn.get(template.language);
    if (labels === undefined) {
      labels = bucketLabels(policy.aging.edges, words.notDue);
      bucketLabelsIn.set(template.language, labels);
    }
    const promise = customer.collection?.promise ?? null;
    const facts: LetterFacts = {
      customerName: customer.name,
      contactPerson: contact?.person ?? null,
      company: args.company,
      asOf: result.asOf,
      overdueAmount: customer.overdueAmount,
      promiseDate: promise !== null && promise.status === "open" ? promise.promisedDate : null,
      invoices: invoicesOf.get(customer.id) ?? [],
      bucketLabels: labels,
      bucketAmounts: result.aging.byCustomer[customer.id]?.amounts ?? [],
      minorPerUnit: policy.minorPerUnit,
    };
    const content = letterContent(template, facts, words);
    return { customerId: customer.id, customerName: customer.name, facts, content };
  });
}
