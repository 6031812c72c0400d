/** The customer sheet's rows, one slot each in the per-customer totals; duplicates reported. */
import type { CheckedCustomerValues } from "./customer-result";
import { CustomerTotals } from "./customer-totals";
import { DEFAULT_SHEETS, PROBLEM_CODES, rowProblem } from "./problems";
import type { ReviewContext } from "./review-context";
import { isMinor } from "./row-checks";
import type { Customer, Problem } from "./types";

/** The customers of the sheet (first row of each id) hold slots 0..known.length − 1 of the totals. */
export interface Register {
  totals: CustomerTotals;
  known: { customer: Customer; checked: CheckedCustomerValues }[];
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
        { variant: "unshippedOrders" }
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
        { variant: "badPayments3m" }
      )
    );
    badPayments3m = undefined;
  }
  return { unshippedOrders, badPayments3m };
}

export function registerCustomers(
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
            { variant: "first" }
          )
        );
      }
      problems.push(
        rowProblem(customer.source, sheet, "id", customer.id, PROBLEM_CODES.duplicateCustomer, {
          variant: "ignored",
        })
      );
      continue;
    }
    totals.add(customer.id, customer);
    known.push({ customer, checked: checkedCustomerValues(customer, problems) });
  }
  return { totals, known };
}
