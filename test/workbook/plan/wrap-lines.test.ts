/** Letter paragraphs cut into lines that fit the printed page. */
import fc from "fast-check";
import { displayWidth } from "../../../src/workbook/text-width";
import { wrapLines } from "../../../src/workbook/wrap-lines";

describe("wrapLines", () => {
  test("Latin text breaks at spaces: 'aaa bbb ccc' in 7 columns → 'aaa bbb', 'ccc'", () => {
    expect(wrapLines("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
  });

  test("CJK text breaks between characters, each counting two columns", () => {
    expect(wrapLines("截至今日逾期", 8)).toEqual(["截至今日", "逾期"]);
  });

  test("a word wider than the line stays whole on its own line", () => {
    expect(wrapLines("a INV-0000000001 b", 6)).toEqual(["a", "INV-0000000001", "b"]);
  });

  test("property: lines fit unless a single word is too wide, and no word is lost", () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 8, max: 40 }),
        (words, width) => {
          const lines = wrapLines(words.join(" "), width);
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(lines.join(" ").split(" ")).toEqual(words);
        }
      )
    );
  });
});
