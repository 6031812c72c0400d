/**
 * The sample book as rows of cell values, before it becomes a workbook. Cells are exceljs cell
 * values so that a row can carry anything a real sheet carries (text dates, errors, formulas).
 */
import type { CellValue } from "exceljs";
import { serialFromIso, serialFromYmd, ymdFromSerial } from "../../src/engine/dates";
import { addDays } from "../../src/engine/serial-date";
import type { FactorKey, SerialDate } from "../../src/engine/types";

export const AS_OF_ISO = "2026-06-30";
export const AS_OF: SerialDate = serialFromIso(AS_OF_ISO);
/** Invoices cover the 18 months up to the as-of date. */
export const FIRST_INVOICE_DAY: SerialDate = serialFromIso("2025-01-01");
/** Orders cover the 12 months up to the as-of date. */
export const FIRST_ORDER_DAY: SerialDate = serialFromIso("2025-07-01");
export const CURRENCY = "CNY";

export interface SampleFinancials {
  currentAssets: number;
  inventory: number;
  currentLiabilities: number;
  totalAssets: number;
  totalLiabilities: number;
  sales: number;
  netProfit: number;
  interestCharges: number;
  receivables: number;
  fixedAssets: number;
}

export interface SampleCustomer {
  id: string;
  name: string;
  /** Typed ratings; a missing key is a blank cell. A string is written as typed (a bad value). */
  ratings: Partial<Record<FactorKey, number | string>>;
  financials?: SampleFinancials;
  yearsInBusiness?: number;
  badPayments3m?: number;
  isNewCustomer?: boolean;
  manualStatus?: string;
  longStanding?: boolean;
  hidden?: boolean;
}

export interface SampleInvoice {
  /** Sorts the ledger; the invoice date as a serial, or the intended day for a bad date. */
  sortDay: SerialDate;
  customerId: CellValue;
  /** Number format of the id cell when the id is a number (e.g. "00000" shows 123 as 00123). */
  customerIdFormat?: string;
  invoiceDate: CellValue;
  dueDate: CellValue;
  amount: CellValue;
  paid: CellValue;
  paidDate: CellValue;
  currency: string;
  hidden?: boolean;
  /** Amount or paid written as a formula over the row's own cells (filled in by the writer). */
  formula?: "amountAsProduct" | "paidAsHalfOfAmount";
}

export interface SampleOrder {
  customerId: CellValue;
  orderDate: SerialDate;
  amount: number;
  shipped: boolean;
}

export interface SampleBook {
  customers: SampleCustomer[];
  invoices: SampleInvoice[];
  orders: SampleOrder[];
}

/** A serial day as the UTC midnight Date that exceljs writes as that serial. */
export function dateCell(serial: SerialDate): Date {
  const { year, month, day } = ymdFromSerial(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

export function day(year: number, month: number, dayOfMonth: number): SerialDate {
  return serialFromYmd(year, month, dayOfMonth);
}

/** Currency units rounded to the cent, so that every written amount is exact in minor units. */
export function money(units: number): number {
  return Math.round(units * 100) / 100;
}

/** A normal ledger line: dates as real dates, payment blank when nothing was paid by the as-of date. */
export function invoiceLine(
  customerId: string,
  invoiceDay: SerialDate,
  termsDays: number,
  amount: number,
  payment?: { paid: number; paidDay: SerialDate }
): SampleInvoice {
  const paidByAsOf = payment !== undefined && payment.paidDay <= AS_OF;
  return {
    sortDay: invoiceDay,
    customerId,
    invoiceDate: dateCell(invoiceDay),
    dueDate: dateCell(addDays(invoiceDay, termsDays)),
    amount: money(amount),
    paid: paidByAsOf ? money(payment.paid) : null,
    paidDate: paidByAsOf ? dateCell(payment.paidDay) : null,
    currency: CURRENCY,
  };
}
