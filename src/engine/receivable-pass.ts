/**
 * The single pass over the receivables: due date, open amount, aging bucket, action and class
 * per row, and the per-customer and portfolio totals, without sorting or copying the rows.
 */
import { addMinor, exactTotal, uncheckedMinor, ZERO_MINOR } from "./money";
import type { Register } from "./customer-register";
import { CurrencyGate } from "./currency-gate";
import { dueDateOf } from "./due-date";
import { DEFAULT_SHEETS, PROBLEM_CODES, rowProblem } from "./problems";
import type { ReceivableColumns } from "./receivable-columns";
import type { ReviewContext } from "./review-context";
import { unusableNumberProblem, unusableReceivableField } from "./row-checks";
import type {
  CollectionAction,
  DebtClass,
  Minor,
  Problem,
  Receivable,
  ReceivableResult,
} from "./types";

/** Totals of the whole portfolio gathered during the receivables pass. */
export interface PortfolioTotals {
  sales: Minor;
  agreedTermsWeight: number;
  agreedTermsAmount: Minor;
  /** Sales by days before the as-of date, for the countback DSO. */
  dailySales: Float64Array;
  oldestOffset: number;
}

export function ageReceivables(
  rows: Receivable[],
  /** The ledger's main currency, used when the policy names none. */
  ledgerCurrency: string | undefined,
  register: Register,
  ctx: ReviewContext,
  portfolio: PortfolioTotals,
  problems: Problem[],
  /** When given, receives what the collection rules read of each result, by its position. */
  columns?: ReceivableColumns
): ReceivableResult[] {
  const { asOf, policy } = ctx;
  const { totals, known } = register;
  const sheet = DEFAULT_SHEETS.receivables;
  const results: ReceivableResult[] = new Array(rows.length);
  let kept = 0;
  const gate = new CurrencyGate(policy.currency ?? ledgerCurrency ?? null);
  // Portfolio sums kept as plain numbers and branded once after the loop (exactTotal): a checked
  // call per row made the review a fifth slower. `salesMagnitude` bounds every partial sum.
  let sales = 0;
  let salesMagnitude = 0;
  let agreedTermsAmount = 0;
  // Imported bindings read once: a CommonJS build (the command line, the benchmarks) turns each
  // per-row read of one into a property getter call.
  const zero = ZERO_MINOR;
  const brandOpen = uncheckedMinor;
  const firstUnusableField = unusableReceivableField;
  const dueDate = dueDateOf;
  for (let index = 0; index < rows.length; index++) {
    const r = rows[index];
    const unusable = firstUnusableField(r);
    if (unusable !== null) {
      const money = unusable === "amount" || unusable === "paid";
      problems.push(unusableNumberProblem(r, sheet, unusable, money ? "amount" : "days"));
      continue;
    }
    if (r.invoiceDate > asOf) {
      problems.push(
        rowProblem(r.source, sheet, "invoiceDate", r.invoiceDate, PROBLEM_CODES.invoiceAfterAsOf)
      );
      continue;
    }
    if (!gate.admits(r.currency)) {
      problems.push(
        rowProblem(r.source, sheet, "currency", r.currency ?? null, PROBLEM_CODES.otherCurrency, {
          currency: String(r.currency),
          reviewCurrency: String(gate.currency),
        })
      );
      continue;
    }

    let slot = totals.slotOf(r.customerId);
    if (slot === undefined) slot = totals.add(r.customerId, null);
    if (slot >= known.length) {
      problems.push(
        rowProblem(r.source, sheet, "customerId", r.customerId, PROBLEM_CODES.unknownCustomer, {
          variant: "invoice",
        })
      );
    }

    let due = dueDate(r);
    if (due === null) {
      due = r.invoiceDate;
      problems.push(rowProblem(r.source, sheet, "dueDate", null, PROBLEM_CODES.noDueDate));
    }
    const typedPaid = r.paid ?? zero;
    let paid = typedPaid;
    if (paid !== 0 && r.paidDate !== undefined && r.paidDate > asOf) {
      paid = zero;
      problems.push(
        rowProblem(r.source, sheet, "paidDate", r.paidDate, PROBLEM_CODES.paidAfterAsOf)
      );
    }
    const amount = r.amount;
    // Amount and paid are checked whole (row-checks.ts). Their difference is exact while within
    // 2^53; when it is not, its magnitude, added to the customer totals below (open ≠ 0), passes
    // 2^53 and reading any total throws: the review never hands it out. One check per review, not
    // one per row (customer-totals.ts).
    const open = brandOpen(amount - paid);
    // Days between two dates, as daysBetween() computes them, written inline in this per-row loop.
    const days = asOf - due;
    const invoiceAge = asOf - r.invoiceDate;

    totals.noteBusiness(slot, r.invoiceDate);
    const inSalesWindow = r.invoiceDate > ctx.salesWindowStart;
    totals.addSales(slot, amount, inSalesWindow, r.invoiceDate > ctx.coreWindowStart);
    if (inSalesWindow) {
      sales += amount;
      if (amount > 0) {
        salesMagnitude += amount;
        portfolio.agreedTermsWeight += amount * (due - r.invoiceDate);
        agreedTermsAmount += amount;
      } else salesMagnitude -= amount;
    }
    portfolio.dailySales[invoiceAge] += amount;
    if (invoiceAge > portfolio.oldestOffset) portfolio.oldestOffset = invoiceAge;
    // Fully paid on or before the as-of date (a later payment was set to 0 above).
    if (amount > 0 && paid >= amount && r.paidDate !== undefined)
      totals.addPaidInvoice(slot, r.paidDate - due, r.paidDate - r.invoiceDate);

    // Nothing owed (settled, a credit note, an overpayment) has no age: no days, action or class.
    let bucket = -1;
    let action: CollectionAction | null = null;
    let debtClass: DebtClass | null = null;
    if (open > 0) {
      bucket = ctx.bucketByDays.at(ctx.agingByInvoiceDate ? invoiceAge : days);
      totals.addOpen(slot, open, bucket, days, invoiceAge);
      action = ctx.actionByDays.at(days);
      debtClass = ctx.debtClassByDays.at(days);
    } else if (open < 0) {
      totals.addUnapplied(slot, open);
      problems.push(
        rowProblem(
          r.source,
          sheet,
          amount < 0 ? "amount" : "paid",
          open,
          PROBLEM_CODES.unappliedCredit,
          { variant: amount < 0 ? "creditNote" : "overpayment" }
        )
      );
    }

    if (columns !== undefined)
      columns.push(r, slot, open, open > 0 ? days : NaN, typedPaid, r.paidDate ?? NaN);
    results[kept++] = {
      index,
      customerId: r.customerId,
      invoiceNo: r.invoiceNo,
      dueDate: due,
      open,
      daysOverdue: open > 0 ? days : null,
      bucket,
      overdue: open > 0 && days > 0,
      collectionAction: action,
      debtClass,
      source: r.source,
    };
  }
  results.length = kept;
  totals.checkExact();
  portfolio.sales = addMinor(portfolio.sales, exactTotal(sales, salesMagnitude));
  // Positive amounts only: the sum is its own magnitude.
  portfolio.agreedTermsAmount = addMinor(
    portfolio.agreedTermsAmount,
    exactTotal(agreedTermsAmount, agreedTermsAmount)
  );
  return results;
}
