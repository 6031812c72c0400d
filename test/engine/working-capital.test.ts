import { CURRENT_LIABILITIES_NOT_POSITIVE } from "../../src/engine/errors";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { workingCapitalLimit, workingCapitalRate } from "../../src/engine/working-capital";
import { units } from "./helpers";

const P = DEFAULT_POLICY;

describe("working-capital model (§3)", () => {
  test("worked by hand: a healthy balance sheet gets 25 %", () => {
    const result = workingCapitalLimit(
      {
        currentAssets: 5_000_000,
        inventory: 1_000_000,
        currentLiabilities: 2_500_000,
        totalLiabilities: 4_000_000,
        equity: 6_000_000,
      },
      P
    );
    // working capital = 5,000,000 − 2,500,000 = 2,500,000; working assets = (2,500,000 + 6,000,000) / 2 = 4,250,000
    // E = 5/2.5 + 4/2.5 − 2.5/6 − 4/6 = 2 + 1.6 − 0.41667 − 0.66667 = 2.51667 > 1.0 → 25 %
    // limit = 4,250,000 × 25 % = 1,062,500 → floored to 1,000: 1,062,000
    expect(result.workingAssets).toBe(4_250_000);
    expect(result.evaluation).toBeCloseTo(2.516667, 6);
    expect(result.rate).toBe(0.25);
    expect(result.limit).toBe(units(1_062_000));
    expect(result.negativeEquity).toBe(false);
  });

  test("worked by hand: a middle step (E = −0.55 → 15 %)", () => {
    const result = workingCapitalLimit(
      {
        currentAssets: 3_000_000,
        inventory: 1_500_000,
        currentLiabilities: 2_000_000,
        totalLiabilities: 5_000_000,
        equity: 2_500_000,
      },
      P
    );
    // E = 3/2 + 1.5/2 − 2/2.5 − 5/2.5 = 1.5 + 0.75 − 0.8 − 2 = −0.55: ≤ −0.4 and > −1.1 → 15 %
    // working assets = (1,000,000 + 2,500,000) / 2 = 1,750,000; × 15 % = 262,500 → 262,000
    expect(result.evaluation).toBeCloseTo(-0.55, 12);
    expect(result.rate).toBe(0.15);
    expect(result.limit).toBe(units(262_000));
  });

  test("the steps are upper bounds, inclusive", () => {
    expect(workingCapitalRate(-4.6, P)).toBe(0);
    expect(workingCapitalRate(-4.59, P)).toBe(0.025);
    expect(workingCapitalRate(-1.8, P)).toBe(0.1);
    expect(workingCapitalRate(0.3, P)).toBe(0.175);
    expect(workingCapitalRate(1.0, P)).toBe(0.2);
    expect(workingCapitalRate(1.0001, P)).toBe(0.25);
  });

  test("equity ≤ 0 → limit 0 with the negative-equity flag", () => {
    const result = workingCapitalLimit(
      {
        currentAssets: 1_000_000,
        inventory: 0,
        currentLiabilities: 500_000,
        totalLiabilities: 2_000_000,
        equity: 0,
      },
      P
    );
    expect(result).toMatchObject({ limit: 0, negativeEquity: true, evaluation: null, rate: null });
  });

  test("working assets below 0 give 0", () => {
    // (1,000 − 5,000 + 1,000) / 2 = −1,500
    const result = workingCapitalLimit(
      {
        currentAssets: 1_000,
        inventory: 0,
        currentLiabilities: 5_000,
        totalLiabilities: 5_000,
        equity: 1_000,
      },
      P
    );
    expect(result.workingAssets).toBe(-1_500);
    expect(result.limit).toBe(0);
  });

  test("current liabilities must be above 0", () => {
    expect(() =>
      workingCapitalLimit(
        { currentAssets: 1, inventory: 0, currentLiabilities: 0, totalLiabilities: 1, equity: 1 },
        P
      )
    ).toThrow(CURRENT_LIABILITIES_NOT_POSITIVE);
  });
});
