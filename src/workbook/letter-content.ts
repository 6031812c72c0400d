/**
 * What one customer's collection letter says, as plain text blocks: the template of its ladder
 * step filled in, then the statement of account (open invoices, totals per aging bucket). Both
 * the Letters sheet and the `.docx` writer render this one model, so they cannot disagree.
 */
import { isoFromSerial } from "../engine/dates";
import { fillLetter } from "../engine/letter-placeholders";
import { sumMinor, ZERO_MINOR } from "../engine/money";
import type { LetterTemplate } from "../engine/policy";
import type { LetterLanguage, Minor, SerialDate } from "../engine/types";
import { formatMinorGrouped } from "./parse-money";

export interface StatementHeadings {
  title: string;
  invoiceNo: string;
  invoiceDate: string;
  dueDate: string;
  daysOverdue: string;
  openAmount: string;
  agingTitle: string;
  total: string;
  /** The first aging bucket's name in the letter's language; the engine's English when absent. */
  notDue?: string;
}

export interface OpenInvoice {
  invoiceNo: string;
  invoiceDate: SerialDate;
  dueDate: SerialDate;
  daysOverdue: number;
  open: Minor;
}

export interface LetterFacts {
  customerName: string;
  contactPerson: string | null;
  company: string;
  asOf: SerialDate;
  overdueAmount: Minor;
  promiseDate: SerialDate | null;
  /** Positive open amounts, oldest due date first. */
  invoices: OpenInvoice[];
  bucketLabels: string[];
  bucketAmounts: Minor[];
  minorPerUnit: number;
}

export interface LetterContent {
  language: LetterLanguage;
  subject: string;
  paragraphs: string[];
  statement: {
    title: string;
    head: string[];
    rows: string[][];
    agingTitle: string;
    aging: [string, string][];
    total: [string, string];
  };
}

export function letterContent(
  template: LetterTemplate,
  facts: LetterFacts,
  words: StatementHeadings
): LetterContent {
  const money = (amount: Minor) => formatMinorGrouped(amount, facts.minorPerUnit);
  const oldest = facts.invoices.find((invoice) => invoice.daysOverdue > 0) ?? facts.invoices[0];
  const values = {
    customer: facts.customerName,
    contact: facts.contactPerson ?? facts.customerName,
    overdueAmount: money(facts.overdueAmount),
    oldestInvoice: oldest === undefined ? "" : oldest.invoiceNo,
    asOf: isoFromSerial(facts.asOf),
    company: facts.company,
    promiseDate: facts.promiseDate === null ? "" : isoFromSerial(facts.promiseDate),
  };
  const total = sumMinor(facts.invoices.map((invoice) => invoice.open));
  return {
    language: template.language,
    subject: fillLetter(template.subject, values),
    paragraphs: fillLetter(template.body, values).split("\n"),
    statement: {
      title: words.title,
      head: [
        words.invoiceNo,
        words.invoiceDate,
        words.dueDate,
        words.daysOverdue,
        words.openAmount,
      ],
      rows: facts.invoices.map((invoice) => [
        invoice.invoiceNo,
        isoFromSerial(invoice.invoiceDate),
        isoFromSerial(invoice.dueDate),
        String(Math.max(0, invoice.daysOverdue)),
        money(invoice.open),
      ]),
      agingTitle: words.agingTitle,
      aging: facts.bucketLabels.map((label, i) => [
        label,
        money(facts.bucketAmounts[i] ?? ZERO_MINOR),
      ]),
      total: [words.total, money(total)],
    },
  };
}
