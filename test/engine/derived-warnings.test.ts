import {
  deriveRatings,
  operatingCapacityRating,
  paymentRecordRating,
  profitabilityRating,
  solvencyRating,
} from "../../src/engine/derived-ratings";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { warningsFor } from "../../src/engine/warnings";
import { customer } from "./helpers";

const P = DEFAULT_POLICY;
const noHistory = { paidInvoices: 0, onTimeShare: null, meanDaysBeyondTerms: null };

describe("derived ratings (§1, §11 Score)", () => {
  test("solvency = mean of the quick-ratio and debt-ratio ratings", () => {
    // quick = (2,000 − 500) / 1,500 = 1.0 → 8.5; debt = 600 / 1,000 = 0.6 → 8.5 − (0.1 / 0.3) × 5.5 = 6.6667
    expect(
      solvencyRating(
        {
          currentAssets: 2_000,
          inventory: 500,
          currentLiabilities: 1_500,
          totalLiabilities: 600,
          totalAssets: 1_000,
        },
        P
      )
    ).toBeCloseTo((8.5 + 6.666667) / 2, 5);
  });

  test("solvency from either ratio alone when only one can be computed", () => {
    expect(
      solvencyRating({ currentAssets: 2_000, inventory: 500, currentLiabilities: 1_500 }, P)
    ).toBe(8.5);
    expect(solvencyRating({ totalLiabilities: 300, totalAssets: 1_000 }, P)).toBe(10);
    expect(solvencyRating({ currentAssets: 2_000, currentLiabilities: 1_500 }, P)).toBeNull(); // no inventory: no quick assets
  });

  test("a zero or missing denominator derives nothing", () => {
    expect(
      solvencyRating(
        {
          currentAssets: 2_000,
          inventory: 0,
          currentLiabilities: 0,
          totalLiabilities: 5,
          totalAssets: 0,
        },
        P
      )
    ).toBeNull();
    expect(operatingCapacityRating({ sales: 1_000, totalAssets: 0 }, P)).toBeNull();
    expect(profitabilityRating({ netProfit: 10, sales: 0 }, P)).toBeNull();
    expect(profitabilityRating({ netProfit: 10 }, P)).toBeNull();
  });

  test("operating capacity from total asset turnover, profitability from net margin", () => {
    expect(operatingCapacityRating({ sales: 4_000, totalAssets: 1_000 }, P)).toBe(8.5); // 4 → 8.5
    expect(operatingCapacityRating({ sales: 1_500, totalAssets: 1_000 }, P)).toBeCloseTo(5, 12); // 1.5 → 4 + 0.5 × 2
    expect(profitabilityRating({ netProfit: 150, sales: 1_000 }, P)).toBe(8.5); // 15 %
    expect(profitabilityRating({ netProfit: -100, sales: 1_000 }, P)).toBe(0); // −10 %: below −5 %
  });

  test("payment record = mean of the on-time and days-beyond-terms ratings; needs one paid invoice", () => {
    // on time 0.5 → 4; mean 5 days late → 8.5; (4 + 8.5) / 2 = 6.25
    expect(
      paymentRecordRating({ paidInvoices: 2, onTimeShare: 0.5, meanDaysBeyondTerms: 5 }, P)
    ).toBe(6.25);
    expect(
      paymentRecordRating({ paidInvoices: 1, onTimeShare: 1, meanDaysBeyondTerms: 0 }, P)
    ).toBe(10);
    expect(paymentRecordRating(noHistory, P)).toBeNull();
  });

  test("deriveRatings gives only what can be derived", () => {
    expect(deriveRatings({}, noHistory, P)).toEqual({});
    expect(
      deriveRatings(
        { sales: 4_000, totalAssets: 1_000, netProfit: 600 },
        { paidInvoices: 1, onTimeShare: 1, meanDaysBeyondTerms: 0 },
        P
      )
    ).toEqual({
      paymentRecord: 10,
      operatingCapacity: 8.5, // 4,000 / 1,000 = 4
      profitability: 8.5, // 600 / 4,000 = 15 %
    });
  });
});

describe("warning signs (§1): flagged, never scored", () => {
  test("each sign at its threshold", () => {
    const flagged = customer("W", {
      yearsInBusiness: 1.5,
      financials: {
        sales: 1_000,
        interestCharges: 51,
        totalAssets: 1_000,
        receivables: 510,
        inventory: 510,
        fixedAssets: 710,
        equity: 190,
      },
    });
    expect(warningsFor(flagged, P)).toEqual([
      "HIGH_FINANCE_CHARGES",
      "YOUNG_COMPANY",
      "HIGH_RECEIVABLES",
      "HIGH_INVENTORY",
      "HIGH_FIXED_ASSETS",
      "THIN_EQUITY",
    ]);
    const atLimits = customer("W", {
      yearsInBusiness: 2,
      financials: {
        sales: 1_000,
        interestCharges: 50,
        totalAssets: 1_000,
        receivables: 500,
        inventory: 500,
        fixedAssets: 700,
        equity: 200,
      },
    });
    expect(warningsFor(atLimits, P)).toEqual([]);
  });

  test("no figures, no warning", () => {
    expect(warningsFor(customer("W"), P)).toEqual([]);
  });
});
