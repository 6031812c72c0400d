/**
 * A policy the engine refuses (a band's multiplier of −1 slipped past the form) fails the
 * simulation as data: the engine's code and issues, worded for the reader by the language layer,
 * never the raw code `INVALID_POLICY`.
 */
import { DEFAULT_POLICY, type Policy } from "../../src/engine/policy";
import { simulateEditedPolicy } from "../../src/taskpane/flow/simulate-policy";
import { simulationFailureDetail } from "../../src/taskpane/flow/simulation-failure-detail";
import { prepareReview } from "../../src/workbook/prepare-review";
import { ratedBook, reviewOptions } from "../workbook/history/rated-portfolio";

function negativeMultiplier(): Policy {
  const policy = structuredClone(DEFAULT_POLICY);
  policy.limit.bands[1].multiplier = -1;
  return policy;
}

async function simulateRefused() {
  const outcome = await prepareReview(
    ratedBook([{ id: "K1", rating: 9.2, open: 700_000 }]),
    reviewOptions()
  );
  if (outcome.kind !== "ready") throw new Error(`review ${outcome.kind}`);
  return simulateEditedPolicy(outcome, negativeMultiplier());
}

describe("a simulation the engine refuses", () => {
  test("fails with the engine's code and the issue that names the band's multiplier", async () => {
    const simulation = await simulateRefused();
    expect(simulation.kind).toBe("failed");
    if (simulation.kind !== "failed") return;
    expect(simulation.code).toBe("INVALID_POLICY");
    expect(simulation.issues).toContainEqual(
      expect.objectContaining({
        code: "OUT_OF_RANGE",
        place: { path: "limit.bands.1.multiplier" },
        params: expect.objectContaining({ value: -1, min: 0 }),
      })
    );
  });

  test("is worded issue by issue in the reader's language, without the raw code", async () => {
    const simulation = await simulateRefused();
    if (simulation.kind !== "failed") throw new Error("not refused");
    const english = simulationFailureDetail(simulation, "en-US", "refused");
    expect(english).toContain("limit.bands.1.multiplier: -1 is out of range: must be at least 0");
    expect(english).not.toContain("INVALID_POLICY");
    expect(simulationFailureDetail(simulation, "zh-CN", "refused")).toContain(
      "limit.bands.1.multiplier：-1 超出范围：应不小于 0"
    );
  });

  test("an engine refusal without issues takes the sentence the caller worded for it", () => {
    const failure = { kind: "failed" as const, code: "RATE_OUT_OF_RANGE" as const, issues: [] };
    expect(
      simulationFailureDetail(failure, "en-US", "the calculations refused one of its values.")
    ).toBe("the calculations refused one of its values.");
  });
});
