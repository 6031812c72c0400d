/**
 * The Trends tab's roll rate for a bucket with nothing that rolled or was paid: 0 % with the
 * reason beside it, as the Loss Allowance sheet writes 0 beside a basis of 0, never a dash.
 */
import { catalogs, addLateCatalogs } from "../../src/i18n/messages";
import { lateCatalogs } from "../../src/i18n/messages-late";
import { createTranslator } from "../../src/i18n/translate";
import { rollRateText } from "../../src/taskpane/components/trends/roll-rate-text";

addLateCatalogs(lateCatalogs);
const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

describe("a roll rate in the Trends tab", () => {
  test("a basis of 1,800 and a rate of 1/3 shows 33.33%", () => {
    const t = createTranslator("en-US", catalogs);
    expect(rollRateText(1 / 3, 180_000, percent, t)).toBe("33.33%");
  });

  test("a basis of 0 shows 0.00% and why, in English and both Chinese scripts", () => {
    expect(rollRateText(null, 0, percent, createTranslator("en-US", catalogs))).toBe(
      "0.00% (no amount to roll)"
    );
    expect(rollRateText(0, 0, percent, createTranslator("zh-CN", catalogs))).toBe(
      "0.00%（没有可滚动的金额）"
    );
    expect(rollRateText(0, 0, percent, createTranslator("zh-TW", catalogs))).toBe(
      "0.00%（沒有可滾動的金額）"
    );
  });

  test("the method sentence says what the sheet says: days elapsed, basis 0 shown as 0 %", () => {
    const t = createTranslator("en-US", catalogs);
    const method = t("trends.methodRollRates", {
      count: 3,
      first: "2026-04-30",
      last: "2026-06-30",
    });
    expect(method).toContain("followed to the next review by the days between the two");
    expect(method).toContain(
      "A bucket with no such amount shows 0 % and is provided at its floor."
    );
  });
});
