/**
 * The sample's Collection Log and its customers' contact details (issue 9). As of 2026-06-30
 * under the default policy (promise grace 5 days; ladder 0 / 15 / 30 / 60 days), by hand:
 *
 * | line date  | customer | invoice                       | line                                   | outcome on 2026-06-30                                          |
 * |------------|----------|-------------------------------|----------------------------------------|----------------------------------------------------------------|
 * | 2026-03-01 | C00007   | 60,000 of 2025-12-03          | call: 60,000 promised for 2026-03-15   | partial: 24,000 paid 03-10, deadline 03-20 passed → broken      |
 * | 2026-04-10 | C00014   | 95,000 of 2025-02-10          | letter: disputed, "quantity short"     | excluded from the ladder from 04-10 …                          |
 * | 2026-05-25 | C00006   | 126,000 of 2026-03-16         | e-mail: 126,000 promised for 2026-06-10| nothing paid by 06-15 → broken                                  |
 * | 2026-06-01 | C00020   | 100,000 of 2026-05-10         | call: 100,000 promised for 2026-06-08  | 105,000 paid 06-05 → kept                                      |
 * | 2026-06-15 | C00014   | 95,000 of 2025-02-10          | visit: disputed = no                   | … released: back on the ladder, disputed 0                     |
 * | 2026-06-20 | C00003   | 75,000 of 2026-05-16          | call: 75,000 promised for 2026-07-03   | open until 07-08: that invoice's step is held                  |
 *
 * Only one promise in the three months to 2026-06-30 is broken per customer (C00007's deadline
 * 03-20 is before the window), so no status changes: the sample's grades and statuses stay as
 * make-sample.ts lists them. The worklist orders customers by overdue × (1 + oldest days / 30)
 * × grade factor; these lines change what is shown, not that order.
 */
import type { SampleBook, SampleCustomer, SampleInvoice } from "./sample-model";
import { dateCell, day } from "./sample-model";
import type { SerialDate } from "../../src/engine/types";

export const COLLECTION_LOG_SHEET = "Collection Log";

export const COLLECTION_LOG_HEADERS = [
  "Date",
  "Customer ID",
  "Invoice No",
  "Action",
  "Contact person",
  "Promised date",
  "Promised amount",
  "Disputed",
  "Dispute reason",
  "Notes",
] as const;

/** The ledger's invoice number of the line at `index` (0-based) of the sorted ledger. */
export function invoiceNumber(index: number): string {
  return `INV-${String(index + 1).padStart(6, "0")}`;
}

interface LogLine {
  date: SerialDate;
  customerId: string;
  /** The invoice by its date and amount; null: the whole customer. */
  invoice: { day: number; amount: number } | null;
  action: string;
  person: string;
  promisedDate?: SerialDate;
  promisedAmount?: number;
  disputed?: "Yes" | "No";
  disputeReason?: string;
  notes?: string;
}

const LOG_LINES: readonly LogLine[] = [
  {
    date: day(2026, 3, 1),
    customerId: "C00007",
    invoice: { day: day(2025, 12, 3), amount: 60_000 },
    action: "Call",
    person: "陈经理",
    promisedDate: day(2026, 3, 15),
    promisedAmount: 60_000,
    notes: "Paid 24,000 on 03-10, rest not paid",
  },
  {
    date: day(2026, 4, 10),
    customerId: "C00014",
    invoice: { day: day(2025, 2, 10), amount: 95_000 },
    action: "Letter",
    person: "Mr. Tan",
    disputed: "Yes",
    disputeReason: "Quantity short",
  },
  {
    date: day(2026, 5, 25),
    customerId: "C00006",
    invoice: { day: day(2026, 3, 16), amount: 126_000 },
    action: "E-mail",
    person: "Ms. Lim",
    promisedDate: day(2026, 6, 10),
    promisedAmount: 126_000,
  },
  {
    date: day(2026, 6, 1),
    customerId: "C00020",
    invoice: { day: day(2026, 5, 10), amount: 100_000 },
    action: "Call",
    person: "Mr. Brown",
    promisedDate: day(2026, 6, 8),
    promisedAmount: 100_000,
  },
  {
    date: day(2026, 6, 15),
    customerId: "C00014",
    invoice: { day: day(2025, 2, 10), amount: 95_000 },
    action: "Visit",
    person: "Mr. Tan",
    disputed: "No",
    notes: "Delivery note found; quantity confirmed",
  },
  {
    date: day(2026, 6, 20),
    customerId: "C00003",
    invoice: { day: day(2026, 5, 16), amount: 75_000 },
    action: "Call",
    person: "王经理",
    promisedDate: day(2026, 7, 3),
    promisedAmount: 75_000,
  },
];

function invoiceIndex(
  invoices: readonly SampleInvoice[],
  customerId: string,
  invoice: { day: number; amount: number }
): number {
  const index = invoices.findIndex(
    (line) =>
      line.customerId === customerId &&
      line.sortDay === invoice.day &&
      line.amount === invoice.amount
  );
  // The log is written for crafted invoices: one missing means the crafted ledger changed.
  if (index < 0)
    throw new Error(`no invoice of ${customerId} for ${invoice.amount} on day ${invoice.day}`);
  return index;
}

/** The log's rows under its headers; invoice numbers as the ledger writes them. */
export function collectionLogRows(book: SampleBook): (string | number | Date | null)[][] {
  return LOG_LINES.map((line) => [
    dateCell(line.date),
    line.customerId,
    line.invoice === null
      ? null
      : invoiceNumber(invoiceIndex(book.invoices, line.customerId, line.invoice)),
    line.action,
    line.person,
    line.promisedDate === undefined ? null : dateCell(line.promisedDate),
    line.promisedAmount ?? null,
    line.disputed ?? null,
    line.disputeReason ?? null,
    line.notes ?? null,
  ]);
}

export interface SampleContact {
  person: string;
  email?: string;
  phone?: string;
  address?: string;
  /** As a person types it: a code or a language name. */
  language?: string;
}

/** Contact details of customers the log and the letters reach, in the three letter languages. */
const CONTACTS: Readonly<Record<string, SampleContact>> = {
  C00003: {
    person: "王经理",
    email: "wang@hengda-pack.example.cn",
    phone: "0574-8888-1234",
    address: "浙江省宁波市北仑区恒达路 8 号",
    language: "简体中文",
  },
  C00006: {
    person: "Ms. Lim",
    email: "ar@bluewater.example.sg",
    phone: "+65 6123 4567",
    address: "20 Harbour Drive, Singapore 117612",
    language: "en-US",
  },
  C00007: {
    person: "陈经理",
    email: "chen@jinding.example.cn",
    phone: "0755-2666-0007",
    address: "广东省深圳市南山区科技园 7 栋",
    language: "zh-CN",
  },
  C00014: {
    person: "Mr. Tan",
    phone: "+886 2 2345 6789",
    address: "台北市信義區松高路 14 號",
    language: "繁體中文",
  },
  C00020: {
    person: "Mr. Brown",
    email: "payables@goldengate.example.com",
    address: "100 Market Street, San Francisco, CA 94105",
    language: "English",
  },
  C00015: { person: "林小姐", phone: "+886 4 2222 0015", language: "zh-TW" },
};

export function contactOf(customer: SampleCustomer): SampleContact | undefined {
  return CONTACTS[customer.id];
}
