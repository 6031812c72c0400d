/**
 * Running totals of one customer id, filled in a single pass over receivables and orders.
 * Plain numeric fields (integers for money) so that a million rows cost no allocation here.
 */
import type { Customer, Minor, SerialDate } from "./types";

export class CustomerLedger {
  /** Positive open amounts per aging bucket. */
  readonly buckets: Minor[];
  /** Negative open amounts (open credit notes, overpayments). */
  unapplied: Minor = 0;
  /** Σ open = Σ buckets + unapplied. */
  net: Minor = 0;
  positiveOpen: Minor = 0;
  /** Σ positive open × (asOf − invoice date), for the average age. */
  ageWeight = 0;
  /** Largest signed days overdue among positive open amounts; meaningful when hasPositiveOpen. */
  maxSignedDaysOverdue = 0;
  hasPositiveOpen = false;
  overdueAmount: Minor = 0;
  overdueInvoices = 0;

  /** Invoices fully paid on or before the as-of date (payment record, §11 Score). */
  paidInvoices = 0;
  onTimeInvoices = 0;
  daysBeyondTermsSum = 0;

  /** Receivable amounts of the ABC / DSO window and of the core-customer window. */
  sales: Minor = 0;
  coreSales: Minor = 0;

  /** Orders dated ≤ asOf; of them, those in the limit-base window; unshipped ones. */
  orderCount = 0;
  windowOrderCount = 0;
  windowOrderAmount: Minor = 0;
  unshippedOrders: Minor = 0;

  /** Latest invoice or order date ≤ asOf; null when there is no history. */
  lastBusinessDate: SerialDate | null = null;

  constructor(
    readonly id: string,
    /** The customer row, or null for receivables of an id the customer sheet does not have. */
    readonly customer: Customer | null,
    bucketCount: number
  ) {
    this.buckets = new Array<number>(bucketCount).fill(0);
  }

  noteBusiness(date: SerialDate): void {
    if (this.lastBusinessDate === null || date > this.lastBusinessDate) this.lastBusinessDate = date;
  }
}
