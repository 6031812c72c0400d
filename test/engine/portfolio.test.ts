import {
  abcClassFor,
  countbackDso,
  isCoreCustomer,
  sharesBefore,
  simpleDso,
} from "../../src/engine/portfolio";
import { minor } from "../../src/engine/money";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { day } from "./helpers";

const P = DEFAULT_POLICY;

describe("ABC and core customers (§9, §11 Portfolio)", () => {
  test("classed by the share of the customers before it: 50/30/15/5 → A, A, B, C", () => {
    // before a: 0; before b: 50 %; before c: 80 % (not < 80 % → B); before d: 95 % (not < 95 % → C)
    const shares = sharesBefore([50, 30, 15, 5].map(minor), ["a", "b", "c", "d"]);
    expect(shares).toEqual([0, 0.5, 0.8, 0.95]);
    expect(shares.map((s) => abcClassFor(s, P))).toEqual(["A", "A", "B", "C"]);
  });

  test("ties are ranked by id", () => {
    // b and a tie at 40: a comes first (0), then b (40 %), then c (80 % → B)
    const shares = sharesBefore([40, 40, 20].map(minor), ["b", "a", "c"]);
    expect(shares).toEqual([0.4, 0, 0.8]);
  });

  test("sales ≤ 0 → C, and they do not count in the total", () => {
    const shares = sharesBefore([100, 0, -30].map(minor), ["a", "b", "c"]);
    expect(shares).toEqual([0, null, null]);
    expect(shares.map((s) => abcClassFor(s, P))).toEqual(["A", "C", "C"]);
  });

  test("core: within the first 70 % by the same rule, or marked long-standing", () => {
    const shares = sharesBefore([50, 30, 15, 5].map(minor), ["a", "b", "c", "d"]);
    expect(shares.map((s) => isCoreCustomer(s, false, P))).toEqual([true, true, false, false]);
    expect(isCoreCustomer(null, true, P)).toBe(true);
  });
});

describe("DSO (§9, §11 Portfolio)", () => {
  test("simple DSO = net open / sales of 365 days × 365", () => {
    expect(simpleDso(minor(100_000), minor(365_000), 365)).toBe(100);
    expect(simpleDso(minor(100_000), minor(0), 365)).toBeNull();
  });

  test("countback DSO matches the open amount against months of sales, newest first", () => {
    const asOf = day("2026-06-30");
    const daily = new Float64Array(asOf + 1);
    daily[asOf - day("2026-06-12")] += 300; // June (30 days): 300
    daily[asOf - day("2026-05-15")] += 400; // May (31 days): 400
    daily[asOf - day("2026-04-10")] += 1_000; // April: 1,000
    const oldest = asOf - day("2026-04-10");
    // open 500: June covers 300 (30 days), May's 400 covers the remaining 200 → 200 / 400 × 31 = 15.5: 45.5 days
    expect(countbackDso(minor(500), daily, asOf, oldest)).toBeCloseTo(45.5, 12);
    // open 1,200: June 300 (30), May 400 (31), April 500 / 1,000 × 30 = 15: 76 days
    expect(countbackDso(minor(1_200), daily, asOf, oldest)).toBeCloseTo(76, 12);
    expect(countbackDso(minor(0), daily, asOf, oldest)).toBe(0);
  });

  test("a month without sales adds its days and covers nothing; the as-of month counts up to the as-of date", () => {
    const asOf = day("2026-06-15");
    const daily = new Float64Array(asOf + 1);
    daily[asOf - day("2026-04-20")] += 100; // nothing in June 1–15 or May
    // June 1–15: 15 days, May: 31 days, April: 100 covers 50 → 0.5 × 30 = 15: 61 days
    expect(countbackDso(minor(50), daily, asOf, asOf - day("2026-04-20"))).toBeCloseTo(61, 12);
  });
});
