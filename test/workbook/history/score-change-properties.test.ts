/**
 * Score changes read back from the Credit Log: with every factor rated at both reviews (whole
 * ratings, so each factor's points are whole tenths and the log's one-decimal score is exact),
 * the factor points add up to the score change; and an unchanged customer has no change.
 */
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../../src/engine/policy";
import { review } from "../../../src/engine/review";
import { addDays } from "../../../src/engine/serial-date";
import {
  FACTOR_KEYS,
  type ReviewInput,
  type ReviewResult,
  type SerialDate,
} from "../../../src/engine/types";
import { outputLabels } from "../../../src/i18n";
import { customerScoreChanges } from "../../../src/workbook/customer-score-changes";
import { prepareReview } from "../../../src/workbook/prepare-review";
import { creditLogHeaders, creditLogRow } from "../../../src/workbook/plan-credit-log";
import type { RawCell } from "../../../src/workbook/raw";
import { readCreditLog } from "../../../src/workbook/read-credit-log";
import { AS_OF, ratedBook, reviewOptions } from "./rated-portfolio";

const LATER = addDays(AS_OF, 31);
const labels = outputLabels("en-US", DEFAULT_POLICY);
let input: ReviewInput;

beforeAll(async () => {
  const outcome = await prepareReview(
    ratedBook([{ id: "R1", rating: 5, open: 1000 }]),
    reviewOptions()
  );
  if (outcome.kind !== "ready") throw new Error(outcome.kind);
  input = outcome.input;
});

function rated(ratings: number[], asOf: SerialDate): ReviewResult {
  const customer = {
    ...input.customers[0],
    ratings: Object.fromEntries(FACTOR_KEYS.map((key, i) => [key, ratings[i]])),
  };
  return review({ ...input, customers: [customer] }, DEFAULT_POLICY, asOf);
}

/** The first review written to a log and read back, as the next review finds it. */
function loggedAndRead(result: ReviewResult) {
  const cells = [
    creditLogHeaders(labels),
    ...result.customers.map((c) => creditLogRow(c, result, labels, DEFAULT_POLICY)),
  ] as RawCell[][];
  return readCreditLog(
    { name: "Credit Log", cells, firstRow: 1, firstColumn: 1 },
    false,
    DEFAULT_POLICY.minorPerUnit
  ).entries;
}

const ratings = fc.array(fc.integer({ min: 0, max: 10 }), {
  minLength: FACTOR_KEYS.length,
  maxLength: FACTOR_KEYS.length,
});

test("the factor points add up to the score change when only ratings moved", () => {
  fc.assert(
    fc.property(ratings, ratings, (before, after) => {
      const log = loggedAndRead(rated(before, AS_OF));
      const change = customerScoreChanges(rated(after, LATER), log, DEFAULT_POLICY).get("R1");
      if (change === undefined) return;
      const sum = change.factors.reduce((total, factor) => total + factor.points, 0);
      expect(change.explained).toBe(true);
      expect(sum).toBeCloseTo((change.score.to ?? 0) - (change.score.from ?? 0), 6);
      expect(change.rest).toBeCloseTo(0, 6);
    }),
    { numRuns: 60 }
  );
});

test("the same ratings a month later: no change", () => {
  fc.assert(
    fc.property(ratings, (same) => {
      const log = loggedAndRead(rated(same, AS_OF));
      expect(customerScoreChanges(rated(same, LATER), log, DEFAULT_POLICY).size).toBe(0);
    }),
    { numRuns: 30 }
  );
});

test("worked: payment record 8 → 5 loses 12 × 3 / 10 = 3.6 points; solvency 6 → 7 gains 10 × 1 / 10 = 1", () => {
  const base = FACTOR_KEYS.map((key) => (key === "solvency" ? 6 : 8));
  const next = FACTOR_KEYS.map((key) => (key === "paymentRecord" ? 5 : key === "solvency" ? 7 : 8));
  const change = customerScoreChanges(
    rated(next, LATER),
    loggedAndRead(rated(base, AS_OF)),
    DEFAULT_POLICY
  ).get("R1");
  // 80 − 10 × 2 / 10 = 78.0 before; 78 − 3.6 + 1 = 75.4 after.
  expect(change?.score).toEqual({ from: 78, to: 75.4 });
  expect(change?.factors.map((f) => [f.key, Number(f.points.toFixed(6)), f.rating])).toEqual([
    ["paymentRecord", -3.6, { from: 8, to: 5 }],
    ["solvency", 1, { from: 6, to: 7 }],
  ]);
});

test("a log row without the recorded ratings: the change is kept, its factors unexplained", () => {
  const log = loggedAndRead(
    rated(
      FACTOR_KEYS.map(() => 9),
      AS_OF
    )
  ).map((entry) => ({ ...entry, explanation: undefined })); // as a row older than the columns reads
  const change = customerScoreChanges(
    rated(
      FACTOR_KEYS.map(() => 8),
      LATER
    ),
    log,
    DEFAULT_POLICY
  ).get("R1");
  expect(change).toMatchObject({ explained: false, factors: [], rest: null });
  expect(change?.grade).toEqual({ from: "A", to: "B" });
});
