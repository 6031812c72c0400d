/**
 * The UI-string mechanism, and the catalogs that plug into it (pane messages, command line):
 * complete, filled, translated, in the right script, with the same placeholders as English.
 */
import { addLateCatalogs, catalogs } from "../../src/i18n/messages";
import { lateCatalogs } from "../../src/i18n/messages-late";
import { CLI_CATALOGS, cliTranslator, usageText } from "../../src/i18n/cli-messages";
import { catalogProblems, createTranslator, type Catalogs } from "../../src/i18n/translate";
import { interpolate, placeholdersOf } from "../../src/i18n/interpolate";
import { hasHan, simplifiedOnlyIn, traditionalOnlyIn } from "./script-chars";

type Key = "greeting" | "count" | "title";
const sample: Catalogs<Key> = {
  "en-US": { greeting: "Hello {name}", count: "Customers: {count}", title: "Credit Desk" },
  "zh-CN": { greeting: "你好，{name}", count: "客户：{count}" },
  "zh-TW": { greeting: "你好，{name}", count: "", title: "信用管理台" },
};

describe("createTranslator", () => {
  test("fills placeholders in the locale's own text", () => {
    expect(createTranslator("zh-CN", sample)("greeting", { name: "王" })).toBe("你好，王");
    expect(createTranslator("en-US", sample)("count", { count: 3 })).toBe("Customers: 3");
  });

  test("a key missing or empty in a locale falls back to English", () => {
    expect(createTranslator("zh-CN", sample)("title")).toBe("Credit Desk");
    expect(createTranslator("zh-TW", sample)("count", { count: 7 })).toBe("Customers: 7");
  });

  test("the pseudo-locale marks the English and still fills placeholders", () => {
    expect(createTranslator("qps-ploc", sample)("greeting", { name: "Li" })).toBe(
      "[Ĥéļļö Li !!!!]"
    );
  });

  test("a placeholder without a value stays visible", () => {
    expect(createTranslator("en-US", sample)("greeting")).toBe("Hello {name}");
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
    expect(placeholdersOf("{a} {b} {a}")).toEqual(["a", "b"]);
  });

  test("catalogProblems names every missing, empty or mis-placeholdered key", () => {
    const broken: Catalogs<Key> = {
      ...sample,
      "zh-CN": { greeting: "你好，{名字}", count: "客户：{count}", title: "信用管理台" },
    };
    expect(catalogProblems(sample)).toEqual([
      { locale: "zh-CN", key: "title", kind: "missing" },
      { locale: "zh-TW", key: "count", kind: "empty" },
    ]);
    expect(catalogProblems(broken)).toEqual([
      { locale: "zh-CN", key: "greeting", kind: "placeholders" },
      { locale: "zh-TW", key: "count", kind: "empty" },
    ]);
  });
});

/** Language names are written in their own language in every catalog (so anyone finds theirs). */
const ENDONYM_KEYS = new Set(["language.en-US", "language.zh-CN", "language.zh-TW"]);

const realCatalogs: [string, Catalogs<string>][] = [
  ["pane messages", catalogs],
  ["pane messages of the lazily loaded parts", lateCatalogs],
  ["command line", CLI_CATALOGS],
];

describe.each(realCatalogs)("%s catalogs", (_name, set) => {
  const english: Record<string, string> = set["en-US"];
  const translated = (locale: "zh-CN" | "zh-TW") =>
    Object.entries(set[locale] as Record<string, string>).filter(([key]) => !ENDONYM_KEYS.has(key));

  test("every key is present and filled, with English's placeholders", () => {
    expect(catalogProblems(set)).toEqual([]);
  });

  test("no Chinese text with words is the English one or free of Chinese", () => {
    // "{sheet}：{message}" has no word to translate: only texts with letters are checked.
    const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{[^{}]*\}/g, ""));
    for (const locale of ["zh-CN", "zh-TW"] as const) {
      const untranslated = translated(locale).filter(
        ([key, text]) => hasWords(text) && (text === english[key] || !hasHan(text))
      );
      expect(untranslated).toEqual([]);
    }
  });

  test("zh-CN has no Traditional-only and zh-TW no Simplified-only character", () => {
    expect(translated("zh-CN").filter(([, text]) => traditionalOnlyIn(text).length > 0)).toEqual(
      []
    );
    expect(translated("zh-TW").filter(([, text]) => simplifiedOnlyIn(text).length > 0)).toEqual([]);
  });

  test("the pseudo-locale marks every text", () => {
    const t = createTranslator("qps-ploc", set);
    const unmarked = Object.keys(english).filter((key) => {
      const text = t(key);
      return !(text.startsWith("[") && text.endsWith("]"));
    });
    expect(unmarked).toEqual([]);
  });

  test("English texts carry no Chinese", () => {
    expect(
      Object.entries(english).filter(([key, text]) => !ENDONYM_KEYS.has(key) && hasHan(text))
    ).toEqual([]);
  });
});

describe("pane starter keys", () => {
  test("title and language names", () => {
    expect([
      catalogs["en-US"]["app.title"],
      catalogs["zh-CN"]["app.title"],
      catalogs["zh-TW"]["app.title"],
    ]).toEqual(["Credit Desk", "信用管理台", "信用管理台"]);
    for (const locale of ["en-US", "zh-CN", "zh-TW"] as const) {
      expect(catalogs[locale]["language.zh-TW"]).toBe("繁體中文");
      expect(catalogs[locale]["language.zh-CN"]).toBe("简体中文");
      expect(catalogs[locale]["language.en-US"]).toBe("English");
    }
  });
});

describe("pane words of the lazily loaded parts", () => {
  test("no key is in both the first load's catalog and the late one", () => {
    const late = new Set(Object.keys(lateCatalogs["en-US"]));
    expect(Object.keys(catalogs["en-US"]).filter((key) => late.has(key))).toEqual([]);
  });

  test("a late word shows as its key until its part adds the late catalogs, then translated", () => {
    expect(createTranslator("zh-TW", catalogs)("trends.title")).toBe("trends.title");
    addLateCatalogs(lateCatalogs);
    expect(createTranslator("zh-TW", catalogs)("trends.title")).toBe("趨勢");
    expect(createTranslator("zh-CN", catalogs)("collections.title")).toBe("催收");
    expect(createTranslator("en-US", catalogs)("app.title")).toBe("Credit Desk");
  });
});

describe("command line", () => {
  test("argument errors are found by their code and quote the bad value", () => {
    expect(cliTranslator("en-US")("args.BAD_DATE", { detail: "30/06/2026" })).toBe(
      '--as-of takes a date written YYYY-MM-DD, e.g. 2026-06-30 (got "30/06/2026").'
    );
    expect(cliTranslator("zh-TW")("args.BAD_DATE", { detail: "30/06/2026" })).toContain(
      "「30/06/2026」"
    );
    expect(cliTranslator("zh-CN")("file.zipBomb", { file: "a.xlsx", limitMb: 200 })).toBe(
      "a.xlsx 解压后将超过 200 MB；出于安全考虑不予处理。"
    );
  });

  test("the usage text lists every option in each language", () => {
    for (const locale of ["en-US", "zh-CN", "zh-TW", "qps-ploc"] as const) {
      const usage = usageText(locale);
      for (const option of [
        "--as-of",
        "--policy",
        "--out",
        "--json",
        "--lang",
        "--quiet",
        "--help",
      ]) {
        expect(usage).toContain(option);
      }
    }
  });
});
