/**
 * The words written into a workbook: complete in every locale, really translated, in the right
 * Chinese script, valid as sheet names, never confusable between output columns, and quoting the
 * numbers of the policy the review ran with.
 */
import fc from "fast-check";
import { DEFAULT_POLICY } from "../../src/engine/policy";
import { headerSynonyms } from "../../src/i18n/headers";
import { PSEUDO_LOCALE, SUPPORTED_LOCALES, type DisplayLocale } from "../../src/i18n/locales";
import { allOutputHeaders, outputLabels, type ReasonRules } from "../../src/i18n/output-labels";
import { simplifiedOnlyIn, traditionalOnlyIn, hasHan } from "./script-chars";
import { isValidSheetName, normaliseHeader, textEntries } from "./text-checks";

const ALL_LOCALES: DisplayLocale[] = [...SUPPORTED_LOCALES, PSEUDO_LOCALE];
// The policy sheet's words are templates filled by the plan (`{n}`, `{factor}`): checked below.
const entriesOf = (locale: DisplayLocale) =>
  textEntries({
    ...outputLabels(locale, DEFAULT_POLICY),
    locale: undefined,
    policyKeys: undefined,
  });

describe("every label exists and is filled in every locale", () => {
  const englishPaths = entriesOf("en-US").map(([path]) => path);

  test.each(ALL_LOCALES)("%s has the same label paths as English, none blank", (locale) => {
    const entries = entriesOf(locale);
    expect(entries.map(([path]) => path)).toEqual(englishPaths);
    expect(entries.filter(([, text]) => text.trim() === "")).toEqual([]);
  });

  test("no label is left with an unfilled {placeholder}", () => {
    for (const locale of ALL_LOCALES)
      expect(entriesOf(locale).filter(([, text]) => /\{\w+\}/.test(text))).toEqual([]);
  });
});

describe("words beside the policy keys", () => {
  const templatesOf = (locale: DisplayLocale) =>
    outputLabels(locale, DEFAULT_POLICY).policyKeys?.templates ?? {};

  test.each(ALL_LOCALES)("%s has a text for every key pattern English has", (locale) => {
    expect(Object.keys(templatesOf(locale)).sort()).toEqual(
      Object.keys(templatesOf("en-US")).sort()
    );
  });

  test.each(ALL_LOCALES)("%s uses no placeholder but {n} and {factor}", (locale) => {
    const others = Object.values(templatesOf(locale)).flatMap((text) =>
      [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
    );
    expect(others.filter((name) => name !== "n" && name !== "factor")).toEqual([]);
  });

  test.each(["zh-CN", "zh-TW"] as const)("%s names every factor in Chinese", (locale) => {
    const factors = outputLabels(locale, DEFAULT_POLICY).policyKeys?.factors ?? {};
    expect(Object.keys(factors)).toHaveLength(18);
    expect(Object.values(factors).filter((name) => !hasHan(name))).toEqual([]);
    expect(factors.paymentRecord).toBe(locale === "zh-CN" ? "付款记录" : "付款記錄");
  });
});

describe("pseudo-locale", () => {
  test("marks every label, leaving no plain English letter", () => {
    const unmarked = entriesOf(PSEUDO_LOCALE).filter(([path, text]) => {
      const marked = path.startsWith("sheets.")
        ? text.endsWith(" !!")
        : text.startsWith("[") && text.endsWith("]");
      return !marked || /[A-Za-z]/.test(text);
    });
    expect(unmarked).toEqual([]);
  });
});

describe("Chinese labels are translated and in the right script", () => {
  const english = new Map(entriesOf("en-US"));

  test.each(["zh-CN", "zh-TW"] as const)(
    "no %s label is the English text or free of Chinese",
    (locale) => {
      const untranslated = entriesOf(locale).filter(
        ([path, text]) => text === english.get(path) || !hasHan(text)
      );
      expect(untranslated).toEqual([]);
    }
  );

  test("zh-CN uses no Traditional-only character", () => {
    const found = entriesOf("zh-CN").filter(([, text]) => traditionalOnlyIn(text).length > 0);
    expect(found).toEqual([]);
  });

  test("zh-TW uses no Simplified-only character", () => {
    const found = entriesOf("zh-TW").filter(([, text]) => simplifiedOnlyIn(text).length > 0);
    expect(found).toEqual([]);
  });

  test("English labels carry no Chinese", () => {
    expect(entriesOf("en-US").filter(([, text]) => hasHan(text))).toEqual([]);
  });

  test("the finance terms of the manuals are used", () => {
    const cn = outputLabels("zh-CN", DEFAULT_POLICY);
    const tw = outputLabels("zh-TW", DEFAULT_POLICY);
    expect(cn.notDue).toBe("未到期");
    expect(tw.notDue).toBe("未到期");
    expect([cn.sheets.aging, tw.sheets.aging]).toEqual(["账龄分析", "帳齡分析"]);
    expect([cn.customerColumns.creditLimit, tw.customerColumns.creditLimit]).toEqual([
      "信用额度",
      "信用額度",
    ]);
    expect([cn.debtClasses.IN_COLLECTION, cn.debtClasses.DOUBTFUL, cn.debtClasses.BAD]).toEqual([
      "催收款",
      "准呆账",
      "呆账",
    ]);
    expect([tw.debtClasses.IN_COLLECTION, tw.debtClasses.DOUBTFUL, tw.debtClasses.BAD]).toEqual([
      "催收款",
      "準呆帳",
      "呆帳",
    ]);
    expect(cn.debtClasses.DEAD.startsWith("死账")).toBe(true);
    expect(tw.debtClasses.DEAD.startsWith("死帳")).toBe(true);
    expect([cn.sheets.creditChanges, tw.sheets.creditChanges]).toEqual([
      "授信调整表",
      "授信調整表",
    ]);
  });
});

describe("English words are the policy's own", () => {
  const en = outputLabels("en-US", DEFAULT_POLICY);

  test("collection actions", () => {
    expect(en.actions).toEqual({
      NONE: "None",
      PHONE_REMINDER: "Phone reminder",
      FIRST_LETTER: "First dunning letter",
      SECOND_LETTER_STOP_SUPPLY: "Second letter; stop supply",
      THIRD_LETTER: "Third letter",
      FOURTH_LETTER: "Fourth letter",
      COLLECTION_AGENCY: "Collection agency",
      LEGAL_ACTION: "Legal action",
    });
  });

  test("debt classes and the not-due bucket", () => {
    expect(en.debtClasses).toEqual({
      CURRENT: "Current",
      IN_COLLECTION: "In collection",
      DOUBTFUL: "Doubtful",
      BAD: "Bad",
      DEAD: "Dead (write-off candidate)",
    });
    expect(en.notDue).toBe("Not due");
  });

  test("reasons with the default policy state its thresholds", () => {
    expect(en.reasons.OVERDUE_60).toBe("Oldest overdue invoice is 60 days or more");
    expect(en.reasons.OVERDUE_90).toBe("Oldest overdue invoice is 90 days or more");
    expect(en.reasons.BAD_PAYMENTS).toContain("More than 2 bad payments");
    expect(en.reasons.BAD_PAYMENTS_SEVERE).toContain("More than 3 bad payments");
    expect(en.reasons.INACTIVE_3M).toBe("No business for 3 months or more");
    expect(en.reasons.INACTIVE_6M).toBe("No business for 6 months or more");
    // minCoverage 0.6 → 60 %; the lowest band that still gives credit starts at 60.
    expect(en.reasons.INSUFFICIENT_DATA).toContain("Less than 60%");
    expect(en.reasons.LOW_SCORE).toContain("below 60");
  });
});

describe("reasons quote the policy the review ran with", () => {
  const policy: ReasonRules = {
    ...DEFAULT_POLICY,
    score: { minCoverage: 0.625 },
    limit: {
      bands: [
        { minScore: 70, multiplier: 2 },
        { minScore: 50, multiplier: 1 },
        { minScore: 0, multiplier: 0 },
      ],
    },
    adjustments: {
      ...DEFAULT_POLICY.adjustments,
      reduceOverdueDays: 45,
      suspendBadPayments: 5,
      suspendInactiveMonths: 9,
    },
  };

  test("a changed policy changes the sentences, in every language", () => {
    const en = outputLabels("en-US", policy).reasons;
    const cn = outputLabels("zh-CN", policy).reasons;
    const tw = outputLabels("zh-TW", policy).reasons;
    expect(en.OVERDUE_60).toBe("Oldest overdue invoice is 45 days or more");
    expect(cn.OVERDUE_60).toBe("最早一笔逾期发票已逾期45天或以上");
    expect(tw.OVERDUE_60).toBe("最早一筆逾期發票已逾期45天或以上");
    expect(en.BAD_PAYMENTS_SEVERE).toContain("More than 5 bad payments");
    expect(cn.INACTIVE_6M).toBe("连续9个月或以上无业务往来");
    // 0.625 → 62.5 %; the lowest band with a multiplier above 0 starts at 50.
    expect(tw.INSUFFICIENT_DATA).toContain("不足62.5%");
    expect(en.LOW_SCORE).toContain("below 50");
  });

  test("any threshold appears as typed in every reason that quotes it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 99 }),
        (days, months) => {
          const rules: ReasonRules = {
            ...DEFAULT_POLICY,
            adjustments: {
              ...DEFAULT_POLICY.adjustments,
              suspendOverdueDays: days,
              reduceInactiveMonths: months,
            },
          };
          return SUPPORTED_LOCALES.every((locale) => {
            const reasons = outputLabels(locale, rules).reasons;
            return (
              reasons.OVERDUE_90.includes(String(days)) &&
              reasons.INACTIVE_3M.includes(String(months))
            );
          });
        }
      )
    );
  });
});

describe("sheet names", () => {
  test.each(ALL_LOCALES)("%s sheet names are valid for Excel and distinct", (locale) => {
    const names = Object.values(outputLabels(locale, DEFAULT_POLICY).sheets);
    expect(names.filter((name) => !isValidSheetName(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  test("no output sheet could be taken for an input sheet", () => {
    const inputNames = new Set(
      Object.values(headerSynonyms().sheetNames).flat().map(normaliseHeader)
    );
    const outputNames = ALL_LOCALES.flatMap((locale) =>
      Object.values(outputLabels(locale, DEFAULT_POLICY).sheets)
    );
    expect(outputNames.filter((name) => inputNames.has(normaliseHeader(name)))).toEqual([]);
  });
});

describe("output column headers", () => {
  test.each(ALL_LOCALES)("%s: no two output keys share a header", (locale) => {
    const labels = outputLabels(locale, DEFAULT_POLICY);
    const keyOfHeader = new Map<string, Set<string>>();
    for (const [key, header] of [
      ...Object.entries(labels.customerColumns),
      ...Object.entries(labels.receivableColumns),
    ]) {
      const keys = keyOfHeader.get(normaliseHeader(header)) ?? new Set<string>();
      keys.add(key);
      keyOfHeader.set(normaliseHeader(header), keys);
    }
    expect([...keyOfHeader.entries()].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });

  test("allOutputHeaders lists each locale's header under its key, and no header under two keys", () => {
    const all = allOutputHeaders();
    for (const locale of ALL_LOCALES) {
      const labels = outputLabels(locale, DEFAULT_POLICY);
      for (const [key, header] of [
        ...Object.entries(labels.customerColumns),
        ...Object.entries(labels.receivableColumns),
      ]) {
        expect(all[key]).toContain(header);
      }
    }
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [key, headers] of Object.entries(all)) {
      for (const header of headers) {
        const owner = owners.get(normaliseHeader(header));
        if (owner !== undefined && owner !== key) clashes.push(`${header}: ${owner} / ${key}`);
        owners.set(normaliseHeader(header), key);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("the collection-action column has one header per locale on both sheets", () => {
    for (const locale of ALL_LOCALES) {
      const labels = outputLabels(locale, DEFAULT_POLICY);
      expect(labels.receivableColumns.collectionAction).toBe(
        labels.customerColumns.collectionAction
      );
    }
  });

  test("no output header could be read back as an input field of the same sheet", () => {
    const synonyms = headerSynonyms();
    const customerInputs = new Set(Object.values(synonyms.customers).flat().map(normaliseHeader));
    const receivableInputs = new Set(
      Object.values(synonyms.receivables).flat().map(normaliseHeader)
    );
    for (const locale of ALL_LOCALES) {
      const labels = outputLabels(locale, DEFAULT_POLICY);
      expect(
        Object.values(labels.customerColumns).filter((h) => customerInputs.has(normaliseHeader(h)))
      ).toEqual([]);
      expect(
        Object.values(labels.receivableColumns).filter((h) =>
          receivableInputs.has(normaliseHeader(h))
        )
      ).toEqual([]);
    }
  });
});
