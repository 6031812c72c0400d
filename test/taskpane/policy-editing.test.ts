import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { validatePolicy, type PolicyIssue } from "../../src/engine/policy-validation";
import { parseEdges } from "../../src/taskpane/components/policy/AgingEdgesEditor";
import { policyFieldPaths } from "../../src/taskpane/components/policy/PolicyTab";
import { checkEdges, checkPolicy } from "../../src/taskpane/policy-editor/check-policy";
import { placeEngineErrors } from "../../src/taskpane/policy-editor/place-engine-errors";
import {
  setPolicyValue,
  UNKNOWN_POLICY_PATH,
} from "../../src/taskpane/policy-editor/set-policy-value";

/** Words an issue by its code and place, so a test sees which issue landed where. */
const wordIssue = (issue: PolicyIssue) => `${issue.code} ${issue.place.path}`;

describe("editing the policy", () => {
  it("the default policy has no issue, for the pane and for the engine", () => {
    expect(checkPolicy(DEFAULT_POLICY)).toEqual([]);
    expect(validatePolicy(DEFAULT_POLICY).ok).toBe(true);
  });

  it("changes one value by path and leaves the original untouched", () => {
    const edited = setPolicyValue(DEFAULT_POLICY, "limit.bands.2.multiplier", 1.25);
    expect(edited.limit.bands[2].multiplier).toBe(1.25);
    expect(DEFAULT_POLICY.limit.bands[2].multiplier).toBe(1.5);
    expect(() => setPolicyValue(DEFAULT_POLICY, "limit.nothing", 1)).toThrow(UNKNOWN_POLICY_PATH);
  });

  it("weights summing to 99 give one issue on the factors, naming the sum", () => {
    const edited = setPolicyValue(DEFAULT_POLICY, "score.factors.0.weight", 11);
    expect(checkPolicy(edited)).toEqual([
      { path: "score.factors", key: "policy.error.weightSum", params: { sum: 99 } },
    ]);
  });

  it("finds the engine's message about the weights on the factors' field", () => {
    const edited = setPolicyValue(DEFAULT_POLICY, "score.factors.0.weight", 11);
    const checked = validatePolicy(edited);
    if (checked.ok) throw new Error("a policy summing to 99 must be refused");
    expect(checked.issues).toEqual([
      {
        code: "WEIGHT_SUM",
        severity: "error",
        place: { path: "score.factors" },
        params: { sum: 99, total: 100 },
      },
    ]);
    const placed = placeEngineErrors(checked.issues, policyFieldPaths(DEFAULT_POLICY), wordIssue);
    expect(placed.byPath["score.factors"]).toEqual(["WEIGHT_SUM score.factors"]);
    expect(placed.unplaced).toEqual([]);
  });

  it("places an engine refusal about one band on that band's field by its place, not on another", () => {
    const edited = setPolicyValue(DEFAULT_POLICY, "limit.bands.2.multiplier", -1);
    const checked = validatePolicy(edited);
    if (checked.ok) throw new Error("a negative multiplier must be refused");
    expect(checked.issues.map((issue) => [issue.code, issue.place.path])).toContainEqual([
      "OUT_OF_RANGE",
      "limit.bands.2.multiplier",
    ]);
    const placed = placeEngineErrors(checked.issues, policyFieldPaths(DEFAULT_POLICY), wordIssue);
    expect(Object.keys(placed.byPath)).toContain("limit.bands.2.multiplier");
    expect(Object.keys(placed.byPath)).not.toContain("limit.bands.1.multiplier");
  });

  it("a place is matched by whole path segments: band 1 never takes band 12's refusal", () => {
    const issue = (path: string) =>
      ({ code: "NOT_NUMBER", severity: "error", place: { path }, params: {} }) as const;
    const placed = placeEngineErrors(
      [issue("limit.bands.12.multiplier")],
      ["limit.bands.1", "limit.bands.1.multiplier"],
      wordIssue
    );
    expect(placed).toEqual({ byPath: {}, unplaced: ["NOT_NUMBER limit.bands.12.multiplier"] });
  });

  it("edges must be whole days that rise", () => {
    expect(checkEdges([0, 30, 60])).toEqual([]);
    expect(checkEdges([0, 30, 30])[0]).toMatchObject({
      key: "policy.error.edgesOrder",
      params: { edge: 30, previous: 30 },
    });
    expect(checkEdges([0, 7.5])[0]).toMatchObject({ key: "policy.error.edgeWhole" });
    expect(parseEdges("0, 30，60;90")).toEqual([0, 30, 60, 90]);
    expect(parseEdges("0, x")).toBeNull();
  });

  it("weights scaled in proportion to a total of 100 raise no weight issue (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 18, maxLength: 18 }),
        (raw) => {
          const total = raw.reduce((a, b) => a + b, 0);
          let policy = DEFAULT_POLICY;
          raw.forEach((weight, index) => {
            policy = setPolicyValue(
              policy,
              `score.factors.${index}.weight`,
              (weight * 100) / total
            );
          });
          return checkPolicy(policy).every((issue) => issue.path !== "score.factors");
        }
      )
    );
  });

  it("any strictly rising list of whole days is accepted, and any list with a fall is refused (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 8 }), (days) => {
        const rising = [...days].sort((a, b) => a - b);
        const falling = [...rising].reverse();
        return (
          checkEdges(rising).length === 0 &&
          (rising.length === 1 || checkEdges(falling).length === 1)
        );
      })
    );
  });
});
