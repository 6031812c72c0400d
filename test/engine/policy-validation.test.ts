import fc from "fast-check";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policy-validation";
import { policyWith } from "./helpers";

function errorsOf(candidate: unknown): string[] {
  const result = validatePolicy(candidate);
  return result.ok ? [] : result.errors;
}

describe("validatePolicy (BAD-INPUTS #32)", () => {
  test("accepts the default policy and returns it", () => {
    const result = validatePolicy(DEFAULT_POLICY);
    expect(result).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  test("weights not summing to 100: says the sum", () => {
    const errors = errorsOf(
      policyWith((p) => {
        p.score.factors[0].weight = 7;
      })
    );
    expect(errors).toEqual(["score.factors: weights sum to 95, must sum to 100"]);
  });

  test("unsorted and overlapping bucket edges", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.aging.edges = [0, 60, 30, 90];
        })
      )
    ).toEqual([
      "aging.edges[2]: 30 after 60: values must strictly increase (unsorted or overlapping)",
    ]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.aging.edges = [0, 30, 30];
        })
      )[0]
    ).toMatch(/^aging\.edges\[2\]: 30 after 30/);
    expect(
      errorsOf(
        policyWith((p) => {
          p.aging.edges = [0, 30.5];
        })
      )
    ).toEqual(["aging.edges[1]: 30.5 must be a whole number"]);
  });

  test("negative multipliers and bands that give more to a lower score", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.limit.bands[1].multiplier = -1;
        })
      )
    ).toContain("limit.bands[1].multiplier: -1 is out of range: must be at least 0");
    expect(
      errorsOf(
        policyWith((p) => {
          p.limit.bands[2].multiplier = 2.5;
        })
      )
    ).toEqual(["limit.bands[2].multiplier: 2.5 is higher than the band above (2)"]);
  });

  test("unsorted bands and grades", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.limit.bands[1].minScore = 95;
        })
      )[0]
    ).toMatch(/^limit\.bands\[1\]\.minScore: 95 after 90: values must strictly decrease/);
    expect(
      errorsOf(
        policyWith((p) => {
          p.grades[2].minScore = 85;
        })
      )[0]
    ).toMatch(/^grades\[2\]\.minScore: 85 after 80/);
    expect(
      errorsOf(
        policyWith((p) => {
          p.limit.bands[3].minScore = 10;
        })
      )
    ).toEqual(["limit.bands[3].minScore: 10: the lowest band must start at 0"]);
  });

  test("curves with unsorted x and ratings above the maximum", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.derivation.netMargin[2].x = -0.1;
        })
      )
    ).toEqual([
      "derivation.netMargin[2].x: -0.1 after 0: values must strictly increase (unsorted or overlapping)",
    ]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.derivation.quickRatio[3].rating = 11;
        })
      )
    ).toEqual(["derivation.quickRatio[3].rating: 11 is out of range: must be between 0 and 10"]);
  });

  test("missing fields and non-finite numbers", () => {
    const missing = structuredClone(DEFAULT_POLICY) as Partial<Policy>;
    delete missing.collection;
    expect(errorsOf(missing)).toEqual(["collection: missing"]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.extensionPaidShare = Number.NaN;
        })
      )
    ).toEqual(["extensionPaidShare: must be a finite number, found NaN"]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.limit.roundingUnit = Number.POSITIVE_INFINITY;
        })
      )
    ).toEqual(["limit.roundingUnit: must be a finite number, found Infinity"]);
    expect(errorsOf(null)).toEqual(["policy: must be an object, found null"]);
  });

  test("shares outside 0..1 and other out-of-range values", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.portfolio.abcAShare = 80;
        })
      )
    ).toContain("portfolio.abcAShare: 80 is out of range: must be between 0 and 1");
    expect(
      errorsOf(
        policyWith((p) => {
          p.score.minCoverage = 1.2;
        })
      )
    ).toEqual(["score.minCoverage: 1.2 is out of range: must be between 0 and 1"]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.workingCapital.steps[3].rate = -0.1;
        })
      )
    ).toEqual(["workingCapital.steps[3].rate: -0.1 is out of range: must be between 0 and 1"]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.portfolio.abcBShare = 0.7;
        })
      )
    ).toEqual(["portfolio.abcBShare: 0.7 is below abcAShare (0.8)"]);
  });

  test("unknown keys, duplicate factors and wrong words", () => {
    const errors = errorsOf(
      policyWith((p) => {
        (p.score.factors[1] as { key: string }).key = "paymentRecord";
        (p.workingCapital as { mode: string }).mode = "lowest";
        (p.collection[0] as { action: string }).action = "CALL";
      })
    );
    expect(errors).toEqual([
      'score.factors[1].key: factor "paymentRecord" appears twice',
      'workingCapital.mode: "lowest" is not one of lower, report, off',
      'collection[0].action: "CALL" is not one of NONE, PHONE_REMINDER, FIRST_LETTER, SECOND_LETTER_STOP_SUPPLY, THIRD_LETTER, FOURTH_LETTER, COLLECTION_AGENCY, LEGAL_ACTION',
    ]);
  });

  test("open-ended steps: only the last approval level and debt class may have no bound", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.approvalLevels[5].maxLimit = 30_000_000;
        })
      )
    ).toEqual([
      "approvalLevels[5].maxLimit: 30000000: the last level must have no upper bound (null)",
    ]);
    expect(
      errorsOf(
        policyWith((p) => {
          p.debtClasses[1].maxDays = null;
        })
      )
    ).toContain("debtClasses[1].maxDays: only the last class may have no upper bound");
  });

  test("suspend thresholds may not come before reduce thresholds", () => {
    expect(
      errorsOf(
        policyWith((p) => {
          p.adjustments.suspendOverdueDays = 30;
        })
      )
    ).toEqual([
      "adjustments.suspendOverdueDays: 30 is below reduceOverdueDays (60): suspending must not come before reducing",
    ]);
  });

  test("property: every policy whose weights are scaled proportionally to 100 is accepted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1000, noNaN: true }), {
          minLength: 18,
          maxLength: 18,
        }),
        (raw) => {
          const total = raw.reduce((sum, w) => sum + w, 0);
          const policy = policyWith((p) => {
            p.score.factors.forEach((factor, i) => {
              factor.weight = (raw[i] / total) * 100;
            });
          });
          expect(errorsOf(policy)).toEqual([]);
        }
      )
    );
  });
});
