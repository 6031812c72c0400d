import fc from "fast-check";
import { agingBucketIndex, bucketLabels, daysOverdue } from "../../src/engine/aging";
import { collectionActionFor } from "../../src/engine/collection";
import { debtClassFor } from "../../src/engine/debt-class";
import { EMPTY_EDGES, EXTENSION_AMOUNT_NOT_POSITIVE } from "../../src/engine/errors";
import { extensionTreatment } from "../../src/engine/extension";
import { minor } from "../../src/engine/money";
import { addDays, serialDate } from "../../src/engine/serial-date";
import { orderCheck } from "../../src/engine/order-check";
import { reviewContext } from "../../src/engine/review-context";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { day, units } from "./helpers";

const P = DEFAULT_POLICY;
const edges = P.aging.edges;
const labels = bucketLabels(edges);

describe("aging buckets (§7, §11)", () => {
  test("labels from the edges", () => {
    expect(labels).toEqual(["Not due", "1-30", "31-60", "61-90", "91-180", ">180"]);
    expect(bucketLabels([0, 15], "未到期")).toEqual(["未到期", "1-15", ">15"]);
    expect(() => bucketLabels([])).toThrow(EMPTY_EDGES);
  });

  test("days overdue = as-of − due; due today is 0, not overdue", () => {
    expect(daysOverdue(day("2026-06-30"), day("2026-06-30"))).toBe(0);
    expect(daysOverdue(day("2026-05-16"), day("2026-06-30"))).toBe(45);
    expect(daysOverdue(day("2026-07-10"), day("2026-06-30"))).toBe(-10);
  });

  test.each([
    [-10, "Not due"],
    [0, "Not due"],
    [1, "1-30"],
    [30, "1-30"],
    [31, "31-60"],
    [60, "31-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "91-180"],
    [180, "91-180"],
    [181, ">180"],
    [365, ">180"],
    [366, ">180"],
  ])("%p days → %s (upper edges inclusive)", (days, label) => {
    expect(labels[agingBucketIndex(days, edges)]).toBe(label);
  });

  test("worked example: due 45 days ago → 31-60, second letter and stop supply, in collection", () => {
    const days = daysOverdue(day("2026-05-16"), day("2026-06-30"));
    expect(labels[agingBucketIndex(days, edges)]).toBe("31-60");
    expect(collectionActionFor(days, P)).toBe("SECOND_LETTER_STOP_SUPPLY");
    expect(debtClassFor(days, P)).toBe("IN_COLLECTION");
  });

  test("property: a later as-of date never moves an invoice to a younger bucket", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 40_000, max: 50_000 }).map(serialDate),
        fc.integer({ min: 40_000, max: 50_000 }).map(serialDate),
        fc.nat(2_000),
        (due, asOf, later) => {
          const before = agingBucketIndex(daysOverdue(due, asOf), edges);
          const after = agingBucketIndex(daysOverdue(due, addDays(asOf, later)), edges);
          expect(after).toBeGreaterThanOrEqual(before);
        }
      )
    );
  });
});

describe("collection ladder (§8, §11)", () => {
  test.each([
    [-1, "NONE"],
    [0, "PHONE_REMINDER"],
    [14, "PHONE_REMINDER"],
    [15, "FIRST_LETTER"],
    [29, "FIRST_LETTER"],
    [30, "SECOND_LETTER_STOP_SUPPLY"],
    [59, "SECOND_LETTER_STOP_SUPPLY"],
    [60, "THIRD_LETTER"],
    [89, "THIRD_LETTER"],
    [90, "FOURTH_LETTER"],
    [91, "COLLECTION_AGENCY"],
    [180, "COLLECTION_AGENCY"],
    [181, "LEGAL_ACTION"],
    [1000, "LEGAL_ACTION"],
  ])("%p days → %s", (days, action) => {
    expect(collectionActionFor(days, P)).toBe(action);
  });
});

describe("debt class (§8, §11)", () => {
  test.each([
    [-5, "CURRENT"],
    [0, "CURRENT"],
    [1, "IN_COLLECTION"],
    [90, "IN_COLLECTION"],
    [91, "DOUBTFUL"],
    [180, "DOUBTFUL"],
    [181, "BAD"],
    [365, "BAD"],
    [366, "DEAD"],
  ])("%p days → %s", (days, debtClass) => {
    expect(debtClassFor(days, P)).toBe(debtClass);
  });
});

describe("order check (§5)", () => {
  const limit = units(1_000_000);
  test("OK when exposure + order ≤ limit and nothing is overdue", () => {
    expect(orderCheck(limit, units(600_000), units(400_000), 0)).toBe("OK");
    expect(orderCheck(limit, units(600_000), units(400_000), -12)).toBe("OK");
  });
  test("CASH ONLY when the order would exceed the limit", () => {
    expect(orderCheck(limit, units(600_000), minor(units(400_000) + 1), 0)).toBe("CASH ONLY");
    expect(orderCheck(minor(0), minor(0), units(1), 0)).toBe("CASH ONLY");
  });
  test("HOLD when anything is overdue, whatever the limit", () => {
    expect(orderCheck(limit, minor(0), units(1), 1)).toBe("HOLD");
    expect(orderCheck(limit, units(600_000), units(900_000), 45)).toBe("HOLD");
  });
});

describe("partial payment on an extension request (§8)", () => {
  test("paid < 50 % → penalty and interest; ≥ 50 % → interest only", () => {
    expect(extensionTreatment(units(10_000), units(4_999.99), P)).toBe("PENALTY_AND_INTEREST");
    expect(extensionTreatment(units(10_000), units(5_000), P)).toBe("INTEREST_ONLY");
    expect(extensionTreatment(units(10_000), minor(0), P)).toBe("PENALTY_AND_INTEREST");
    expect(() => extensionTreatment(minor(0), minor(0), P)).toThrow(EXTENSION_AMOUNT_NOT_POSITIVE);
  });
});

describe("the ladders tabulated for the review", () => {
  test("property: the tables give what the functions give, for any day", () => {
    const shifted = structuredClone(P);
    shifted.collection = [
      { minDays: -5, action: "PHONE_REMINDER" },
      { minDays: 45, action: "THIRD_LETTER" },
    ];
    shifted.aging.edges = [5, 45, 400];
    shifted.debtClasses = [
      { maxDays: 10, debtClass: "CURRENT" },
      { maxDays: 400, debtClass: "BAD" },
      { maxDays: null, debtClass: "DEAD" },
    ];
    for (const policy of [P, shifted]) {
      const ctx = reviewContext(day("2026-06-30"), policy, true);
      fc.assert(
        fc.property(fc.integer({ min: -2_000, max: 5_000 }), (days) => {
          expect(ctx.actionByDays.at(days)).toBe(collectionActionFor(days, policy));
          expect(ctx.debtClassByDays.at(days)).toBe(debtClassFor(days, policy));
          expect(ctx.bucketByDays.at(days)).toBe(agingBucketIndex(days, policy.aging.edges));
        })
      );
    }
  });
});
