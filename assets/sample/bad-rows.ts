/**
 * Rows that exercise /work/shared/BAD-INPUTS.md: each is something a real ledger contains and
 * that a review must report or normalise, never turn into a silently wrong number. They sit on
 * random customers so that the crafted cases keep their outcome.
 */
import type { CellValue } from "exceljs";
import { addDays } from "../../src/engine/serial-date";
import type { SerialDate } from "../../src/engine/types";
import {
  CURRENCY,
  dateCell,
  day,
  invoiceLine,
  type SampleCustomer,
  type SampleInvoice,
} from "./sample-model";

function line(
  sortDay: SerialDate,
  fields: Partial<SampleInvoice> & { customerId: CellValue }
): SampleInvoice {
  return {
    sortDay,
    invoiceDate: dateCell(sortDay),
    dueDate: dateCell(addDays(sortDay, 30)),
    amount: 10_000,
    paid: null,
    paidDate: null,
    currency: CURRENCY,
    ...fields,
  };
}

/** Ledger lines with bad or unusual cells, one case each (BAD-INPUTS numbers in the comments). */
export function badLedgerLines(): SampleInvoice[] {
  const march5 = day(2026, 3, 5);
  const may10 = day(2026, 5, 10);
  return [
    // #2 text dates in the forms people type.
    line(march5, {
      customerId: "C00041",
      invoiceDate: "2026/3/5",
      amount: 12_600,
      paid: 12_600,
      paidDate: dateCell(day(2026, 4, 2)),
    }),
    line(march5, {
      customerId: "C00042",
      invoiceDate: "2026年3月5日",
      amount: 8_800,
      paid: 8_800,
      paidDate: dateCell(day(2026, 4, 1)),
    }),
    // #3 a two-digit year.
    line(march5, {
      customerId: "C00046",
      invoiceDate: "26/3/5",
      amount: 4_300,
      paid: 4_300,
      paidDate: dateCell(day(2026, 4, 3)),
    }),
    // #6 a time part in a date.
    line(may10, {
      customerId: "C00053",
      invoiceDate: new Date(Date.UTC(2026, 4, 10, 18, 0)),
      amount: 7_250,
      paid: 7_250,
      paidDate: dateCell(day(2026, 6, 8)),
    }),
    // #7 amounts as text: thousands separator, accounting negative, currency sign, full-width digits.
    line(may10, { customerId: "C00043", amount: "1,234.50" }),
    line(day(2026, 6, 1), { customerId: "C00044", amount: "(1,200.00)" }),
    line(may10, {
      customerId: "C00054",
      amount: "¥2,000.00",
      paid: 2_000,
      paidDate: dateCell(day(2026, 6, 5)),
    }),
    line(may10, {
      customerId: "C00055",
      amount: "３,５００.００",
      paid: 3_500,
      paidDate: dateCell(day(2026, 6, 6)),
    }),
    // #11 an error value where an amount should be.
    line(may10, { customerId: "C00045", amount: { error: "#N/A" } }),
    // #12 formulas: amount as a product, paid as half the amount, and one without a cached result.
    line(may10, { customerId: "C00047", amount: 18_000, formula: "amountAsProduct" }),
    line(may10, {
      customerId: "C00047",
      amount: 9_000,
      paid: 4_500,
      paidDate: dateCell(day(2026, 6, 2)),
      formula: "paidAsHalfOfAmount",
    }),
    line(may10, {
      customerId: "C00056",
      amount: 6_000,
      paid: { formula: "SUM(6000)" } as CellValue,
      paidDate: dateCell(day(2026, 6, 1)),
    }),
    // #15 a hidden row is still data.
    {
      ...invoiceLine("C00048", day(2026, 4, 20), 30, 15_500, {
        paid: 15_500,
        paidDay: day(2026, 5, 18),
      }),
      hidden: true,
    },
    // #25 an unknown customer (still aged under its id).
    line(day(2026, 5, 21), { customerId: "C09999", amount: 15_000 }),
    // #27 no due date (and no terms column): due = invoice date, reported.
    line(may10, {
      customerId: "C00051",
      dueDate: null,
      amount: 5_400,
      paid: 5_400,
      paidDate: dateCell(day(2026, 5, 30)),
    }),
    // #28 paid after the as-of date: not counted yet.
    line(day(2026, 6, 1), {
      customerId: "C00052",
      amount: 9_900,
      paid: 9_900,
      paidDate: dateCell(day(2026, 7, 5)),
    }),
    // #29 invoice dated after the as-of date.
    line(day(2026, 7, 15), { customerId: "C00049", amount: 11_000 }),
    // #30 a second currency.
    line(may10, { customerId: "C00050", amount: 3_200, currency: "USD" }),
    // #35 a whitespace-only id.
    line(may10, { customerId: "   ", amount: 2_500 }),
  ];
}

/** The customer sheet's anomalies: a hidden row (#15), a duplicate id (#24), a rating out of range (#31). */
export function withCustomerAnomalies(customers: SampleCustomer[]): SampleCustomer[] {
  const rows = customers.map((customer) => {
    if (customer.id === "C00033") return { ...customer, hidden: true };
    if (customer.id === "C00061")
      return { ...customer, ratings: { ...customer.ratings, bankCredit: 12 } };
    return customer;
  });
  rows.push({
    id: "C00150",
    name: "Atlas Trading Co., Ltd. (duplicate entry)",
    ratings: { history: 5 },
  });
  return rows;
}
