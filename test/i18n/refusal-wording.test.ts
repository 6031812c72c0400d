/**
 * The words of a refused policy sheet and of a sheet too large to read: data from the reader
 * (code, sheet, params) becomes one sentence per locale, the issue worded by its own template.
 */
import { problemMessage } from "../../src/i18n/problem-messages";
import type { Problem } from "../../src/engine/types";

const place = { sheet: "Policy", row: null, cell: null, header: null, field: null };

const weightsRefused: Problem = {
  code: "POLICY_INVALID",
  severity: "error",
  place,
  value: null,
  params: { sum: 101, total: 100, policyIssue: "WEIGHT_SUM", policyPath: "score.factors" },
};

describe("a refused policy sheet's problem is worded from its issue", () => {
  test("weights summing to 101 in English, Simplified and Traditional Chinese", () => {
    expect(problemMessage(weightsRefused, "en-US")).toBe(
      "Policy: the policy is refused: score.factors: weights sum to 101, must sum to 100"
    );
    expect(problemMessage(weightsRefused, "zh-CN")).toBe(
      "Policy：信用政策被拒绝：score.factors：权重合计为 101，应为 100"
    );
    expect(problemMessage(weightsRefused, "zh-TW")).toBe(
      "Policy：信用政策被拒絕：score.factors：權重合計為 101，應為 100"
    );
  });

  test("a band's position as the sheet counts it stays in the sentence", () => {
    const band: Problem = {
      ...weightsRefused,
      params: {
        value: -1,
        min: 0,
        policyIssue: "OUT_OF_RANGE",
        policyPath: "limit.bands.2.multiplier",
      },
    };
    expect(problemMessage(band, "en-US")).toBe(
      "Policy: the policy is refused: limit.bands.2.multiplier: -1 is out of range: must be at least 0"
    );
  });
});

describe("a sheet too large to read", () => {
  const notRead = (variant: string | null): Problem => ({
    code: "SHEET_NOT_READ",
    severity: "error",
    place: { ...place, sheet: "Notes" },
    value: null,
    params: {
      range: "A1:XFD1048576",
      cells: "17,179,869,184",
      limit: "8,000,000",
      ...(variant === null ? {} : { variant }),
    },
  });

  test("a sheet whose dimension only declares its reach says so, in each language", () => {
    expect(problemMessage(notRead("declared"), "en-US")).toBe(
      "Notes: the sheet declares that it reaches A1:XFD1048576 (17,179,869,184 cells), more than the 8,000,000 cells a sheet may have to fit in memory; it was not read. Delete the cells far from the table, or split the sheet, and run again."
    );
    expect(problemMessage(notRead("declared"), "zh-CN")).toContain("声明其延伸到 A1:XFD1048576");
    expect(problemMessage(notRead("declared"), "zh-TW")).toContain("宣告其延伸到 A1:XFD1048576");
    expect(problemMessage(notRead(null), "en-US")).toContain("the sheet reaches A1:XFD1048576");
  });
});
