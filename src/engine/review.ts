/**
 * The whole review (CREDIT-POLICY.md §1–§11) over customers, receivables and orders: one pass
 * over each list, grouped by customer id, integer money, no sort of the rows.
 */
import { ZERO_MINOR } from "./money";
import { agingTable } from "./aging-table";
import {
  collectionFacts,
  emptyFacts,
  hasCollectionData,
  type CustomerCollectionFacts,
} from "./collection-pass";
import { collectionsTotals, customerCollection } from "./customer-collection";
import { registerCustomers, type Register } from "./customer-register";
import { customerResultFor } from "./customer-result";
import { EngineError, INVALID_AS_OF, INVALID_POLICY } from "./errors";
import { addOrders } from "./order-pass";
import type { Policy } from "./policy";
import { validatePolicy } from "./policy-validation";
import { abcClassFor, countbackDso, isCoreCustomer, sharesBefore, simpleDso } from "./portfolio";
import { DEFAULT_SHEETS, PROBLEM_CODES, rowProblem } from "./problems";
import { ReceivableColumns } from "./receivable-columns";
import { ageReceivables, type PortfolioTotals } from "./receivable-pass";
import { reviewContext, type ReviewContext } from "./review-context";
import { isWholeDay } from "./row-checks";
import { isRatingInRange, ratingsByPosition } from "./score";
import type {
  Customer,
  CustomerResult,
  Portfolio,
  Problem,
  ReviewInput,
  ReviewResult,
  SerialDate,
} from "./types";

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
          { ratingMax }
        )
      );
    }
  }
}

function customerResults(
  register: Register,
  ctx: ReviewContext,
  problems: Problem[],
  collection: Map<string, CustomerCollectionFacts> | null
): CustomerResult[] {
  const { known, totals } = register;
  const factors = ctx.policy.score.factors;
  const positions = ctx.factorPositions;
  const ids = totals.ids.slice(0, known.length);
  const abcShares = sharesBefore(
    known.map((_, slot) => totals.money(slot, "sales")),
    ids
  );
  const coreShares = sharesBefore(
    known.map((_, slot) => totals.money(slot, "coreSales")),
    ids
  );
  return known.map((entry, i) => {
    const typedRatings = ratingsByPosition(
      entry.customer.ratings,
      positions,
      factors.length,
      ctx.scratch.typed
    );
    reportRatings(typedRatings, entry.customer, ctx.policy, problems);
    const facts =
      collection === null ? undefined : (collection.get(entry.customer.id) ?? emptyFacts());
    const result = customerResultFor(
      totals,
      i,
      entry.customer,
      typedRatings,
      entry.checked,
      abcClassFor(abcShares[i], ctx.policy),
      isCoreCustomer(coreShares[i], entry.customer.longStanding === true, ctx.policy),
      ctx,
      facts
    );
    if (facts !== undefined)
      result.collection = customerCollection(result, facts, ctx.asOf, ctx.policy);
    return result;
  });
}

/** Runs the policy over the input as of a date; bad rows are reported in `problems`, never guessed. */
export function review(input: ReviewInput, policy: Policy, asOf: SerialDate): ReviewResult {
  if (!isWholeDay(asOf) || asOf < 1) throw new EngineError(INVALID_AS_OF);
  const validation = validatePolicy(policy);
  if (!validation.ok) throw new EngineError(INVALID_POLICY, validation.issues);

  const ctx = reviewContext(asOf, policy, input.orders !== undefined);
  const problems: Problem[] = input.problems ? input.problems.slice() : [];
  const register = registerCustomers(input.customers, ctx, problems);
  const portfolioTotals: PortfolioTotals = {
    sales: ZERO_MINOR,
    agreedTermsWeight: 0,
    agreedTermsAmount: ZERO_MINOR,
    dailySales: new Float64Array(asOf + 1),
    oldestOffset: -1,
  };
  const collecting = hasCollectionData(input);
  // The collection pass works per customer slot and reads what the receivable pass already read.
  const columns = collecting ? new ReceivableColumns(input.receivables.length) : undefined;
  const receivables = ageReceivables(
    input.receivables,
    input.currency,
    register,
    ctx,
    portfolioTotals,
    problems,
    columns
  );
  if (input.orders !== undefined) addOrders(input.orders, register, ctx, problems);
  const collection =
    columns === undefined
      ? null
      : collectionFacts(input, receivables, columns, register.totals, ctx);

  const aging = agingTable(register.totals, ctx.edges);
  const t = portfolioTotals;
  const portfolio: Portfolio = {
    dso: simpleDso(aging.net, t.sales, policy.portfolio.salesWindowDays),
    dsoCountback: countbackDso(aging.net, t.dailySales, asOf, t.oldestOffset),
    meanAgreedTermsDays: t.agreedTermsAmount > 0 ? t.agreedTermsWeight / t.agreedTermsAmount : null,
    sales: t.sales,
    netOpen: aging.net,
  };
  const customers = customerResults(register, ctx, problems, collection);
  return {
    asOf,
    policyVersion: policy.version,
    customers,
    receivables,
    aging,
    portfolio,
    ...(collection === null ? {} : { collections: collectionsTotals(customers, collection) }),
    problems,
  };
}
