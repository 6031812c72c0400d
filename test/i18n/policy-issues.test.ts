/** A refused policy's issues, worded in each language from their data alone. */
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { validatePolicy } from "../../src/engine/policy-validation";
import { placeholdersOf } from "../../src/i18n/interpolate";
import { POLICY_ISSUE_CATALOGS, policyIssueMessage } from "../../src/i18n/policy-issues";

function refused(candidate: unknown) {
  const checked = validatePolicy(candidate);
  if (checked.ok) throw new Error("expected a refusal");
  return checked;
}

const withWeight = (weight: number) => ({
  ...DEFAULT_POLICY,
  score: {
    ...DEFAULT_POLICY.score,
    factors: DEFAULT_POLICY.score.factors.map((factor, index) =>
      index === 0 ? { ...factor, weight } : factor
    ),
  },
});

describe("policy issues in words", () => {
  test("payment record weighted 11 instead of 12: the weights sum to 99, in three languages", () => {
    const [issue] = refused(withWeight(11)).issues;
    expect(issue).toEqual({
      code: "WEIGHT_SUM",
      severity: "error",
      place: { path: "score.factors" },
      params: { sum: 99, total: 100 },
    });
    expect(policyIssueMessage(issue, "en-US")).toBe(
      "score.factors: weights sum to 99, must sum to 100"
    );
    expect(policyIssueMessage(issue, "zh-CN")).toBe("score.factors：权重合计为 99，应为 100");
    expect(policyIssueMessage(issue, "zh-TW")).toBe("score.factors：權重合計為 99，應為 100");
  });

  test("a minimum coverage of 1.5 is out of range 0 to 1, named by its path", () => {
    const candidate = { ...DEFAULT_POLICY, score: { ...DEFAULT_POLICY.score, minCoverage: 1.5 } };
    const [issue] = refused(candidate).issues;
    expect(issue.place.path).toBe("score.minCoverage");
    expect(policyIssueMessage(issue, "en-US")).toBe(
      "score.minCoverage: 1.5 is out of range: must be between 0 and 1"
    );
  });

  test("every language has a sentence for every issue, with the same placeholders", () => {
    const english = POLICY_ISSUE_CATALOGS["en-US"];
    for (const catalog of Object.values(POLICY_ISSUE_CATALOGS)) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, template] of Object.entries(catalog))
        expect([key, placeholdersOf(template).sort()]).toEqual([
          key,
          placeholdersOf(english[key as keyof typeof english]).sort(),
        ]);
    }
  });

  test("property: every issue's sentence is filled (no {placeholder} left)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 200 }), (weight) => {
        fc.pre(weight !== 12);
        const checked = refused(withWeight(weight));
        expect(checked.issues.length).toBeGreaterThan(0);
        for (const issue of checked.issues)
          for (const locale of ["en-US", "zh-CN", "zh-TW"] as const)
            expect(policyIssueMessage(issue, locale)).not.toMatch(/\{[A-Za-z]+\}/);
      }),
      { numRuns: 40 }
    );
  });
});
