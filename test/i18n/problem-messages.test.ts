/**
 * Problem sentences in every language: each code the reader or the engine can emit has a
 * template in every locale with the same placeholders; every problem of the sample workbook
 * (~120) finds its template in each language; the Chinese sentences leave no English sentence
 * behind and keep to their script.
 */
import { DEFAULT_POLICY } from "../../src/engine/policy";
import fc from "fast-check";
import { serialFromIso } from "../../src/engine/dates";
import { PROBLEM_CODES, rowProblem } from "../../src/engine/problems";
import type { Problem } from "../../src/engine/types";
import { openXlsxPackageFile } from "../../src/file/index-node";
import {
  headerSynonyms,
  outputLabels,
  placeholdersOf,
  problemCatalog,
  PROBLEM_TEMPLATE_KEYS,
  problemMessage,
  problemTemplateKey,
  SUPPORTED_LOCALES,
} from "../../src/i18n";
import { cellProblem, READ_CODES } from "../../src/workbook/read-problem";
import { prepareReview } from "../../src/workbook/prepare-review";
import { allOutputLabels } from "../../src/i18n/output-labels";
import { POLICY_SHEET_NAMES } from "../../src/i18n/owned-sheet-names";
import { ownedSignatures } from "../../src/workbook/owned-signatures";
import { SAMPLE, SAMPLE_AS_OF } from "../cli/cli-harness";
import { simplifiedOnlyIn, traditionalOnlyIn } from "./script-chars";
import { STATEMENT_WORDS } from "../../src/i18n/statement-words";

const ALL_CODES = [...Object.values(READ_CODES), ...Object.values(PROBLEM_CODES)];
const CHINESE = ["zh-CN", "zh-TW"] as const;

/** Three or more English words in a row, once the parts that are data are taken out. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}/;

function withoutData(text: string, problem: Problem): string {
  let rest = text;
  for (const data of [
    problem.value,
    problem.place.header,
    problem.place.field,
    problem.place.cell,
    problem.place.sheet,
    ...Object.values(problem.params),
  ])
    if (data !== null && data !== "") rest = rest.split(String(data)).join(" ");
  return rest;
}

let sampleProblems: Problem[] = [];

beforeAll(async () => {
  const document = await openXlsxPackageFile(SAMPLE);
  const review = await prepareReview(document.raw, {
    statementWords: STATEMENT_WORDS,
    asOf: serialFromIso(SAMPLE_AS_OF),
    synonyms: headerSynonyms(),
    labelsFor: (policy) => outputLabels("en-US", policy),
    ownedSignatures: ownedSignatures(allOutputLabels(DEFAULT_POLICY)),
    policySheetNames: POLICY_SHEET_NAMES,
  });
  sampleProblems = review.problems;
}, 60_000);

describe("catalog coverage", () => {
  test.each(ALL_CODES)("%s has a template in every locale", (code) => {
    const keys = PROBLEM_TEMPLATE_KEYS.filter((key) => key === code || key.startsWith(`${code}.`));
    expect(keys.length).toBeGreaterThan(0);
    for (const locale of SUPPORTED_LOCALES)
      for (const key of keys) expect(problemCatalog(locale).templates[key]).toBeTruthy();
  });

  test("every template has the same placeholders as the English one", () => {
    for (const key of PROBLEM_TEMPLATE_KEYS) {
      const english = placeholdersOf(problemCatalog("en-US").templates[key]).sort();
      for (const locale of CHINESE)
        expect([key, placeholdersOf(problemCatalog(locale).templates[key]).sort()]).toEqual([
          key,
          english,
        ]);
    }
  });

  test("no template belongs to a code nobody emits", () => {
    const codes = new Set<string>(ALL_CODES);
    for (const key of PROBLEM_TEMPLATE_KEYS) expect(codes).toContain(key.split(".")[0]);
  });

  test("zh-CN is Simplified and zh-TW Traditional throughout", () => {
    const zhCn = JSON.stringify(problemCatalog("zh-CN"));
    const zhTw = JSON.stringify(problemCatalog("zh-TW"));
    expect(traditionalOnlyIn(zhCn)).toEqual([]);
    expect(simplifiedOnlyIn(zhTw)).toEqual([]);
  });
});

describe("the sample workbook's problems", () => {
  test("there are about 120 of them, of at least ten codes", () => {
    expect(sampleProblems.length).toBeGreaterThan(100);
    expect(new Set(sampleProblems.map((p) => p.code)).size).toBeGreaterThanOrEqual(10);
  });

  test("each problem's template key (code or code.variant) is in every catalog", () => {
    const missing = SUPPORTED_LOCALES.flatMap((locale) =>
      sampleProblems
        .map((problem) => problemTemplateKey(problem))
        .filter((key) => !Object.hasOwn(problemCatalog(locale).templates, key))
        .map((key) => `${locale} ${key}`)
    );
    expect(missing).toEqual([]);
  });

  test("every engine problem names its cell and header, as the reader's do", () => {
    const engineCodes = new Set<string>(Object.values(PROBLEM_CODES));
    const engine = sampleProblems.filter((problem) => engineCodes.has(problem.code));
    expect(engine.length).toBeGreaterThan(0);
    for (const problem of engine)
      expect([problem.code, problem.place.cell]).toEqual([problem.code, expect.any(String)]);
  });

  test.each(CHINESE)("in %s no English sentence is left and the place is kept", (locale) => {
    for (const problem of sampleProblems) {
      const english = problemMessage(problem, "en-US");
      const text = problemMessage(problem, locale);
      expect(text).not.toBe(english);
      expect([english, withoutData(text, problem)]).not.toEqual([
        english,
        expect.stringMatching(ENGLISH_RUN),
      ]);
      expect(text.startsWith(problem.place.sheet)).toBe(true);
    }
  });
});

describe("worked examples", () => {
  const overpaid = rowProblem(
    { sheet: "应收账款", row: 63 },
    "Receivables",
    "paid",
    -49802,
    PROBLEM_CODES.unappliedCredit,
    { variant: "overpayment" }
  );

  test("an engine problem reads in each language with its row and field", () => {
    expect(problemMessage(overpaid, "en-US")).toBe(
      "应收账款, row 63, column paid: an overpayment (paid more than the amount); shown as an unapplied credit, apart from the aging buckets."
    );
    expect(problemMessage(overpaid, "zh-CN")).toBe(
      "应收账款，第 63 行，paid 列：超额付款（已付金额超过发票金额）；列为未核销贷项，不计入账龄区间。"
    );
    expect(problemMessage(overpaid, "zh-TW")).toBe(
      "应收账款，第 63 列，paid 欄：溢付款（已付金額超過發票金額）；列為未沖銷貸項，不計入帳齡區間。"
    );
  });

  test("with its cell and header known, an engine problem reads like a cell problem", () => {
    const placed = {
      ...overpaid,
      place: { ...overpaid.place, cell: "F63", header: "已付金额" },
    };
    expect(problemMessage(placed, "en-US")).toBe(
      '应收账款!F63 (已付金额) "-49802": an overpayment (paid more than the amount); shown as an unapplied credit, apart from the aging buckets.'
    );
  });

  test("a cell problem names the cell, header and value, and its consequence is translated", () => {
    const problem = cellProblem(
      "Receivables",
      3667,
      3,
      "开票日期",
      "26/3/5",
      READ_CODES.twoDigitYear,
      { consequence: "rowLeftOut" }
    );
    expect(problemMessage(problem, "en-US")).toBe(
      'Receivables!C3667 (开票日期) "26/3/5": two-digit year: type the full year (e.g. 2026) so the century is not guessed; the row is left out'
    );
    expect(problemMessage(problem, "zh-CN")).toBe(
      "Receivables!C3667（开票日期）“26/3/5”：两位数年份：请输入完整年份（如 2026），以免猜错世纪；该行不计入"
    );
  });

  test("an unknown code is still shown with its place and code in every language", () => {
    const odd: Problem = { ...overpaid, code: "SOMETHING_NEW", params: {} };
    expect(problemMessage(odd, "en-US")).toBe("应收账款, row 63, column paid: SOMETHING_NEW");
    expect(problemMessage(odd, "zh-CN")).toBe("应收账款，第 63 行，paid 列：SOMETHING_NEW");
  });

  test("property: any cell problem's English sentence starts with its address and cut value", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        fc.string({ maxLength: 12 }),
        fc.option(fc.string({ maxLength: 90 })),
        (sheet, row, column, header, value) => {
          const problem = cellProblem(sheet, row, column, header, value, READ_CODES.notANumber, {
            consequence: "valueIgnored",
          });
          const text = problemMessage(problem, "en-US");
          const shown = value === null ? "" : value.length > 60 ? `${value.slice(0, 60)}…` : value;
          const label = header.length > 0 ? ` (${header})` : "";
          const quoted = value === null ? "" : ` "${shown}"`;
          expect(text).toBe(
            `${sheet}!${problem.place.cell}${label}${quoted}: not a number; the value is not used`
          );
        }
      )
    );
  });
});
