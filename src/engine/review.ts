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
import { CustomerLedger } from "./ledger";
import type { Policy } from "./policy";
import { validatePolicy } from "./policy-validation";
import { abcClassFor, countbackDso, isCoreCustomer, sharesBefore, simpleDso } from "./portfolio";
import { DEFAULT_SHEETS, PROBLEM_CODES, rowProblem } from "./problems";
import { reviewContext, type ReviewContext } from "./review-context";
import { isRatingInRange } from "./score";
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

/** The customers of the sheet, first row of each id; later rows with the same id are reported. */
interface Register {
  ledgers: Map<string, CustomerLedger>;
  known: { ledger: CustomerLedger; customer: Customer; checked: CheckedCustomerValues }[];
}

function isWholeDay(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value);
}

function isMinor(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value);
}

function checkedCustomerValues(customer: Customer, problems: Problem[]): CheckedCustomerValues {
  const sheet = DEFAULT_SHEETS.customers;
  let unshippedOrders = customer.unshippedOrders;
  if (unshippedOrders !== undefined && !isMinor(unshippedOrders)) {
    problems.push(rowProblem(customer.source, sheet, "unshippedOrders", unshippedOrders, PROBLEM_CODES.invalidNumber, "unshipped orders are not a usable amount; left out of the exposure."));
    unshippedOrders = undefined;
  }
  let badPayments3m = customer.badPayments3m;
  if (badPayments3m !== undefined && !(Number.isFinite(badPayments3m) && badPayments3m >= 0)) {
    problems.push(rowProblem(customer.source, sheet, "badPayments3m", badPayments3m, PROBLEM_CODES.invalidNumber, "the count of bad payments must be 0 or more; the rule is not applied."));
    badPayments3m = undefined;
  }
  return { unshippedOrders, badPayments3m };
}

function ratingProblems(customer: Customer, policy: Policy, problems: Problem[]): void {
  const ratingMax = policy.score.ratingMax;
  for (const factor of policy.score.factors) {
    const typed = customer.ratings[factor.key];
    if (typed !== undefined && !isRatingInRange(typed, ratingMax)) {
      problems.push(rowProblem(customer.source, DEFAULT_SHEETS.customers, factor.key, typed, PROBLEM_CODES.ratingOutOfRange, `rating ${typed} is outside 0..${ratingMax}; the factor is left out of the score.`));
    }
  }
}

function registerCustomers(customers: Customer[], ctx: ReviewContext, problems: Problem[]): Register {
  const ledgers = new Map<string, CustomerLedger>();
  const known: Register["known"] = [];
  const firstReported = new Set<string>();
  for (const customer of customers) {
    const first = ledgers.get(customer.id);
    if (first !== undefined && first.customer !== null) {
      const sheet = DEFAULT_SHEETS.customers;
      if (!firstReported.has(customer.id)) {
        firstReported.add(customer.id);
        problems.push(rowProblem(first.customer.source, sheet, "id", customer.id, PROBLEM_CODES.duplicateCustomer, `customer id "${customer.id}" appears more than once; this first row is used.`));
      }
      problems.push(rowProblem(customer.source, sheet, "id", customer.id, PROBLEM_CODES.duplicateCustomer, `customer id "${customer.id}" appears more than once; this row is ignored, the first one is used.`));
      continue;
    }
    const ledger = new CustomerLedger(customer.id, customer, ctx.bucketCount);
    ledgers.set(customer.id, ledger);
    ratingProblems(customer, ctx.policy, problems);
    known.push({ ledger, customer, checked: checkedCustomerValues(customer, problems) });
  }
  return { ledgers, known };
}

/** The first field of a receivable that cannot be used as it is, or null. */
function unusableReceivableField(r: Receivable): keyof Receivable | null {
  if (!isWholeDay(r.invoiceDate)) return "invoiceDate";
  if (!isMinor(r.amount)) return "amount";
  if (r.paid !== undefined && !isMinor(r.paid)) return "paid";
  if (r.dueDate !== undefined && !isWholeDay(r.dueDate)) return "dueDate";
  if (r.termsDays !== undefined && !isWholeDay(r.termsDays)) return "termsDays";
  if (r.paidDate !== undefined && !isWholeDay(r.paidDate)) return "paidDate";
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
  totals: PortfolioTotals,
  problems: Problem[]
): ReceivableResult[] {
  const { asOf, edges, policy } = ctx;
  const sheet = DEFAULT_SHEETS.receivables;
  const results: ReceivableResult[] = [];
  const gate = new CurrencyGate(policy.currency);
  for (let index = 0; index < rows.length; index++) {
    const r = rows[index];
    const unusable = unusableReceivableField(r);
    if (unusable !== null) {
      problems.push(rowProblem(r.source, sheet, unusable, String(r[unusable]), PROBLEM_CODES.invalidNumber, `${unusable} is not a usable ${unusable === "amount" || unusable === "paid" ? "amount" : "whole number of days"}; the row is left out.`));
      continue;
    }
    if (r.invoiceDate > asOf) {
      problems.push(rowProblem(r.source, sheet, "invoiceDate", r.invoiceDate, PROBLEM_CODES.invoiceAfterAsOf, "the invoice is dated after the as-of date; the row is left out of the review."));
      continue;
    }
    if (!gate.admits(r.currency)) {
      problems.push(rowProblem(r.source, sheet, "currency", r.currency ?? null, PROBLEM_CODES.otherCurrency, `currency ${r.currency} differs from the review's currency ${gate.currency}; the row is left out, never summed with it.`));
      continue;
    }

    let ledger = register.ledgers.get(r.customerId);
    if (ledger === undefined) {
      ledger = new CustomerLedger(r.customerId, null, ctx.bucketCount);
      register.ledgers.set(r.customerId, ledger);
    }
    if (ledger.customer === null) {
      problems.push(rowProblem(r.source, sheet, "customerId", r.customerId, PROBLEM_CODES.unknownCustomer, `customer "${r.customerId}" is not on the customer sheet; the invoice is still aged under that id.`));
    }

    let due = dueDateOf(r);
    if (due === null) {
      due = r.invoiceDate;
      problems.push(rowProblem(r.source, sheet, "dueDate", null, PROBLEM_CODES.noDueDate, "no due date and no terms; the invoice date is used as the due date."));
    }
    let paid = r.paid ?? 0;
    if (paid !== 0 && r.paidDate !== undefined && r.paidDate > asOf) {
      paid = 0;
      problems.push(rowProblem(r.source, sheet, "paidDate", r.paidDate, PROBLEM_CODES.paidAfterAsOf, "the payment is dated after the as-of date; it is not counted yet."));
    }
    const amount = r.amount;
    const open = amount - paid;
    const days = asOf - due;
    const invoiceAge = asOf - r.invoiceDate;

    ledger.noteBusiness(r.invoiceDate);
    if (r.invoiceDate > ctx.salesWindowStart) {
      ledger.sales += amount;
      totals.sales += amount;
      if (amount > 0) {
        totals.agreedTermsWeight += amount * (due - r.invoiceDate);
        totals.agreedTermsAmount += amount;
      }
    }
    if (r.invoiceDate > ctx.coreWindowStart) ledger.coreSales += amount;
    if (invoiceAge < totals.dailySales.length) {
      totals.dailySales[invoiceAge] += amount;
      if (invoiceAge > totals.oldestOffset) totals.oldestOffset = invoiceAge;
    }
    if (amount > 0 && paid >= amount && r.paidDate !== undefined) {
      ledger.paidInvoices++;
      if (r.paidDate <= due) ledger.onTimeInvoices++;
      else ledger.daysBeyondTermsSum += r.paidDate - due;
    }

    let bucket = -1;
    let action: CollectionAction = "NONE";
    let debtClass: DebtClass = "CURRENT";
    if (open > 0) {
      bucket = agingBucketIndex(ctx.agingByInvoiceDate ? invoiceAge : days, edges);
      ledger.buckets[bucket] += open;
      ledger.positiveOpen += open;
      ledger.ageWeight += open * invoiceAge;
      if (!ledger.hasPositiveOpen || days > ledger.maxSignedDaysOverdue) ledger.maxSignedDaysOverdue = days;
      ledger.hasPositiveOpen = true;
      if (days > 0) {
        ledger.overdueAmount += open;
        ledger.overdueInvoices++;
      }
      action = collectionActionFor(days, policy);
      debtClass = debtClassFor(days, policy);
    } else if (open < 0) {
      ledger.unapplied += open;
      const what = amount < 0 ? "an open credit note" : "an overpayment (paid more than the amount)";
      problems.push(rowProblem(r.source, sheet, amount < 0 ? "amount" : "paid", open, PROBLEM_CODES.unappliedCredit, `${what}; shown as an unapplied credit, apart from the aging buckets.`));
    }
    ledger.net += open;

    results.push({
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
    });
  }
  return results;
}

function addOrders(rows: Order[], register: Register, ctx: ReviewContext, problems: Problem[]): void {
  const sheet = DEFAULT_SHEETS.orders;
  for (const o of rows) {
    if (!isWholeDay(o.orderDate) || !isMinor(o.amount)) {
      const field = isWholeDay(o.orderDate) ? "amount" : "orderDate";
      problems.push(rowProblem(o.source, sheet, field, String(o[field]), PROBLEM_CODES.invalidNumber, `${field} is not usable; the order is left out.`));
      continue;
    }
    if (o.orderDate > ctx.asOf) {
      problems.push(rowProblem(o.source, sheet, "orderDate", o.orderDate, PROBLEM_CODES.orderAfterAsOf, "the order is dated after the as-of date; it is left out of the review."));
      continue;
    }
    const ledger = register.ledgers.get(o.customerId);
    if (ledger === undefined || ledger.customer === null) {
      problems.push(rowProblem(o.source, sheet, "customerId", o.customerId, PROBLEM_CODES.unknownCustomer, `customer "${o.customerId}" is not on the customer sheet; the order is left out.`));
      continue;
    }
    ledger.orderCount++;
    if (o.orderDate > ctx.baseWindowStart) {
      ledger.windowOrderCount++;
      ledger.windowOrderAmount += o.amount;
    }
    if (!o.shipped) ledger.unshippedOrders += o.amount;
    ledger.noteBusiness(o.orderDate);
  }
}

function customerResults(register: Register, ctx: ReviewContext): CustomerResult[] {
  const known = register.known;
  const ids = known.map((entry) => entry.ledger.id);
  const abcShares = sharesBefore(known.map((entry) => entry.ledger.sales), ids);
  const coreShares = sharesBefore(known.map((entry) => entry.ledger.coreSales), ids);
  return known.map((entry, i) =>
    customerResultFor(
      entry.ledger,
      entry.customer,
      entry.checked,
      abcClassFor(abcShares[i], ctx.policy),
      isCoreCustomer(coreShares[i], entry.customer.longStanding === true, ctx.policy),
      ctx
    )
  );
}

/** Runs the policy over the input as of a date; bad rows are reported in `problems`, never guessed. */
export function review(input: ReviewInput, policy: Policy, asOf: SerialDate): ReviewResult {
  if (!isWholeDay(asOf) || asOf < 1) throw new RangeError(INVALID_AS_OF);
  const validation = validatePolicy(policy);
  if (!validation.ok) throw new RangeError(`${INVALID_POLICY}: ${validation.errors.join("; ")}`);

  const ctx = reviewContext(asOf, policy, input.orders !== undefined);
  const problems: Problem[] = input.problems ? input.problems.slice() : [];
  const register = registerCustomers(input.customers, ctx, problems);
  const totals: PortfolioTotals = {
    sales: 0,
    agreedTermsWeight: 0,
    agreedTermsAmount: 0,
    dailySales: new Float64Array(asOf + 1),
    oldestOffset: -1,
  };
  const receivables = ageReceivables(input.receivables, register, ctx, totals, problems);
  if (input.orders !== undefined) addOrders(input.orders, register, ctx, problems);

  const aging = agingTable(register.ledgers.values(), ctx.edges);
  const portfolio: Portfolio = {
    dso: simpleDso(aging.net, totals.sales, policy.portfolio.salesWindowDays),
    dsoCountback: countbackDso(aging.net, totals.dailySales, asOf, totals.oldestOffset),
    meanAgreedTermsDays: totals.agreedTermsAmount > 0 ? totals.agreedTermsWeight / totals.agreedTermsAmount : null,
    sales: totals.sales,
    netOpen: aging.net,
  };
  return {
    asOf,
    policyVersion: policy.version,
    customers: customerResults(register, ctx),
    receivables,
    aging,
    portfolio,
    problems,
  };
}
