import fc from "fast-check";
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policy-validation";
import { policyIssuesOf, policyWith } from "./helpers";

describe("validatePolicy (BAD-INPUTS #32)", () => {
  test("accepts the default policy and returns it", () => {
    const result = validatePolicy(DEFAULT_POLICY);
    expect(result).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });

  test("weights not summing to 100: says the sum", () => {
    const errors = policyIssuesOf(
      policyWith((p) => {
        p.score.factors[0].weight = 7;
      })
    );
    expect(errors).toEqual(["score.factors WEIGHT_SUM sum=95 total=100"]);
  });

  test("unsorted and overlapping bucket edges", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.aging.edges = [0, 60, 30, 90];
        })
      )
    ).toEqual(["aging.edges.2 NOT_ORDERED value=30 before=60 direction=increase"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.aging.edges = [0, 30, 30];
        })
      )[0]
    ).toBe("aging.edges.2 NOT_ORDERED value=30 before=30 direction=increase");
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.aging.edges = [0, 30.5];
        })
      )
    ).toEqual(["aging.edges.1 NOT_WHOLE value=30.5"]);
  });

  test("negative multipliers and bands that give more to a lower score", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.limit.bands[1].multiplier = -1;
        })
      )
    ).toContain("limit.bands.1.multiplier OUT_OF_RANGE value=-1 min=0");
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.limit.bands[2].multiplier = 2.5;
        })
      )
    ).toEqual(["limit.bands.2.multiplier ABOVE_HIGHER_BAND value=2.5 above=2"]);
  });

  test("unsorted bands and grades", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.limit.bands[1].minScore = 95;
        })
      )[0]
    ).toBe("limit.bands.1.minScore NOT_ORDERED value=95 before=90 direction=decrease");
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.grades[2].minScore = 85;
        })
      )[0]
    ).toBe("grades.2.minScore NOT_ORDERED value=85 before=80 direction=decrease");
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.limit.bands[3].minScore = 10;
        })
      )
    ).toEqual(["limit.bands.3.minScore LOWEST_BAND_NOT_ZERO value=10"]);
  });

  test("curves with unsorted x and ratings above the maximum", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.derivation.netMargin[2].x = -0.1;
        })
      )
    ).toEqual(["derivation.netMargin.2.x NOT_ORDERED value=-0.1 before=0 direction=increase"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.derivation.quickRatio[3].rating = 11;
        })
      )
    ).toEqual(["derivation.quickRatio.3.rating OUT_OF_RANGE value=11 min=0 max=10"]);
  });

  test("missing fields and non-finite numbers", () => {
    const missing = structuredClone(DEFAULT_POLICY) as Partial<Policy>;
    delete missing.collection;
    expect(policyIssuesOf(missing)).toEqual(["collection MISSING"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.extensionPaidShare = Number.NaN;
        })
      )
    ).toEqual(["extensionPaidShare NOT_NUMBER found=NaN"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.limit.roundingUnit = Number.POSITIVE_INFINITY;
        })
      )
    ).toEqual(["limit.roundingUnit NOT_NUMBER found=Infinity"]);
    expect(policyIssuesOf(null)).toEqual(["policy NOT_OBJECT found=null"]);
  });

  test("shares outside 0..1 and other out-of-range values", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.portfolio.abcAShare = 80;
        })
      )
    ).toContain("portfolio.abcAShare OUT_OF_RANGE value=80 min=0 max=1");
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.score.minCoverage = 1.2;
        })
      )
    ).toEqual(["score.minCoverage OUT_OF_RANGE value=1.2 min=0 max=1"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.workingCapital.steps[3].rate = -0.1;
        })
      )
    ).toEqual(["workingCapital.steps.3.rate OUT_OF_RANGE value=-0.1 min=0 max=1"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.portfolio.abcBShare = 0.7;
        })
      )
    ).toEqual(["portfolio.abcBShare BELOW_OTHER_SHARE value=0.7 other=abcAShare otherValue=0.8"]);
  });

  test("unknown keys, duplicate factors and wrong words", () => {
    const errors = policyIssuesOf(
      policyWith((p) => {
        (p.score.factors[1] as { key: string }).key = "paymentRecord";
        (p.workingCapital as { mode: string }).mode = "lowest";
        (p.collection[0] as { action: string }).action = "CALL";
      })
    );
    expect(errors).toEqual([
      "score.factors.1.key DUPLICATE_FACTOR factor=paymentRecord",
      'workingCapital.mode NOT_ONE_OF found="lowest" allowed=lower, report, off',
      'collection.0.action NOT_ONE_OF found="CALL" allowed=NONE, PHONE_REMINDER, FIRST_LETTER, SECOND_LETTER_STOP_SUPPLY, THIRD_LETTER, FOURTH_LETTER, COLLECTION_AGENCY, LEGAL_ACTION',
    ]);
  });

  test("open-ended steps: only the last approval level and debt class may have no bound", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.approvalLevels[5].maxLimit = 30_000_000;
        })
      )
    ).toEqual(["approvalLevels.5.maxLimit LAST_MUST_BE_UNBOUNDED found=30000000"]);
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.debtClasses[1].maxDays = null;
        })
      )
    ).toContain("debtClasses.1.maxDays ONLY_LAST_UNBOUNDED");
  });

  test("suspend thresholds may not come before reduce thresholds", () => {
    expect(
      policyIssuesOf(
        policyWith((p) => {
          p.adjustments.suspendOverdueDays = 30;
        })
      )
    ).toEqual([
      "adjustments.suspendOverdueDays SUSPEND_BEFORE_REDUCE value=30 reduceKey=reduceOverdueDays reduce=60",
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
          expect(policyIssuesOf(policy)).toEqual([]);
        }
      )
    );
  });
});
