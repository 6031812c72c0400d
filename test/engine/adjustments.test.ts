import { adjustmentFor, inactivityCutoffs } from "../../src/engine/adjustments";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { day } from "./helpers";

const P = DEFAULT_POLICY;
const asOf = day("2026-06-30");
const cutoffs = inactivityCutoffs(asOf, P);
const quiet = { maxDaysOverdue: 0, badPayments3m: 0, lastBusinessDate: asOf, manualSuspend: false };

describe("limit adjustments (§6, §11 Adjustments)", () => {
  test("inactivity cut-offs are EDATE(asOf, −3) and EDATE(asOf, −6)", () => {
    expect(cutoffs).toEqual({ reduce: day("2026-03-30"), suspend: day("2025-12-30") });
  });

  test("nothing wrong → OK", () => {
    expect(adjustmentFor(quiet, cutoffs, P)).toEqual({ status: "OK", reasons: [] });
  });

  test.each([
    [59, "OK", []],
    [60, "REDUCE", ["OVERDUE_60"]],
    [89, "REDUCE", ["OVERDUE_60"]],
    [90, "SUSPEND", ["OVERDUE_90"]],
    [400, "SUSPEND", ["OVERDUE_90"]],
  ])("oldest overdue %p days → %s %p", (days, status, reasons) => {
    expect(adjustmentFor({ ...quiet, maxDaysOverdue: days }, cutoffs, P)).toEqual({
      status,
      reasons,
    });
  });

  test.each([
    [2, "OK", []],
    [3, "REDUCE", ["BAD_PAYMENTS"]],
    [4, "SUSPEND", ["BAD_PAYMENTS_SEVERE"]],
  ])("%p bad payments in 3 months → %s %p", (count, status, reasons) => {
    expect(adjustmentFor({ ...quiet, badPayments3m: count }, cutoffs, P)).toEqual({
      status,
      reasons,
    });
  });

  test.each([
    ["2026-03-31", "OK", []],
    ["2026-03-30", "REDUCE", ["INACTIVE_3M"]],
    ["2025-12-31", "REDUCE", ["INACTIVE_3M"]],
    ["2025-12-30", "SUSPEND", ["INACTIVE_6M"]],
  ])("last business on %s → %s %p", (date, status, reasons) => {
    expect(adjustmentFor({ ...quiet, lastBusinessDate: day(date) }, cutoffs, P)).toEqual({
      status,
      reasons,
    });
  });

  test("no history at all: no inactivity rule", () => {
    expect(adjustmentFor({ ...quiet, lastBusinessDate: null }, cutoffs, P)).toEqual({
      status: "OK",
      reasons: [],
    });
  });

  test("manual mark (bankrupt, business changed, assets frozen) → MANUAL_SUSPEND", () => {
    expect(adjustmentFor({ ...quiet, manualSuspend: true }, cutoffs, P)).toEqual({
      status: "SUSPEND",
      reasons: ["MANUAL_SUSPEND"],
    });
  });

  test("every family gives its most severe code; suspend wins over reduce", () => {
    const result = adjustmentFor(
      {
        maxDaysOverdue: 75,
        badPayments3m: 5,
        lastBusinessDate: day("2026-02-01"),
        manualSuspend: false,
      },
      cutoffs,
      P
    );
    expect(result).toEqual({
      status: "SUSPEND",
      reasons: ["OVERDUE_60", "BAD_PAYMENTS_SEVERE", "INACTIVE_3M"],
    });
  });
});
