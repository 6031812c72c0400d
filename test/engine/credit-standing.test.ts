/** Status words read as the status acts: an OK customer in the band below 60 has no credit. */
import { creditStanding, reasonsOfStanding } from "../../src/engine/credit-standing";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { review } from "../../src/engine/review";
import { allRated, customer, day } from "./helpers";

const asOf = day("2026-06-30");

describe("credit standing", () => {
  const result = review(
    {
      customers: [
        // 5 everywhere → score 50, grade D: limit 0, terms 0, status OK with LOW_SCORE.
        customer("LOW", { ratings: allRated(5) }),
        // 8 everywhere → score 80, grade B: new customer, base 300,000 × 200 % = 600,000.
        customer("GOOD", { ratings: allRated(8) }),
        // Two factors rated (weight 12 of 100 < 60 %): no grade, no credit.
        customer("THIN", { ratings: { bankCredit: 10, guarantee: 10 } }),
        // Score 50 and marked suspended by hand: suspended, and LOW_SCORE did not cause that.
        customer("HAND", { ratings: allRated(5), manualSuspend: true }),
      ],
      receivables: [],
    },
    DEFAULT_POLICY,
    asOf
  );
  const byId = (id: string) => {
    const found = result.customers.find((c) => c.id === id);
    if (found === undefined) throw new Error(id);
    return found;
  };

  test("score 50: machine status OK and LOW_SCORE, standing NO_CREDIT (limit 0, terms 0)", () => {
    const low = byId("LOW");
    expect([low.score, low.grade, low.status, low.reasons, low.limit, low.termsDays]).toEqual([
      50,
      "D",
      "OK",
      ["LOW_SCORE"],
      0,
      0,
    ]);
    expect(creditStanding(low)).toBe("NO_CREDIT");
    expect(reasonsOfStanding(low)).toEqual(["LOW_SCORE"]);
  });

  test("score 80 with credit: OK", () => {
    expect(byId("GOOD").limit).toBe(60_000_000);
    expect(creditStanding(byId("GOOD"))).toBe("OK");
  });

  test("insufficient data: NO_CREDIT as well", () => {
    expect(byId("THIN").reasons).toEqual(["INSUFFICIENT_DATA"]);
    expect(creditStanding(byId("THIN"))).toBe("NO_CREDIT");
  });

  test("a suspended customer stays suspended; only the reasons that caused it are its standing's", () => {
    const hand = byId("HAND");
    expect(hand.status).toBe("SUSPEND");
    expect([...hand.reasons].sort()).toEqual(["LOW_SCORE", "MANUAL_SUSPEND"]);
    expect(creditStanding(hand)).toBe("SUSPEND");
    expect(reasonsOfStanding(hand)).toEqual(["MANUAL_SUSPEND"]);
  });

  test("a limit of 0 for want of recent orders keeps its terms and its OK", () => {
    expect(creditStanding({ status: "OK", reasons: [] })).toBe("OK");
    expect(creditStanding({ status: "OK", reasons: ["NEGATIVE_EQUITY"] })).toBe("OK");
  });
});
