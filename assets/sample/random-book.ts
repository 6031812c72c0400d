/**
 * The bulk of the sample: customers with random but plausible ratings, balance sheets,
 * invoices and orders. Only their variety matters; the crafted customers carry the cases a
 * test relies on.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { addDays, laterDate, serialDate } from "../../src/engine/serial-date";
import type { FactorKey, SerialDate } from "../../src/engine/types";
import { uniqueCompanyName } from "./company-names";
import type { Random } from "./prng";
import {
  AS_OF,
  FIRST_INVOICE_DAY,
  FIRST_ORDER_DAY,
  invoiceLine,
  money,
  type SampleBook,
  type SampleCustomer,
  type SampleFinancials,
  type SampleInvoice,
  type SampleOrder,
} from "./sample-model";

/** Ids of the random customers: C00021 … C00198, one of them numeric-looking. */
export function randomCustomerIds(): string[] {
  const ids: string[] = [];
  for (let n = 21; n <= 198; n += 1)
    ids.push(n === 120 ? "00789" : `C${String(n).padStart(5, "0")}`);
  return ids;
}

/** The numeric-looking random id that the ledger types as a plain number. */
const NUMERIC_LEDGER_ID = "00789";

interface Profile {
  id: string;
  /** Overall quality 4.8..9.8: drives the ratings (score ≈ 10 × quality). */
  quality: number;
  /** Payment habits, a little worse than the ratings suggest: drives delays and unpaid invoices. */
  payer: number;
  termsDays: number;
  /** Relative share of the invoices. */
  weight: number;
  typicalAmount: number;
  firstDay: SerialDate;
  isNewCustomer: boolean;
  sparseRatings: boolean;
  hasBalanceSheet: boolean;
}

const DERIVABLE_FROM_BALANCE_SHEET: readonly FactorKey[] = [
  "solvency",
  "profitability",
  "operatingCapacity",
];

function clampRating(value: number): number {
  return Math.min(10, Math.max(0, Math.round(value)));
}

function profileFor(random: Random, id: string, index: number): Profile {
  const isNewCustomer = index % 60 === 17; // three recent customers marked new
  const lateStarter = isNewCustomer || random.chance(0.1);
  const firstDay = isNewCustomer
    ? addDays(AS_OF, -random.int(20, 60))
    : lateStarter
      ? addDays(AS_OF, -random.int(60, 270))
      : FIRST_INVOICE_DAY;
  const sparseRatings = random.chance(0.06);
  const quality = random.between(4.8, 9.8);
  return {
    id,
    quality,
    payer: quality - random.between(0, 3),
    termsDays: random.pick([30, 30, 45, 60, 60, 90]),
    weight: 1 / Math.pow(0.05 + random.next(), 1.2),
    typicalAmount: Math.exp(random.between(Math.log(5_000), Math.log(300_000))),
    firstDay,
    isNewCustomer,
    sparseRatings,
    hasBalanceSheet: !sparseRatings && random.chance(0.4),
  };
}

function balanceSheet(random: Random): SampleFinancials {
  const totalAssets = Math.exp(random.between(Math.log(2e6), Math.log(2e8)));
  const currentAssets = totalAssets * random.between(0.35, 0.7);
  const currentLiabilities = totalAssets * random.between(0.15, 0.55);
  const sales = totalAssets * random.between(0.6, 4.5);
  return {
    currentAssets: Math.round(currentAssets),
    inventory: Math.round(currentAssets * random.between(0.15, 0.45)),
    currentLiabilities: Math.round(currentLiabilities),
    totalAssets: Math.round(totalAssets),
    totalLiabilities: Math.round(currentLiabilities + totalAssets * random.between(0.05, 0.35)),
    sales: Math.round(sales),
    netProfit: Math.round(sales * random.between(-0.04, 0.18)),
    interestCharges: Math.round(sales * random.between(0.005, 0.06)),
    receivables: Math.round(totalAssets * random.between(0.08, 0.45)),
    fixedAssets: Math.round(totalAssets * random.between(0.15, 0.55)),
  };
}

function ratingsFor(random: Random, profile: Profile): Partial<Record<FactorKey, number>> {
  const ratings: Partial<Record<FactorKey, number>> = {};
  const rate = (key: FactorKey): void => {
    ratings[key] = clampRating(profile.quality + random.between(-1.8, 1.8));
  };
  if (profile.sparseRatings) {
    // A handful of soft factors only: at most 36 % of the weight typed, under the 60 % coverage bar.
    const soft = DEFAULT_POLICY.score.factors.filter(
      (factor) => factor.group !== "creditFinancial"
    );
    for (const factor of soft) if (random.chance(0.45)) rate(factor.key);
    return ratings;
  }
  for (const { key } of DEFAULT_POLICY.score.factors) {
    const leftToDerive =
      (key === "paymentRecord" && random.chance(0.7)) ||
      (profile.hasBalanceSheet &&
        DERIVABLE_FROM_BALANCE_SHEET.includes(key) &&
        random.chance(0.75));
    if (!leftToDerive && !random.chance(0.06)) rate(key);
  }
  return ratings;
}

function customerFor(random: Random, profile: Profile, names: Set<string>): SampleCustomer {
  const badPayments =
    profile.payer < 4 ? random.int(0, 4) : random.chance(0.1) ? random.int(1, 2) : 0;
  return {
    id: profile.id,
    name: uniqueCompanyName(random, names),
    ratings: ratingsFor(random, profile),
    financials: profile.hasBalanceSheet ? balanceSheet(random) : undefined,
    yearsInBusiness: random.chance(0.85)
      ? random.int(profile.isNewCustomer ? 1 : 2, 40)
      : undefined,
    badPayments3m: badPayments > 0 || random.chance(0.5) ? badPayments : undefined,
    isNewCustomer: profile.isNewCustomer || undefined,
    longStanding: random.chance(0.08) || undefined,
  };
}

/** Probability that an invoice is never paid: the overdue tails. */
function stuckProbability(payer: number): number {
  if (payer < 4) return 0.03;
  if (payer < 6) return 0.008;
  return 0.001;
}

/** Part-payments: weak payers at any time, others only on recent invoices (still being settled). */
function partPaymentProbability(payer: number, invoiceDay: SerialDate): number {
  if (payer < 5) return 0.04;
  return invoiceDay > AS_OF - 120 ? 0.03 : 0;
}

function invoiceFor(random: Random, profile: Profile, invoiceDay: SerialDate): SampleInvoice {
  const { id, termsDays, typicalAmount, payer } = profile;
  if (random.chance(0.02)) {
    return invoiceLine(id, invoiceDay, termsDays, -typicalAmount * random.between(0.02, 0.2)); // credit note
  }
  const amount = money(typicalAmount * random.between(0.4, 1.6));
  if (random.chance(stuckProbability(payer))) return invoiceLine(id, invoiceDay, termsDays, amount);
  const delay = Math.round((10 - payer) * 3 - 4 + random.between(-8, 8));
  const paidDay = addDays(invoiceDay, Math.max(1, termsDays + delay));
  if (random.chance(partPaymentProbability(payer, invoiceDay))) {
    return invoiceLine(id, invoiceDay, termsDays, amount, {
      paid: amount * random.between(0.2, 0.8),
      paidDay,
    });
  }
  const overpaid = random.chance(0.006) ? money(random.between(10, 500)) : 0;
  return invoiceLine(id, invoiceDay, termsDays, amount, { paid: amount + overpaid, paidDay });
}

/** Invoice counts proportional to the weights, at least 3 each, summing to `total`. */
function invoiceCounts(profiles: Profile[], total: number): number[] {
  const minimum = 3;
  const spare = total - minimum * profiles.length;
  const weightSum = profiles.reduce((sum, profile) => sum + profile.weight, 0);
  const counts = profiles.map(
    (profile) => minimum + Math.floor((spare * profile.weight) / weightSum)
  );
  const shortfall = total - counts.reduce((sum, count) => sum + count, 0);
  const heaviest = profiles.reduce(
    (best, profile, index) => (profile.weight > profiles[best].weight ? index : best),
    0
  );
  counts[heaviest] += shortfall;
  return counts;
}

function ordersFor(random: Random, profile: Profile, invoices: SampleInvoice[]): SampleOrder[] {
  const orders: SampleOrder[] = [];
  for (const line of invoices) {
    if (typeof line.amount !== "number" || line.amount <= 0 || line.sortDay < FIRST_ORDER_DAY)
      continue;
    if (!random.chance(0.7)) continue;
    const orderDate = laterDate(FIRST_ORDER_DAY, addDays(line.sortDay, -random.int(2, 12)));
    orders.push({
      customerId: profile.id,
      orderDate,
      amount: Math.round(line.amount / 100) * 100,
      shipped: true,
    });
  }
  const unshipped = random.int(0, 2);
  for (let n = 0; n < unshipped; n += 1) {
    const amount = Math.round((profile.typicalAmount * random.between(0.5, 1.5)) / 100) * 100;
    orders.push({
      customerId: profile.id,
      orderDate: addDays(AS_OF, -random.int(0, 24)),
      amount,
      shipped: false,
    });
  }
  return orders;
}

/** Random customers with `invoiceTotal` ledger lines between them. */
export function randomBook(
  random: Random,
  invoiceTotal: number,
  takenNames: Set<string>
): SampleBook {
  const profiles = randomCustomerIds().map((id, index) => profileFor(random, id, index));
  const counts = invoiceCounts(profiles, invoiceTotal);
  const book: SampleBook = { customers: [], invoices: [], orders: [] };
  profiles.forEach((profile, index) => {
    book.customers.push(customerFor(random, profile, takenNames));
    const lines: SampleInvoice[] = [];
    for (let n = 0; n < counts[index]; n += 1) {
      lines.push(invoiceFor(random, profile, serialDate(random.int(profile.firstDay, AS_OF))));
    }
    book.orders.push(...ordersFor(random, profile, lines));
    const numericId = profile.id === NUMERIC_LEDGER_ID;
    book.invoices.push(
      ...lines.map((line) => (numericId ? { ...line, customerId: Number(profile.id) } : line))
    );
  });
  return book;
}
