import fc from "fast-check";
import type { Policy } from "../../../src/engine/policy";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import {
  COLLECTION_ACTIONS,
  DEBT_CLASSES,
  FACTOR_KEYS,
  LETTER_LANGUAGES,
} from "../../../src/engine/types";
import { policyToRows } from "../../../src/workbook/policy-rows";
import type { RawCell } from "../../../src/workbook/raw";
import { parsePolicySheet, readPolicySheet } from "../../../src/workbook/read-policy-sheet";
import { sheet } from "./raw-fixtures";
import { problemMessage } from "../../../src/i18n/problem-messages";

const policySheet = (rows: RawCell[][]) => sheet("Policy", rows);
const asSheet = (policy: Policy) => policySheet([["Key", "Value"], ...policyToRows(policy)]);

describe("policy sheet", () => {
  test("the default policy's rows use the documented keys", () => {
    const rows = new Map(policyToRows(DEFAULT_POLICY));
    expect(rows.get("limit.newCustomerBase")).toBe(300000);
    expect(rows.get("score.factors.paymentRecord.weight")).toBe(12);
    expect(rows.get("score.factors.paymentRecord.group")).toBe("creditFinancial");
    expect(rows.get("aging.edges")).toBe("0,30,60,90,180");
    expect(rows.get("gmSignOffGrades")).toBe("C,D");
    expect(rows.get("limit.bands.2.multiplier")).toBe(2);
    expect(rows.get("approvalLevels.6.maxLimit")).toBe("");
    expect(rows.get("currency")).toBe("");
  });

  test("the default policy written to a sheet reads back identically", () => {
    const result = readPolicySheet(asSheet(DEFAULT_POLICY), DEFAULT_POLICY);
    expect(result).toEqual({ policy: DEFAULT_POLICY, accepted: true, problems: [] });
  });

  test("a short sheet overrides only what it names; percentages by the documented rule", () => {
    const result = readPolicySheet(
      policySheet([
        ["limit.newCustomerBase", "500,000"],
        ["aging.edges", "0, 30, 60, 90"],
        ["portfolio.abcAShare", "75%"],
        ["portfolio.abcBShare", 90],
        ["score.minCoverage", 0.5],
        ["currency", "CNY"],
      ]),
      DEFAULT_POLICY
    );
    expect(result.accepted).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.policy.limit.newCustomerBase).toBe(500000);
    expect(result.policy.aging.edges).toEqual([0, 30, 60, 90]);
    expect(result.policy.portfolio).toMatchObject({ abcAShare: 0.75, abcBShare: 0.9 });
    expect(result.policy.score.minCoverage).toBe(0.5);
    expect(result.policy.currency).toBe("CNY");
    expect(result.policy.limit.bands).toEqual(DEFAULT_POLICY.limit.bands);
  });

  test("a list of records named in the sheet is replaced whole (three bands instead of four)", () => {
    const result = readPolicySheet(
      policySheet([
        ["limit.bands.1.minScore", 80],
        ["limit.bands.1.multiplier", 2],
        ["limit.bands.1.termsDays", 90],
        ["limit.bands.2.minScore", 60],
        ["limit.bands.2.multiplier", 1],
        ["limit.bands.2.termsDays", 30],
        ["limit.bands.3.minScore", 0],
        ["limit.bands.3.multiplier", 0],
        ["limit.bands.3.termsDays", 0],
      ]),
      DEFAULT_POLICY
    );
    expect(result.problems).toEqual([]);
    expect(result.policy.limit.bands).toEqual([
      { minScore: 80, multiplier: 2, termsDays: 90 },
      { minScore: 60, multiplier: 1, termsDays: 30 },
      { minScore: 0, multiplier: 0, termsDays: 0 },
    ]);
  });

  test("#32 weights not summing to 100 refuse the policy, naming the value", () => {
    const result = readPolicySheet(
      asSheet({
        ...DEFAULT_POLICY,
        score: {
          ...DEFAULT_POLICY.score,
          factors: DEFAULT_POLICY.score.factors.map((f) =>
            f.key === "history" ? { ...f, weight: 5 } : f
          ),
        },
      }),
      DEFAULT_POLICY
    );
    expect(result.accepted).toBe(false);
    expect(result.policy).toBe(DEFAULT_POLICY);
    expect(result.problems.map((p) => problemMessage(p, "en-US"))).toEqual([
      "Policy: the policy is refused: score.factors: weights sum to 101, must sum to 100",
    ]);
  });

  test("#32 unsorted aging edges and a negative multiplier are refused, named by their sheet keys", () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      aging: { ...DEFAULT_POLICY.aging, edges: [0, 60, 30] },
      limit: {
        ...DEFAULT_POLICY.limit,
        bands: DEFAULT_POLICY.limit.bands.map((b, i) => (i === 1 ? { ...b, multiplier: -1 } : b)),
      },
    };
    const result = readPolicySheet(asSheet(policy), DEFAULT_POLICY);
    expect(result.accepted).toBe(false);
    expect(result.problems.map((p) => problemMessage(p, "en-US"))).toEqual([
      "Policy: the policy is refused: limit.bands.2.multiplier: -1 is out of range: must be at least 0",
      "Policy: the policy is refused: aging.edges.3: 30 after 60: values must strictly increase (unsorted or overlapping)",
    ]);
  });

  test("an empty list of records is an empty value on the list's own key", () => {
    const result = parsePolicySheet(policySheet([["workingCapital.steps", null]]), DEFAULT_POLICY);
    expect(result.problems).toEqual([]);
    expect(result.policy.workingCapital.steps).toEqual([]);
  });

  test("bad values keep the default and are reported with their cell; unknown keys are reported", () => {
    const result = readPolicySheet(
      policySheet([
        ["Key", "Value"],
        ["limit.roundingUnit", "lots"],
        ["limit.roundingUnitt", 100],
      ]),
      DEFAULT_POLICY
    );
    expect(result.policy.limit.roundingUnit).toBe(1000);
    expect(result.problems.map((p) => [p.place.row, p.code, problemMessage(p, "en-US")])).toEqual([
      [
        2,
        "POLICY_VALUE",
        'Policy!B2 (limit.roundingUnit) "lots": not a number; the default is kept',
      ],
      [
        3,
        "UNKNOWN_POLICY_KEY",
        'Policy!A3 "limit.roundingUnitt": unknown policy key; the row is ignored',
      ],
    ]);
  });

  test("an incomplete record keeps the default list and says which key is missing", () => {
    const result = parsePolicySheet(
      policySheet([["limit.bands.2.multiplier", 2.5]]),
      DEFAULT_POLICY
    );
    expect(result.policy.limit.bands).toEqual(DEFAULT_POLICY.limit.bands);
    expect(result.problems.map((p) => problemMessage(p, "en-US"))).toEqual([
      "Policy: limit.bands: positions must run 1, 2, 3… without gaps (found 2); the default list is kept",
    ]);
  });

  test("any policy written to a sheet is read back identically (before validation)", () => {
    fc.assert(
      fc.property(arbitraryPolicy(), (policy) => {
        const result = parsePolicySheet(asSheet(policy), DEFAULT_POLICY);
        expect(result.problems).toEqual([]);
        expect(result.policy).toEqual(policy);
      }),
      { numRuns: 150 }
    );
  });

  test("any valid variation of the default survives the full read", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom("USD", "CNY", null),
        (base, share, currency) => {
          const policy: Policy = {
            ...DEFAULT_POLICY,
            currency,
            limit: { ...DEFAULT_POLICY.limit, newCustomerBase: base * 1000 },
            extensionPaidShare: share / 100,
          };
          const result = readPolicySheet(asSheet(policy), DEFAULT_POLICY);
          expect(result.accepted).toBe(true);
          expect(result.policy).toEqual(policy);
        }
      ),
      { numRuns: 50 }
    );
  });
});

const num = fc
  .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((x) => (Object.is(x, -0) ? 0 : x));
const share = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const text = fc
  .string({ minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

function arbitraryPolicy(): fc.Arbitrary<Policy> {
  const curve = fc.array(fc.record({ x: num, rating: num }), { minLength: 1, maxLength: 6 });
  return fc
    .record({
      version: text,
      minorPerUnit: fc.integer({ min: 1, max: 1000 }),
      currency: fc.option(fc.constantFrom("USD", "CNY", "HKD", "TWD"), { nil: null }),
      factors: fc.uniqueArray(fc.constantFrom(...FACTOR_KEYS), { minLength: 1 }).chain((keys) =>
        fc.tuple(
          ...keys.map((key) =>
            fc.record({
              key: fc.constant(key),
              group: fc.constantFrom(
                "creditFinancial",
                "customerOwn",
                "priority"
              ) as fc.Arbitrary<"creditFinancial">,
              weight: num,
            })
          )
        )
      ),
      minCoverage: share,
      curves: fc.tuple(curve, curve, curve, curve, curve, curve),
      grades: fc.array(
        fc.record({
          grade: fc.constantFrom("A", "B", "C", "D") as fc.Arbitrary<"A">,
          minScore: num,
        }),
        { minLength: 1, maxLength: 5 }
      ),
      gmSignOffGrades: fc.subarray(["A", "B", "C", "D"] as ("A" | "B" | "C" | "D")[]),
      bands: fc.array(fc.record({ minScore: num, multiplier: num, termsDays: num }), {
        minLength: 1,
        maxLength: 6,
      }),
      steps: fc.array(fc.record({ maxE: num, rate: share }), { maxLength: 10 }),
      levels: fc.array(
        fc.record({
          level: fc.integer({ min: 1, max: 9 }),
          maxLimit: fc.option(num, { nil: null }),
        }),
        { minLength: 1, maxLength: 7 }
      ),
      edges: fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 8 }),
      collection: fc.array(
        fc.record({ minDays: num, action: fc.constantFrom(...COLLECTION_ACTIONS) }),
        { minLength: 1, maxLength: 8 }
      ),
      debtClasses: fc.array(
        fc.record({
          maxDays: fc.option(num, { nil: null }),
          debtClass: fc.constantFrom(...DEBT_CLASSES),
        }),
        { minLength: 1, maxLength: 6 }
      ),
      mode: fc.constantFrom("lower", "report", "off") as fc.Arbitrary<"lower">,
      basis: fc.constantFrom("dueDate", "invoiceDate") as fc.Arbitrary<"dueDate">,
      numbers: fc.array(num, { minLength: 12, maxLength: 12 }),
      shares: fc.array(share, { minLength: 10, maxLength: 10 }),
      lossBuckets: fc.array(
        fc.record({
          floor: share,
          adjustment: fc
            .double({ min: -1, max: 1, noNaN: true })
            .map((x) => (Object.is(x, -0) ? 0 : x)),
        }),
        { minLength: 1, maxLength: 8 }
      ),
      gradeFactors: fc.array(num, { minLength: 5, maxLength: 5 }),
      letters: fc.array(
        fc.record({
          action: fc.constantFrom(...COLLECTION_ACTIONS),
          language: fc.constantFrom(...LETTER_LANGUAGES),
          // The sheet reader trims a cell's text, as it does for every other value.
          subject: fc.string().map((text) => text.trim()),
          body: fc.string().map((text) => text.trim()),
        }),
        { maxLength: 4 }
      ),
    })
    .map((a): Policy => ({
      version: a.version,
      minorPerUnit: a.minorPerUnit,
      currency: a.currency,
      score: { ratingMax: a.numbers[0], minCoverage: a.minCoverage, factors: a.factors },
      derivation: {
        quickRatio: a.curves[0],
        debtRatio: a.curves[1],
        assetTurnover: a.curves[2],
        netMargin: a.curves[3],
        onTimeShare: a.curves[4],
        daysBeyondTerms: a.curves[5],
      },
      grades: a.grades,
      gmSignOffGrades: a.gmSignOffGrades,
      limit: {
        bands: a.bands,
        newCustomerBase: a.numbers[1],
        newCustomerMinOrders: a.numbers[2],
        baseWindowMonths: a.numbers[3],
        roundingUnit: a.numbers[4],
      },
      workingCapital: { mode: a.mode, steps: a.steps, rateAbove: a.shares[0] },
      approvalLevels: a.levels,
      adjustments: {
        reduceOverdueDays: a.numbers[5],
        suspendOverdueDays: a.numbers[6],
        reduceBadPayments: a.numbers[7],
        suspendBadPayments: a.numbers[8],
        reduceInactiveMonths: a.numbers[9],
        suspendInactiveMonths: a.numbers[10],
        reduceBandSteps: a.numbers[11],
      },
      aging: { edges: a.edges, basis: a.basis },
      collection: a.collection,
      debtClasses: a.debtClasses,
      extensionPaidShare: a.shares[1],
      portfolio: {
        salesWindowDays: a.numbers[0],
        abcAShare: a.shares[2],
        abcBShare: a.shares[3],
        coreShare: a.shares[4],
        coreYears: a.numbers[1],
      },
      warnings: {
        financeChargesToSales: a.shares[5],
        minYearsInBusiness: a.numbers[2],
        receivablesToAssets: a.shares[6],
        inventoryToAssets: a.shares[7],
        fixedAssetsToAssets: a.shares[8],
        minEquityToAssets: a.shares[9],
      },
      lossAllowance: { buckets: a.lossBuckets, minReviews: a.numbers[3] },
      collections: {
        promiseGraceDays: a.numbers[4],
        brokenPromisesWindowMonths: a.numbers[5],
        reduceBrokenPromises: a.numbers[6],
        suspendBrokenPromises: a.numbers[7],
        ageFactorDays: a.numbers[8],
        gradeFactors: {
          A: a.gradeFactors[0],
          B: a.gradeFactors[1],
          C: a.gradeFactors[2],
          D: a.gradeFactors[3],
          ungraded: a.gradeFactors[4],
        },
        letters: a.letters,
      },
    }));
}
