/**
 * Running totals per customer id, filled in one pass over receivables and orders. The totals
 * live in one Float64Array, a fixed stride per customer, so that a row touches one or two cache
 * lines instead of a dozen boxed fields; money is still summed as integers (exact below 2^53).
 *
 * Exactness is proven once, not per row or per total: every amount added is a checked whole number
 * of minor units, and each kind of total (open amounts, sales, orders) keeps the sum of the
 * absolute values added to it. No partial sum of a total can exceed its kind's sum, so while each
 * is within 2^53 every total is exact and whole and is branded unchecked; beyond, the passes and
 * every read throw rather than hand out an amount that may have lost a cent. (The workbook refuses
 * a ledger past the same bound before a review: ledger-magnitude.ts.)
 */
import { MinorRangeError, uncheckedMinor } from "./money";
import { serialDate } from "./serial-date";

// Read once: a CommonJS build turns each read of an imported binding into a getter call, and
// these run for every total of every customer.
const brandTotal = uncheckedMinor;
const wholeDay = serialDate;
import type { Customer, Minor, SerialDate } from "./types";

// Offsets of each total within a customer's stride.
const NET = 0;
const POSITIVE_OPEN = 1;
const AGE_WEIGHT = 2;
const MAX_SIGNED_DAYS = 3;
const HAS_POSITIVE_OPEN = 4;
const OVERDUE_AMOUNT = 5;
const OVERDUE_INVOICES = 6;
const UNAPPLIED = 7;
const SALES = 8;
const CORE_SALES = 9;
/** 0 = no history: dates before serial 1 are refused before they get here. */
const LAST_BUSINESS = 10;
const PAID_INVOICES = 11;
const ON_TIME_INVOICES = 12;
const DAYS_BEYOND_TERMS = 13;
const ORDER_COUNT = 14;
const WINDOW_ORDER_COUNT = 15;
const WINDOW_ORDER_AMOUNT = 16;
const UNSHIPPED = 17;
const DAYS_TO_PAY = 18;
const FIRST_BUCKET = 19;

/** The totals read as money, by name. */
const MONEY_TOTALS = {
  net: NET,
  unapplied: UNAPPLIED,
  positiveOpen: POSITIVE_OPEN,
  overdueAmount: OVERDUE_AMOUNT,
  sales: SALES,
  coreSales: CORE_SALES,
  windowOrderAmount: WINDOW_ORDER_AMOUNT,
  unshippedOrders: UNSHIPPED,
} as const;

/** The totals read as plain numbers (counts and sums of days), by name. */
const COUNT_TOTALS = {
  ageWeight: AGE_WEIGHT,
  overdueInvoices: OVERDUE_INVOICES,
  paidInvoices: PAID_INVOICES,
  onTimeInvoices: ON_TIME_INVOICES,
  daysBeyondTerms: DAYS_BEYOND_TERMS,
  daysToPay: DAYS_TO_PAY,
  orderCount: ORDER_COUNT,
  windowOrderCount: WINDOW_ORDER_COUNT,
} as const;

export class CustomerTotals {
  /** Customer id of each slot, in the order first seen (customer sheet first). */
  readonly ids: string[] = [];
  /** The customer row of each slot; null for an id only the receivables know. */
  readonly customers: (Customer | null)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly stride: number;
  private values: Float64Array;
  private lastId: string | null = null;
  /** Σ |open| of the rows in the open, bucket, overdue and unapplied totals. */
  private openMagnitude = 0;
  /** Σ |amount| of the invoices in the sales totals. */
  private salesMagnitude = 0;
  /** Σ |amount| of the orders in the order totals. */
  private orderMagnitude = 0;
  private lastSlot = -1;

  constructor(
    readonly bucketCount: number,
    expectedCustomers: number
  ) {
    this.stride = FIRST_BUCKET + bucketCount;
    this.values = new Float64Array(Math.max(16, expectedCustomers) * this.stride);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Sheets are often sorted by customer: the id of the previous row is checked before the Map. */
  slotOf(id: string): number | undefined {
    if (id === this.lastId) return this.lastSlot;
    const slot = this.slots.get(id);
    if (slot !== undefined) {
      this.lastId = id;
      this.lastSlot = slot;
    }
    return slot;
  }

  add(id: string, customer: Customer | null): number {
    const slot = this.ids.length;
    if ((slot + 1) * this.stride > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.ids.push(id);
    this.customers.push(customer);
    this.slots.set(id, slot);
    return slot;
  }

  /** A positive open amount in its aging bucket (§11 Aging table). */
  addOpen(
    slot: number,
    open: Minor,
    bucket: number,
    daysOverdue: number,
    invoiceAge: number
  ): void {
    const v = this.values;
    const base = slot * this.stride;
    this.openMagnitude += open;
    v[base + FIRST_BUCKET + bucket] += open;
    v[base + NET] += open;
    v[base + POSITIVE_OPEN] += open;
    v[base + AGE_WEIGHT] += open * invoiceAge;
    if (v[base + HAS_POSITIVE_OPEN] === 0 || daysOverdue > v[base + MAX_SIGNED_DAYS])
      v[base + MAX_SIGNED_DAYS] = daysOverdue;
    v[base + HAS_POSITIVE_OPEN] = 1;
    if (daysOverdue > 0) {
      v[base + OVERDUE_AMOUNT] += open;
      v[base + OVERDUE_INVOICES] += 1;
    }
  }

  /** A negative open amount: an unapplied credit, kept apart from the buckets. */
  addUnapplied(slot: number, open: Minor): void {
    const base = slot * this.stride;
    this.openMagnitude -= open;
    this.values[base + NET] += open;
    this.values[base + UNAPPLIED] += open;
  }

  addSales(slot: number, amount: Minor, inSalesWindow: boolean, inCoreWindow: boolean): void {
    const base = slot * this.stride;
    this.salesMagnitude += amount < 0 ? -amount : amount;
    if (inSalesWindow) this.values[base + SALES] += amount;
    if (inCoreWindow) this.values[base + CORE_SALES] += amount;
  }

  /** An invoice fully paid on or before the as-of date, `daysLate` after its due date (≤ 0: on time). */
  addPaidInvoice(slot: number, daysLate: number, daysToPay: number): void {
    const base = slot * this.stride;
    this.values[base + PAID_INVOICES] += 1;
    this.values[base + DAYS_TO_PAY] += daysToPay;
    if (daysLate <= 0) this.values[base + ON_TIME_INVOICES] += 1;
    else this.values[base + DAYS_BEYOND_TERMS] += daysLate;
  }

  addOrder(slot: number, amount: Minor, inBaseWindow: boolean, unshipped: boolean): void {
    const v = this.values;
    const base = slot * this.stride;
    this.orderMagnitude += amount < 0 ? -amount : amount;
    v[base + ORDER_COUNT] += 1;
    if (inBaseWindow) {
      v[base + WINDOW_ORDER_COUNT] += 1;
      v[base + WINDOW_ORDER_AMOUNT] += amount;
    }
    if (unshipped) v[base + UNSHIPPED] += amount;
  }

  noteBusiness(slot: number, date: SerialDate): void {
    const index = slot * this.stride + LAST_BUSINESS;
    if (date > this.values[index]) this.values[index] = date;
  }

  private read(slot: number, offset: number): number {
    return this.values[slot * this.stride + offset];
  }

  /**
   * Throws unless every total is exact: each kind's magnitude is within 2^53. Each pass calls it
   * after its loop, so an amount that lost a cent never leaves the review.
   */
  checkExact(): void {
    const largest = Math.max(this.openMagnitude, this.salesMagnitude, this.orderMagnitude);
    if (!(largest <= Number.MAX_SAFE_INTEGER)) throw new MinorRangeError(largest);
  }

  /** A money total, exact and whole by the magnitude bound (−0 read as 0). */
  private readMinor(slot: number, offset: number): Minor {
    this.checkExact();
    const total = this.values[slot * this.stride + offset];
    return brandTotal(total === 0 ? 0 : total);
  }

  buckets(slot: number): Minor[] {
    this.checkExact();
    const start = slot * this.stride + FIRST_BUCKET;
    const amounts = new Array<Minor>(this.bucketCount);
    for (let i = 0; i < this.bucketCount; i++) {
      const total = this.values[start + i];
      amounts[i] = brandTotal(total === 0 ? 0 : total);
    }
    return amounts;
  }
  /** A money total by name: exact and whole (see checkExact). */
  money(slot: number, total: keyof typeof MONEY_TOTALS): Minor {
    return this.readMinor(slot, MONEY_TOTALS[total]);
  }
  /** A count, or a sum of days, by name. */
  count(slot: number, total: keyof typeof COUNT_TOTALS): number {
    return this.read(slot, COUNT_TOTALS[total]);
  }
  /** Largest signed days overdue among positive open amounts; null when nothing is open. */
  maxSignedDaysOverdue(slot: number): number | null {
    return this.read(slot, HAS_POSITIVE_OPEN) === 0 ? null : this.read(slot, MAX_SIGNED_DAYS);
  }
  lastBusinessDate(slot: number): SerialDate | null {
    const date = this.read(slot, LAST_BUSINESS);
    return date === 0 ? null : wholeDay(date);
  }
}
