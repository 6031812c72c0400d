/** The single pass over the orders: limit base window, order count, unshipped orders (§3, §5). */
import type { Register } from "./customer-register";
import { DEFAULT_SHEETS, PROBLEM_CODES, rowProblem } from "./problems";
import type { ReviewContext } from "./review-context";
import { unusableNumberProblem, unusableOrderField } from "./row-checks";
import type { Order, Problem } from "./types";

export function addOrders(
  rows: Order[],
  register: Register,
  ctx: ReviewContext,
  problems: Problem[]
): void {
  const sheet = DEFAULT_SHEETS.orders;
  // Read once: a CommonJS build (the command line, the benchmarks) turns each per-row read of an
  // imported binding into a property getter call.
  const firstUnusableField = unusableOrderField;
  for (const o of rows) {
    const field = firstUnusableField(o);
    if (field !== null) {
      problems.push(unusableNumberProblem(o, sheet, field, "order"));
      continue;
    }
    if (o.orderDate > ctx.asOf) {
      problems.push(
        rowProblem(o.source, sheet, "orderDate", o.orderDate, PROBLEM_CODES.orderAfterAsOf)
      );
      continue;
    }
    const slot = register.totals.slotOf(o.customerId);
    if (slot === undefined || slot >= register.known.length) {
      problems.push(
        rowProblem(o.source, sheet, "customerId", o.customerId, PROBLEM_CODES.unknownCustomer, {
          variant: "order",
        })
      );
      continue;
    }
    register.totals.addOrder(slot, o.amount, o.orderDate > ctx.baseWindowStart, !o.shipped);
    register.totals.noteBusiness(slot, o.orderDate);
  }
  register.totals.checkExact();
}
