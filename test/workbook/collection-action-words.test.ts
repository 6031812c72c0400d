/** A log line's action as finance staff type it in Chinese: the usual phrases, not only single words. */
import { parseContactActionCell } from "../../src/workbook/parse-collection-words";

describe("collection actions typed as phrases", () => {
  test.each([
    ["上门拜访", "VISIT"],
    ["上門拜訪", "VISIT"],
    ["上门催收", "VISIT"],
    ["打电话", "CALL"],
    ["打電話", "CALL"],
    ["发邮件", "EMAIL"],
    ["拜访", "VISIT"],
  ])("%s → %s", (typed, action) => {
    expect(parseContactActionCell(typed)).toEqual({ ok: true, value: action });
  });

  test("a phrase it does not know is still refused, with the accepted words", () => {
    const parsed = parseContactActionCell("吃饭");
    expect(parsed.ok).toBe(false);
  });
});
