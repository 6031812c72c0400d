/**
 * The whole review (CREDIT-POLICY.md §1–§11) over customers, receivables and orders: one pass
 * over each list, grouped by customer id in a Map, integer money, no sort of the rows.
 */
import { agingBucketIndex } from "./aging";
import { agingTable } from "./aging-table";
import { collectionActionFor } from "./collection";
import { customerResultFor, type CheckedCustomerValues } from "./customer-result";
import { debtClassFor } from "./debt-class";
import { dueDateOf } from "./due-date";
import { INVALID_AS_OF, INVALID_POLICY } from "./errors";
import { CustomerTotals } from "./customer-totals";
import type { Policy } from "./policy";
import { validatePolicy } from "./policy-validation";
import { abcClassFor, countbackDso, isCoreCustomer, sharesBefore, simpleDso } from "./portfolio";
import { DEFAULT_SHEETS, PROBLEM_CODES, rowProblem } from "./problems";
import { reviewContext, type ReviewContext } from "./review-context";
import { factorIndex, isRatingInRange, ratingsByPosition } from "./score";
import type {
  CollectionAction,
  Customer,
  CustomerResult,
  DebtClass,
  Minor,
  Order,
  Portfolio,
  Problem,
  Receivable,
  ReceivableResult,
  ReviewInput,
  ReviewResult,
  SerialDate,
} from "./types";

/** The customers of the sheet (first row of each id) hold slots 0..known.length − 1 of the totals. */
interface Register {
  totals: CustomerTotals;
  known: { customer: Customer; checked: CheckedCustomerValues }[];
}

function isWholeDay(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value);
}

/** A usable date: a whole serial day from 1 on (0 is the "no history" mark of the totals). */
function isSerialDay(value: unknown): boolean {
  return isWholeDay(value) && (value as number) >= 1;
}

function isMinor(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value);
}

function checkedCustomerValues(customer: Customer, problems: Problem[]): CheckedCustomerValues {
  const sheet = DEFAULT_SHEETS.customers;
  let unshippedOrders = customer.unshippedOrders;
  if (unshippedOrders !== undefined && !isMinor(unshippedOrders)) {
    problems.push(
      rowProblem(
        customer.source,
        sheet,
        "unshippedOrders",
        unshippedOrders,
        PROBLEM_CODES.invalidNumber,
        "unshipped orders are not a usable amount; left out of the exposure."
      )
    );
    unshippedOrders = undefined;
  }
  let badPayments3m = customer.badPayments3m;
  if (badPayments3m !== undefined && !(Number.isFinite(badPayments3m) && badPayments3m >= 0)) {
    problems.push(
      rowProblem(
        customer.source,
        sheet,
        "badPayments3m",
        badPayments3m,
        PROBLEM_CODES.invalidNumber,
        "the count of bad payments must be 0 or more; the rule is not applied."
      )
    );
    badPayments3m = undefined;
  }
  return { unshippedOrders, badPayments3m };
}

/** Reports typed ratings outside 0..ratingMax (the score leaves them out). */
function reportRatings(
  typedRatings: (number | undefined)[],
  customer: Customer,
  policy: Policy,
  problems: Problem[]
): void {
  const { ratingMax, factors } = policy.score;
  for (let i = 0; i < typedRatings.length; i++) {
    const typed = typedRatings[i];
    if (typed !== undefined && !isRatingInRange(typed, ratingMax)) {
      problems.push(
        rowProblem(
          customer.source,
          DEFAULT_SHEETS.customers,
          factors[i].key,
          typed,
          PROBLEM_CODES.ratingOutOfRange,
          `rating ${typed} is outside 0..${ratingMax}; the factor is left out of the score.`
        )
      );
    }
  }
}

function registerCustomers(
  customers: Customer[],
  ctx: ReviewContext,
  problems: Problem[]
): Register {
  const totals = new CustomerTotals(ctx.bucketCount, customers.length);
  const known: Register["known"] = [];
  const firstReported = new Set<string>();
  for (const customer of customers) {
    const firstSlot = totals.slotOf(customer.id);
    if (firstSlot !== undefined) {
      const sheet = DEFAULT_SHEETS.customers;
      if (!firstReported.has(customer.id)) {
        firstReported.add(customer.id);
        problems.push(
          rowProblem(
            known[firstSlot].customer.source,
            sheet,
            "id",
            customer.id,
            PROBLEM_CODES.duplicateCustomer,
            `customer id "${customer.id}" appears more than once; this first row is used.`
          )
        );
      }
      problems.push(
        rowProblem(
          customer.source,
          sheet,
          "id",
          customer.id,
          PROBLEM_CODES.duplicateCustomer,
          `customer id "${customer.id}" appears more than once; this row is ignored, the first one is used.`
        )
      );
      continue;
    }
    totals.add(customer.id, customer);
    known.push({ customer, checked: checkedCustomerValues(customer, problems) });
  }
  return { totals, known };
}

/** The first field of a receivable that cannot be used as it is, or null. */
function unusableReceivableField(r: Receivable): keyof Receivable | null {
  if (!isSerialDay(r.invoiceDate)) return "invoiceDate";
  if (!isMinor(r.amount)) return "amount";
  if (r.paid !== undefined && !isMinor(r.paid)) return "paid";
  if (r.dueDate !== undefined && !isWholeDay(r.dueDate)) return "dueDate";
  if (r.termsDays !== undefined && !isWholeDay(r.termsDays)) return "termsDays";
  if (r.paidDate !== undefined && !isSerialDay(r.paidDate)) return "paidDate";
  return null;
}

/** Totals of the whole portfolio gathered during the receivables pass. */
interface PortfolioTotals {
  sales: Minor;
  agreedTermsWeight: number;
  agreedTermsAmount: Minor;
  /** Sales by days before the as-of date, for the countback DSO. */
  dailySales: Float64Array;
  oldestOffset: number;
}

/** Accepts one currency: the policy's, or the first one seen; other rows are left out. */
class CurrencyGate {
  private accepted: string | null;
  private lastAcceptedRaw: string | null = null;

  constructor(policyCurrency: string | null) {
    this.accepted = policyCurrency === null ? null : policyCurrency.trim().toUpperCase();
  }

  get currency(): string | null {
    return this.accepted;
  }

  admits(raw: string | undefined): boolean {
    if (raw === undefined || raw === this.lastAcceptedRaw) return true;
    const code = raw.trim().toUpperCase();
    if (code === "") return true;
    if (this.accepted === null) this.accepted = code;
    if (code !== this.accepted) return false;
    this.lastAcceptedRaw = raw;
    return true;
  }
}

function ageReceivables(
  rows: Receivable[],
  register: Register,
  ctx: ReviewContext,
  portfolio: PortfolioTotals,
  problems: Problem[]
): ReceivableResult[] {
  const { asOf, edges, policy } = ctx;
  const { totals, known } = register;
  const sheet = DEFAULT_SHEETS.receivables;
  const results: ReceivableResult[] = new Array(rows.length);
  let kept = 0;
  const gate = new CurrencyGate(policy.currency);
  for (let index = 0; index < rows.length; index++) {
    const r = rows[index];
    const unusable = unusableReceivableField(r);
    if (unusable !== null) {
      problems.push(
        rowProblem(
          r.source,
          sheet,
          unusable,
          String(r[unusable]),
          PROBLEM_CODES.invalidNumber,
          `${unusable} is not a usable ${unusable === "amount" || unusable === "paid" ? "amount" : "whole number of days"}; the row is left out.`
        )
      );
      continue;
    }
    if (r.invoiceDate > asOf) {
      problems.push(
        rowProblem(
          r.source,
          sheet,
          "invoiceDate",
          r.invoiceDate,
          PROBLEM_CODES.invoiceAfterAsOf,
          "the invoice is dated after the as-of date; the row is left out of the review."
        )
      );
      continue;
    }
    if (!gate.admits(r.currency)) {
      problems.push(
        rowProblem(
          r.source,
          sheet,
          "currency",
          r.currency ?? null,
          PROBLEM_CODES.otherCurrency,
          `currency ${r.currency} differs from the review's currency ${gate.currency}; the row is left out, never summed with it.`
        )
      );
      continue;
    }

    let slot = totals.slotOf(r.customerId);
    if (slot === undefined) slot = totals.add(r.customerId, null);
    if (slot >= known.length) {
      problems.push(
        rowProblem(
          r.source,
          sheet,
          "customerId",
          r.customerId,
          PROBLEM_CODES.unknownCustomer,
          `customer "${r.customerId}" is not on the customer sheet; the invoice is still aged under that id.`
        )
      );
    }

    let due = dueDateOf(r);
    if (due === null) {
      due = r.invoiceDate;
      problems.push(
        rowProblem(
          r.source,
          sheet,
          "dueDate",
          null,
          PROBLEM_CODES.noDueDate,
          "no due date and no terms; the invoice date is used as the due date."
        )
      );
    }
    let paid = r.paid ?? 0;
    if (paid !== 0 && r.paidDate !== undefined && r.paidDate > asOf) {
      paid = 0;
      problems.push(
        rowProblem(
          r.source,
          sheet,
          "paidDate",
          r.paidDate,
          PROBLEM_CODES.paidAfterAsOf,
          "the payment is dated after the as-of date; it is not counted yet."
        )
      );
    }
    const amount = r.amount;
    const open = amount - paid;
    const days = asOf - due;
    const invoiceAge = asOf - r.invoiceDate;

    totals.noteBusiness(slot, r.invoiceDate);
    const inSalesWindow = r.invoiceDate > ctx.salesWindowStart;
    totals.addSales(slot, amount, inSalesWindow, r.invoiceDate > ctx.coreWindowStart);
    if (inSalesWindow) {
      portfolio.sales += amount;
      if (amount > 0) {
        portfolio.agreedTermsWeight += amount * (due - r.invoiceDate);
        portfolio.agreedTermsAmount += amount;
      }
    }
    portfolio.dailySales[invoiceAge] += amount;
    if (invoiceAge > portfolio.oldestOffset) portfolio.oldestOffset = invoiceAge;
    // Fully paid on or before the as-of date (a later payment was set to 0 above).
    if (amount > 0 && paid >= amount && r.paidDate !== undefined)
      totals.addPaidInvoice(slot, r.paidDate - due, r.paidDate - r.invoiceDate);

    let bucket = -1;
    let action: CollectionAction = "NONE";
    let debtClass: DebtClass = "CURRENT";
    if (open > 0) {
      bucket = agingBucketIndex(ctx.agingByInvoiceDate ? invoiceAge : days, edges);
      totals.addOpen(slot, open, bucket, days, invoiceAge);
      action = collectionActionFor(days, policy);
      debtClass = debtClassFor(days, policy);
    } else if (open < 0) {
      totals.addUnapplied(slot, open);
      const what =
        amount < 0 ? "an open credit note" : "an overpayment (paid more than the amount)";
      problems.push(
        rowProblem(
          r.source,
          sheet,
          amount < 0 ? "amount" : "paid",
          open,
          PROBLEM_CODES.unappliedCredit,
          `${what}; shown as an unapplied credit, apart from the aging buckets.`
        )
      );
    }

    results[kept++] = {
      index,
      customerId: r.customerId,
      invoiceNo: r.invoiceNo,
      dueDate: due,
      open,
      daysOverdue: days,
      bucket,
      overdue: open > 0 && days > 0,
      collectionAction: action,
      debtClass,
      source: r.source,
    };
  }
  results.length = kept;
  return results;
}

function addOrders(
  rows: Order[],
  register: Register,
  ctx: ReviewContext,
  problems: Problem[]
): void {
  const sheet = DEFAULT_SHEETS.orders;
  for (const o of rows) {
    if (!isSerialDay(o.orderDate) || !isMinor(o.amount)) {
      const field = isSerialDay(o.orderDate) ? "amount" : "orderDate";
      problems.push(
        rowProblem(
          o.source,
          sheet,
          field,
          String(o[field]),
          PROBLEM_CODES.invalidNumber,
          `${field} is not usable; the order is left out.`
        )
      );
      continue;
    }
    if (o.orderDate > ctx.asOf) {
      problems.push(
        rowProblem(
          o.source,
          sheet,
          "orderDate",
          o.orderDate,
          PROBLEM_CODES.orderAfterAsOf,
          "the order is dated after the as-of date; it is left out of the review."
        )
      );
      continue;
    }
    const slot = register.totals.slotOf(o.customerId);
    if (slot === undefined || slot >= register.known.length) {
      problems.push(
        rowProblem(
          o.source,
          sheet,
          "customerId",
          o.customerId,
          PROBLEM_CODES.unknownCustomer,
          `customer "${o.customerId}" is not on the customer sheet; the order is left out.`
        )
      );
      continue;
    }
    register.totals.addOrder(slot, o.amount, o.orderDate > ctx.baseWindowStart, !o.shipped);
    register.totals.noteBusiness(slot, o.orderDate);
  }
}

function customerResults(
  register: Register,
  ctx: ReviewContext,
  problems: Problem[]
): CustomerResult[] {
  const { known, totals } = register;
  const factors = ctx.policy.score.factors;
  const positions = factorIndex(factors);
  const ids = totals.ids.slice(0, known.length);
  const abcShares = sharesBefore(
    known.map((_, slot) => totals.sales(slot)),
    ids
  );
  const coreShares = sharesBefore(
    known.map((_, slot) => totals.coreSales(slot)),
    ids
  );
  return known.map((entry, i) => {
    const typedRatings = ratingsByPosition(entry.customer.ratings, positions, factors.length);
    reportRatings(typedRatings, entry.customer, ctx.policy, problems);
    return customerResultFor(
      totals,
      i,
      entry.customer,
      typedRatings,
      entry.checked,
      abcClassFor(abcShares[i], ctx.policy),
      isCoreCustomer(coreShares[i], entry.customer.longStanding === true, ctx.policy),
      ctx
    );
  });
}

/** Runs the policy over the input as of a date; bad rows are reported in `problems`, never guessed. */
export function review(input: ReviewInput, policy: Policy, asOf: SerialDate): ReviewResult {
  if (!isWholeDay(asOf) || asOf < 1) throw new RangeError(INVALID_AS_OF);
  const validation = validatePolicy(policy);
  if (!validation.ok) throw new RangeError(`${INVALID_POLICY}: ${validation.errors.join("; ")}`);

  const ctx = reviewContext(asOf, policy, input.orders !== undefined);
  const problems: Problem[] = input.problems ? input.problems.slice() : [];
  const register = registerCustomers(input.customers, ctx, problems);
  const portfolioTotals: PortfolioTotals = {
    sales: 0,
    agreedTermsWeight: 0,
    agreedTermsAmount: 0,
    dailySales: new Float64Array(asOf + 1),
    oldestOffset: -1,
  };
  const receivables = ageReceivables(input.receivables, register, ctx, portfolioTotals, problems);
  if (input.orders !== undefined) addOrders(input.orders, register, ctx, problems);

  const aging = agingTable(register.totals, ctx.edges);
  const t = portfolioTotals;
  const portfolio: Portfolio = {
    dso: simpleDso(aging.net, t.sales, policy.portfolio.salesWindowDays),
    dsoCountback: countbackDso(aging.net, t.dailySales, asOf, t.oldestOffset),
    meanAgreedTermsDays: t.agreedTermsAmount > 0 ? t.agreedTermsWeight / t.agreedTermsAmount : null,
    sales: t.sales,
    netOpen: aging.net,
  };
  return {
    asOf,
    policyVersion: policy.version,
    customers: customerResults(register, ctx, problems),
    receivables,
    aging,
    portfolio,
    problems,
  };
}
