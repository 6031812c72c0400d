/**
 * The custom functions' failures worded by the language layer: the English sentences the
 * functions have always shown, the same params in every language, and the argument's place.
 */
import { creditGrade, creditScore, daysOverdueOf } from "../../src/functions/implementations";
import { lossRate } from "../../src/functions/loss-rate";
import { DATE_SYSTEM_1900 } from "../../src/functions/date-system";
import { type Failure, isFailure, type Outcome } from "../../src/functions/failure";
import {
  FUNCTION_FAILURE_REASONS,
  functionFailureMessage,
  functionMessageTexts,
  loadFunctionMessages,
} from "../../src/i18n/function-messages";
import { placeholdersOf } from "../../src/i18n/interpolate";
import { SUPPORTED_LOCALES } from "../../src/i18n/locales";

function failureOf<T>(outcome: Outcome<T>): Failure {
  if (!isFailure(outcome)) throw new Error(`expected a failure, got ${String(outcome)}`);
  return outcome;
}

function english(outcome: Outcome<unknown>): string {
  const failure = failureOf(outcome);
  return functionFailureMessage(failure.reason, failure.params, "en-US");
}

describe("another language's words", () => {
  test("are English until loaded, then its own", async () => {
    const failure = failureOf(creditGrade(null));
    const before = functionFailureMessage(failure.reason, failure.params, "zh-TW");
    await loadFunctionMessages("zh-TW");
    expect([before, functionFailureMessage(failure.reason, failure.params, "zh-TW")]).toEqual([
      "score is blank: a value is required",
      "score 為空：必須填寫",
    ]);
  });
});

describe("function failure sentences", () => {
  beforeAll(async () => {
    await loadFunctionMessages("zh-CN");
    await loadFunctionMessages("zh-TW");
  });

  test("English words each failure as the functions always have", () => {
    expect(english(creditScore([[8, "good"]]))).toBe(
      'ratings (item 2) must be a number, not "good"'
    );
    expect(english(creditScore([[8], [true]]))).toBe(
      'ratings (row 2, column 1) must be a number, not "true"'
    );
    expect(english(creditGrade(null))).toBe("score is blank: a value is required");
    // 59 of the default 100 weight rated (payment record, bank credit, profitability, solvency
    // and product requirements blank: 12 + 8 + 8 + 10 + 3 = 41).
    const ratings: (number | null)[] = new Array<number | null>(18).fill(8);
    for (const index of [0, 1, 2, 3, 13]) ratings[index] = null;
    expect(english(creditScore([ratings]))).toBe(
      "insufficient data: 59 % of the weight is rated, 60 % is needed"
    );
    expect(english(daysOverdueOf(46000, null, DATE_SYSTEM_1900))).toBe(
      "asOfDate is blank: give the review date (a date cell, or TODAY()), or use AR.DAYSOVERDUETODAY(dueDate) for today"
    );
    expect(english(lossRate(7, [[0.1, 0.4, 0.5, 0.6, 0.8, 0.9]]))).toBe(
      "bucketIndex 7 has no roll rate: rollRates holds 6 (one per aging bucket, 1 = Not due)"
    );
    expect(english(lossRate(1, undefined, undefined, 2))).toBe(
      "adjustment must be between -1 and 1, not 2"
    );
  });

  test("Chinese names the same cell and value in its own words", () => {
    const failure = failureOf(creditScore([[8], [true]]));
    expect(functionFailureMessage(failure.reason, failure.params, "zh-CN")).toBe(
      "ratings（第 2 行，第 1 列） 必须是数字，而不是“true”"
    );
    expect(functionFailureMessage(failure.reason, failure.params, "zh-TW")).toBe(
      "ratings（第 2 列，第 1 欄） 必須是數字，而不是「true」"
    );
  });

  test.each(SUPPORTED_LOCALES)(
    "%s words every reason with the same placeholders as English",
    (locale) => {
      const english = functionMessageTexts("en-US");
      const texts = functionMessageTexts(locale);
      for (const reason of FUNCTION_FAILURE_REASONS) {
        expect([reason, placeholdersOf(texts.templates[reason]).sort()]).toEqual([
          reason,
          placeholdersOf(english.templates[reason]).sort(),
        ]);
      }
      expect(placeholdersOf(texts.place.cell).sort()).toEqual(["argument", "column", "row"]);
      expect(placeholdersOf(texts.place.item).sort()).toEqual(["argument", "item"]);
    }
  );
});
