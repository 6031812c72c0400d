/** Host language tags → the locale the add-in speaks; the pseudo-locale marks every string. */
import fc from "fast-check";
import { resolveLocale, SUPPORTED_LOCALES, PSEUDO_LOCALE } from "../../src/i18n/locales";
import { accentLetters, pseudoLocalize, pseudoSheetName } from "../../src/i18n/pseudo";

describe("resolveLocale", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh", "zh-CN"],
    ["ZH_cn", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-Hant", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant-HK", "zh-TW"],
    // The script decides over the region.
    ["zh-Hans-HK", "zh-CN"],
    ["zh-Hant-SG", "zh-TW"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["en", "en-US"],
    ["fr-FR", "en-US"],
    ["ja-JP", "en-US"],
    ["", "en-US"],
    ["  ", "en-US"],
    ["qps-ploc", "qps-ploc"],
    ["QPS-PLOC", "qps-ploc"],
  ])("%s → %s", (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  test("no tag at all is English", () => {
    expect(resolveLocale(null)).toBe("en-US");
    expect(resolveLocale(undefined)).toBe("en-US");
  });

  test("any string resolves to a locale the add-in has, and only zh-… tags to Chinese", () => {
    const known = new Set<string>([...SUPPORTED_LOCALES, PSEUDO_LOCALE]);
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const locale = resolveLocale(tag);
        const chinese = locale === "zh-CN" || locale === "zh-TW";
        return known.has(locale) && chinese === /^zh([-_]|$)/i.test(tag.trim());
      })
    );
  });
});

describe("pseudo-locale", () => {
  test("brackets, accents and pads the English", () => {
    expect(pseudoLocalize("Score")).toBe("[Ŝçöŕé !!]");
    expect(pseudoLocalize("OK")).toBe("[ÖĶ !]");
  });

  test("keeps placeholders and command-line options usable", () => {
    // 16 characters → ceil(16 / 3) = 6 marks.
    expect(pseudoLocalize("Reading {file} …")).toBe("[Ŕéáðíñĝ {file} … !!!!!!]");
    expect(accentLetters("use --as-of or -q, not well-known")).toBe(
      "ûŝé --as-of öŕ -q, ñöţ ŵéļļ-ķñöŵñ"
    );
  });

  test("every non-empty English text comes out marked and without plain letters", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z ,.;()]{1,60}$/), (text) => {
        const pseudo = pseudoLocalize(text);
        return (
          pseudo.startsWith("[") &&
          pseudo.endsWith("]") &&
          pseudo.includes("!") &&
          !/[A-Za-z]/.test(pseudo)
        );
      })
    );
  });

  test("sheet names stay valid: no brackets, at most 31 characters, still marked", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z ]{1,40}$/), (name) => {
        const pseudo = pseudoSheetName(name);
        return pseudo.length <= 31 && !/[[\]]/.test(pseudo) && pseudo.endsWith("!!");
      })
    );
    expect(pseudoSheetName("Credit Log")).toBe(`${accentLetters("Credit Log")} !!`);
  });
});
