/**
 * Customers crafted so that a review as of 2026-06-30 under the default policy shows every
 * grade, status, reason code and aging bucket. The table at the top of make-sample.ts lists
 * what each one is for; the numbers below are chosen so the outcome can be checked by hand.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { addDays } from "../../src/engine/serial-date";
import type { FactorGroup, FactorKey } from "../../src/engine/types";
import {
  AS_OF,
  day,
  invoiceLine,
  type SampleBook,
  type SampleCustomer,
  type SampleFinancials,
  type SampleInvoice,
  type SampleOrder,
} from "./sample-model";

type GroupRatings = Record<FactorGroup, number>;

/** Score = Σ weight × rating / 10: 50×10/10 + 30×9/10 + 20×10/10 = 97. */
const GRADE_A: GroupRatings = { creditFinancial: 10, customerOwn: 9, priority: 10 };
/** 50×9/10 + 30×8/10 + 20×8/10 = 45 + 24 + 16 = 85. */
const GRADE_B: GroupRatings = { creditFinancial: 9, customerOwn: 8, priority: 8 };
/** Every rating 7 → 70. */
const GRADE_C: GroupRatings = { creditFinancial: 7, customerOwn: 7, priority: 7 };
/** Every rating 4 → 40. */
const GRADE_D: GroupRatings = { creditFinancial: 4, customerOwn: 4, priority: 4 };

function ratingsByGroup(groups: Partial<GroupRatings>): Partial<Record<FactorKey, number>> {
  const ratings: Partial<Record<FactorKey, number>> = {};
  for (const factor of DEFAULT_POLICY.score.factors) {
    const rating = groups[factor.group];
    if (rating !== undefined) ratings[factor.key] = rating;
  }
  return ratings;
}

interface Month {
  year: number;
  month: number;
}

/** Every month from `from` to `to`, both inclusive. */
function months(from: Month, to: Month): Month[] {
  const list: Month[] = [];
  for (
    let index = from.year * 12 + from.month - 1;
    index <= to.year * 12 + to.month - 1;
    index += 1
  ) {
    list.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  }
  return list;
}

/** One invoice a month, paid `paidOffset` days after its due date (open while that day is after the as-of date). */
function monthlyInvoices(
  customerId: string,
  span: Month[],
  dayOfMonth: number,
  termsDays: number,
  amount: number,
  paidOffset: number
): SampleInvoice[] {
  return span.map(({ year, month }) => {
    const invoiceDay = day(year, month, dayOfMonth);
    return invoiceLine(customerId, invoiceDay, termsDays, amount, {
      paid: amount,
      paidDay: addDays(invoiceDay, termsDays + paidOffset),
    });
  });
}

/** One order a month; the last one not shipped yet when `lastUnshipped`. */
function monthlyOrders(
  customerId: string,
  span: Month[],
  dayOfMonth: number,
  amount: number,
  lastUnshipped = false
): SampleOrder[] {
  return span.map(({ year, month }, index) => ({
    customerId,
    orderDate: day(year, month, dayOfMonth),
    amount,
    shipped: !(lastUnshipped && index === span.length - 1),
  }));
}

const ALL_18_MONTHS = months({ year: 2025, month: 1 }, { year: 2026, month: 6 });
const ORDER_MONTHS = months({ year: 2025, month: 7 }, { year: 2026, month: 6 });

/** CA/CL = 2, quick/CL = 1.4, CL/equity ≈ 0.417, TL/equity ≈ 0.667 → E ≈ 2.317 → 25 %;
 * working assets = (2,500,000 + 6,000,000) / 2 = 4,250,000 → limit 1,062,500 → 1,062,000. */
const HEALTHY_BALANCE_SHEET: SampleFinancials = {
  currentAssets: 5_000_000,
  inventory: 1_500_000,
  currentLiabilities: 2_500_000,
  totalAssets: 10_000_000,
  totalLiabilities: 4_000_000,
  sales: 24_000_000,
  netProfit: 1_800_000,
  interestCharges: 120_000,
  receivables: 2_000_000,
  fixedAssets: 4_000_000,
};

/** Equity = 5,000,000 − 6,500,000 = −1,500,000. */
const NEGATIVE_EQUITY_BALANCE_SHEET: SampleFinancials = {
  currentAssets: 2_000_000,
  inventory: 800_000,
  currentLiabilities: 3_000_000,
  totalAssets: 5_000_000,
  totalLiabilities: 6_500_000,
  sales: 6_000_000,
  netProfit: -400_000,
  interestCharges: 380_000,
  receivables: 1_200_000,
  fixedAssets: 2_600_000,
};

interface CraftedCase {
  customer: SampleCustomer;
  invoices: SampleInvoice[];
  orders: SampleOrder[];
}

function gradeAOk(): CraftedCase {
  const id = "C00001";
  return {
    customer: {
      id,
      name: "上海华信精密机械有限公司",
      ratings: ratingsByGroup(GRADE_A),
      yearsInBusiness: 18,
    },
    invoices: ALL_18_MONTHS.map(({ year, month }, index) => {
      const amount = 180_000 + 1_500 * index;
      const invoiceDay = day(year, month, 5);
      return invoiceLine(id, invoiceDay, 60, amount, {
        paid: amount,
        paidDay: addDays(invoiceDay, 57),
      });
    }),
    orders: monthlyOrders(id, ORDER_MONTHS, 1, 200_000, true),
  };
}

function gradeBWorkingCapital(): CraftedCase {
  const id = "C00002";
  return {
    customer: {
      id,
      name: "Northwind Components Co., Ltd.",
      ratings: ratingsByGroup(GRADE_B),
      financials: HEALTHY_BALANCE_SHEET,
      yearsInBusiness: 25,
      longStanding: true,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 12, 45, 250_000, 0),
    orders: monthlyOrders(id, ORDER_MONTHS, 8, 300_000),
  };
}

function gradeCWithYoungOverdue(): CraftedCase {
  const id = "C00003";
  return {
    customer: {
      id,
      name: "宁波恒达包装材料有限公司",
      ratings: ratingsByGroup(GRADE_C),
      yearsInBusiness: 9,
    },
    invoices: [
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 1 }, { year: 2026, month: 3 }),
        21,
        30,
        80_000,
        0
      ),
      invoiceLine(id, day(2026, 4, 21), 30, 80_000), // due 2026-05-21: 40 days overdue (31-60)
      invoiceLine(id, day(2026, 5, 16), 30, 75_000), // due 2026-06-15: 15 days overdue (1-30)
      invoiceLine(id, day(2026, 6, 10), 30, 82_000), // due 2026-07-10: not due
    ],
    orders: monthlyOrders(id, ORDER_MONTHS, 18, 90_000),
  };
}

function gradeDLowScore(): CraftedCase {
  const id = "C00004";
  return {
    customer: {
      id,
      name: "Summit Plastics Inc.",
      ratings: ratingsByGroup(GRADE_D),
      yearsInBusiness: 6,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 9, 30, 30_000, -2),
    orders: monthlyOrders(id, ORDER_MONTHS, 3, 35_000),
  };
}

function insufficientData(): CraftedCase {
  const id = "C00005";
  return {
    // Only the customer's own group is typed (30 %); the payment record is derived (+12 %) = 42 % < 60 %.
    customer: { id, name: "杭州瑞丰纺织有限公司", ratings: ratingsByGroup({ customerOwn: 8 }) },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 14, 30, 45_000, -1),
    orders: monthlyOrders(id, ORDER_MONTHS, 11, 50_000),
  };
}

function overdue60(): CraftedCase {
  const id = "C00006";
  return {
    customer: {
      id,
      name: "Bluewater Logistics Pte. Ltd.",
      ratings: ratingsByGroup(GRADE_B),
      yearsInBusiness: 12,
    },
    invoices: [
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 1 }, { year: 2026, month: 2 }),
        16,
        30,
        120_000,
        -1
      ),
      invoiceLine(id, day(2026, 3, 16), 30, 126_000), // due 2026-04-15: 76 days overdue (61-90)
      ...monthlyInvoices(
        id,
        months({ year: 2026, month: 4 }, { year: 2026, month: 6 }),
        16,
        30,
        120_000,
        -1
      ),
    ],
    orders: monthlyOrders(id, ORDER_MONTHS, 10, 130_000),
  };
}

function overdue90WithPartialPayment(): CraftedCase {
  const id = "C00007";
  const stuckDay = day(2025, 12, 3); // due 2026-02-01: 149 days overdue (91-180)
  return {
    customer: {
      id,
      name: "深圳金鼎电子科技有限公司",
      ratings: ratingsByGroup(GRADE_C),
      yearsInBusiness: 7,
    },
    invoices: [
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 1 }, { year: 2025, month: 11 }),
        3,
        60,
        60_000,
        0
      ),
      invoiceLine(id, stuckDay, 60, 60_000, { paid: 24_000, paidDay: day(2026, 3, 10) }),
      ...monthlyInvoices(
        id,
        months({ year: 2026, month: 1 }, { year: 2026, month: 6 }),
        3,
        60,
        60_000,
        0
      ),
    ],
    orders: monthlyOrders(id, ORDER_MONTHS, 1, 65_000),
  };
}

function badPayments(id: string, name: string, count: number, grade: GroupRatings): CraftedCase {
  return {
    customer: {
      id,
      name,
      ratings: ratingsByGroup(grade),
      badPayments3m: count,
      yearsInBusiness: 10,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 20, 45, 70_000, -2),
    orders: monthlyOrders(id, ORDER_MONTHS, 15, 75_000),
  };
}

function inactive3Months(): CraftedCase {
  const id = "C00010";
  // Last invoice 2026-02-10, last order 2026-02-05: in (2025-12-30, 2026-03-30].
  return {
    customer: {
      id,
      name: "Redwood Foods Limited",
      ratings: ratingsByGroup(GRADE_B),
      yearsInBusiness: 14,
    },
    invoices: monthlyInvoices(
      id,
      months({ year: 2025, month: 1 }, { year: 2026, month: 2 }),
      10,
      30,
      55_000,
      -1
    ),
    orders: monthlyOrders(
      id,
      months({ year: 2025, month: 7 }, { year: 2026, month: 2 }),
      5,
      60_000
    ),
  };
}

function inactive6Months(): CraftedCase {
  const id = "C00011";
  // Last invoice 2025-11-20 ≤ 2025-12-30.
  return {
    customer: {
      id,
      name: "天津永兴建材有限公司",
      ratings: ratingsByGroup(GRADE_C),
      yearsInBusiness: 21,
    },
    invoices: monthlyInvoices(
      id,
      months({ year: 2025, month: 1 }, { year: 2025, month: 11 }),
      20,
      30,
      38_000,
      -1
    ),
    orders: monthlyOrders(
      id,
      months({ year: 2025, month: 7 }, { year: 2025, month: 11 }),
      15,
      40_000
    ),
  };
}

function manualSuspend(): CraftedCase {
  const id = "C00012";
  return {
    customer: {
      id,
      name: "Pioneer Steel GmbH",
      ratings: ratingsByGroup(GRADE_B),
      manualStatus: "Suspended",
      yearsInBusiness: 30,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 7, 30, 90_000, -1),
    orders: monthlyOrders(id, ORDER_MONTHS, 4, 95_000),
  };
}

function negativeEquity(): CraftedCase {
  const id = "C00013";
  return {
    customer: {
      id,
      name: "武汉宏图化工股份有限公司",
      ratings: ratingsByGroup(GRADE_C),
      financials: NEGATIVE_EQUITY_BALANCE_SHEET,
      yearsInBusiness: 11,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 18, 30, 66_000, -1),
    orders: monthlyOrders(id, ORDER_MONTHS, 13, 70_000),
  };
}

function deadDebt(): CraftedCase {
  const id = "C00014";
  return {
    customer: {
      id,
      name: "Harbor Machinery LLC",
      ratings: ratingsByGroup(GRADE_C),
      yearsInBusiness: 16,
    },
    invoices: [
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 1 }, { year: 2025, month: 1 }),
        10,
        60,
        95_000,
        0
      ),
      invoiceLine(id, day(2025, 2, 10), 60, 95_000), // due 2025-04-11: 445 days overdue (> 365, dead)
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 3 }, { year: 2026, month: 6 }),
        10,
        60,
        95_000,
        0
      ),
    ],
    orders: monthlyOrders(id, ORDER_MONTHS, 6, 100_000),
  };
}

function badDebt(): CraftedCase {
  const id = "C00015";
  return {
    customer: {
      id,
      name: "苏州东方五金制品有限公司",
      ratings: ratingsByGroup(GRADE_B),
      yearsInBusiness: 13,
    },
    invoices: [
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 1 }, { year: 2025, month: 8 }),
        16,
        60,
        88_000,
        0
      ),
      invoiceLine(id, day(2025, 9, 16), 60, 88_000), // due 2025-11-15: 227 days overdue (181-365, bad)
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 10 }, { year: 2026, month: 6 }),
        16,
        60,
        88_000,
        0
      ),
    ],
    orders: monthlyOrders(id, ORDER_MONTHS, 12, 90_000),
  };
}

function newCustomerMarked(): CraftedCase {
  const id = "C00016";
  return {
    customer: {
      id,
      name: "Evergreen Packaging Co., Ltd.",
      ratings: ratingsByGroup(GRADE_B),
      isNewCustomer: true,
      yearsInBusiness: 4,
    },
    invoices: [
      invoiceLine(id, day(2026, 4, 10), 30, 40_000, { paid: 40_000, paidDay: day(2026, 5, 8) }),
      invoiceLine(id, day(2026, 5, 20), 45, 45_000), // due 2026-07-04: not due
    ],
    orders: [
      { customerId: id, orderDate: day(2026, 4, 6), amount: 42_000, shipped: true },
      { customerId: id, orderDate: day(2026, 5, 18), amount: 45_000, shipped: true },
      { customerId: id, orderDate: day(2026, 6, 22), amount: 50_000, shipped: false },
    ],
  };
}

function newCustomerFewOrders(): CraftedCase {
  const id = "C00017";
  return {
    customer: {
      id,
      name: "广州博远医疗器械有限公司",
      ratings: ratingsByGroup(GRADE_A),
      yearsInBusiness: 1,
    },
    invoices: [
      invoiceLine(id, day(2026, 5, 5), 60, 150_000), // due 2026-07-04: not due
      invoiceLine(id, day(2026, 6, 14), 60, 150_000),
    ],
    orders: [
      { customerId: id, orderDate: day(2026, 5, 2), amount: 150_000, shipped: true },
      { customerId: id, orderDate: day(2026, 6, 12), amount: 150_000, shipped: true },
    ],
  };
}

function prospectWithoutHistory(): CraftedCase {
  return {
    customer: {
      id: "C00018",
      name: "Meridian Instruments Limited",
      ratings: ratingsByGroup(GRADE_C),
      isNewCustomer: true,
      yearsInBusiness: 3,
    },
    invoices: [],
    orders: [],
  };
}

function largeLimit(): CraftedCase {
  const id = "C00019";
  // Base 3 × 3,500,000 = 10,500,000 × 300 % = 31,500,000: above 20 M, approval level 6.
  return {
    customer: {
      id,
      name: "重庆中科汽车配件集团有限公司",
      ratings: ratingsByGroup(GRADE_A),
      yearsInBusiness: 27,
      longStanding: true,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 25, 90, 3_000_000, -5),
    orders: monthlyOrders(id, ORDER_MONTHS, 20, 3_500_000, true),
  };
}

function unappliedCredits(): CraftedCase {
  const id = "C00020";
  const overpaid = invoiceLine(id, day(2026, 5, 10), 30, 100_000, {
    paid: 105_000,
    paidDay: day(2026, 6, 5),
  });
  const creditNote = invoiceLine(id, day(2026, 6, 2), 30, -8_000);
  return {
    customer: {
      id,
      name: "Golden Gate Electronics Inc.",
      ratings: ratingsByGroup(GRADE_B),
      yearsInBusiness: 8,
    },
    invoices: [
      ...monthlyInvoices(
        id,
        months({ year: 2025, month: 1 }, { year: 2026, month: 4 }),
        12,
        30,
        50_000,
        0
      ),
      overpaid, // open −5,000
      creditNote, // open −8,000
      invoiceLine(id, day(2026, 6, 12), 30, 52_000), // due 2026-07-12: not due
    ],
    orders: monthlyOrders(id, ORDER_MONTHS, 9, 55_000),
  };
}

function numericIdInReceivables(): CraftedCase {
  const id = "00123";
  const invoices = monthlyInvoices(id, ALL_18_MONTHS, 19, 30, 28_000, -2).map((line) => ({
    ...line,
    customerId: 123, // typed as a number in the ledger, shown as 00123 by its format
    customerIdFormat: "00000",
  }));
  return {
    customer: {
      id,
      name: "厦门嘉禾食品有限公司",
      ratings: ratingsByGroup(GRADE_B),
      yearsInBusiness: 5,
    },
    invoices,
    orders: monthlyOrders(id, ORDER_MONTHS, 14, 30_000),
  };
}

function numericIdInOrders(): CraftedCase {
  const id = "00456";
  return {
    customer: {
      id,
      name: "Keystone Textiles Ltd.",
      ratings: ratingsByGroup(GRADE_C),
      yearsInBusiness: 19,
    },
    invoices: monthlyInvoices(id, ALL_18_MONTHS, 23, 45, 33_000, -3),
    orders: monthlyOrders(id, ORDER_MONTHS, 17, 35_000).map((order) => ({
      ...order,
      customerId: 456,
    })),
  };
}

/** The crafted customers in id order, with their ledger lines and orders. */
export function craftedBook(): SampleBook {
  const cases: CraftedCase[] = [
    gradeAOk(),
    gradeBWorkingCapital(),
    gradeCWithYoungOverdue(),
    gradeDLowScore(),
    insufficientData(),
    overdue60(),
    overdue90WithPartialPayment(),
    badPayments("C00008", "Silverline Chemicals Co., Ltd.", 3, GRADE_B),
    badPayments("C00009", "成都润泽环保科技有限公司", 5, GRADE_C),
    inactive3Months(),
    inactive6Months(),
    manualSuspend(),
    negativeEquity(),
    deadDebt(),
    badDebt(),
    newCustomerMarked(),
    newCustomerFewOrders(),
    prospectWithoutHistory(),
    largeLimit(),
    unappliedCredits(),
    numericIdInReceivables(),
    numericIdInOrders(),
  ];
  return {
    customers: cases.map((entry) => entry.customer),
    invoices: cases.flatMap((entry) => entry.invoices.filter((line) => line.sortDay <= AS_OF)),
    orders: cases.flatMap((entry) => entry.orders),
  };
}
