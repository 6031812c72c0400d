/**
 * The summary a review prints on the terminal, in the chosen language: what was reviewed, how
 * the customers came out (grades, reduced and suspended with their reasons), the aging with its
 * shares, DSO, the problems found, and where the output went. Tables are aligned by terminal
 * width, so Chinese text lines up too.
 */
import type { Policy } from "../engine/policy";
import type { CreditStanding } from "../engine/credit-standing";
import { creditStanding, reasonsOfStanding } from "../engine/credit-standing";
import type { CustomerResult, Grade, Problem, ReasonCode } from "../engine/types";
import { REASON_CODES } from "../engine/types";
import { baseLocale, formatDate, formatMoney, formatNumber, problemMessage } from "../i18n";
import type { DisplayLocale } from "../i18n";
import type { OutputLabels } from "../workbook/labels";
import { agingBucketLabels } from "../workbook/plan-receivable-block";
import { problemsBySeverity } from "../workbook/problem-severity";
import type { ReadyReview } from "../workbook/prepare-review";
import type { PolicySource } from "../workbook/workbook-review";
import type { CliWords } from "../i18n/cli-messages";
import { alignedTable } from "./text-width";
import { unreadColumnLines } from "./unread-columns";

export interface SummaryArgs {
  review: ReadyReview;
  locale: DisplayLocale;
  words: CliWords;
  labels: OutputLabels;
  /** The `--policy` file, when one was given. */
  policyFile: string | null;
  /** Null when no workbook was written (`--compare-policy` without `--out`). */
  outPath: string | null;
  jsonPath: string | null;
  /** Things to know about the written file (text cut to the cell limit, charts not written). */
  outputNotes: readonly string[];
  /** How many problems are listed one by one (default 5). */
  problemsShown?: number;
}

const GRADES: readonly Grade[] = ["A", "B", "C", "D"];
/** OK first, then the most severe. */
const SUMMARY_ORDER: readonly CreditStanding[] = ["OK", "SUSPEND", "REDUCE", "NO_CREDIT"];
const DEFAULT_PROBLEMS_SHOWN = 5;
const REASON_INDENT = "  ";

function count(value: number, locale: DisplayLocale): string {
  return formatNumber(value, locale);
}

/** One decimal always, so that a column of shares or day counts lines up on its decimal point. */
const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

function oneDecimalDays(days: number, locale: DisplayLocale): string {
  return new Intl.NumberFormat(baseLocale(locale), {
    style: "unit",
    unit: "day",
    unitDisplay: "long",
    ...ONE_DECIMAL,
  }).format(days);
}

function share(value: number, locale: DisplayLocale): string {
  return new Intl.NumberFormat(baseLocale(locale), { style: "percent", ...ONE_DECIMAL }).format(
    value
  );
}

function policyLine(review: ReadyReview, file: string | null, words: CliWords): string {
  const source: PolicySource = review.policySource;
  switch (source) {
    case "given":
      return words("summary.policyFrom.given", { file: file ?? "" });
    case "recorded":
      return words("summary.policyFrom.recorded", { sheet: review.policySheet ?? "" });
    case "settings":
    case "sheet":
    case "default":
      return words(`summary.policyFrom.${source}`);
  }
}

function gradeTable(customers: readonly CustomerResult[], args: SummaryArgs): string[] {
  const { locale, words, labels } = args;
  const rows = GRADES.map((grade) => [
    grade,
    count(customers.filter((c) => c.grade === grade).length, locale),
  ]);
  rows.push([
    words("summary.noGrade"),
    count(customers.filter((c) => c.grade === null).length, locale),
  ]);
  return alignedTable(
    [[labels.customerColumns.grade, words("summary.customers")], ...rows],
    ["left", "right"]
  );
}

/** The reasons that brought about the customers' standing, with how many carry each, in the policy's order. */
function reasonCounts(customers: readonly CustomerResult[]): Map<ReasonCode, number> {
  const counts = new Map<ReasonCode, number>();
  const caused = customers.map(reasonsOfStanding);
  for (const code of REASON_CODES) {
    const carriers = caused.filter((reasons) => reasons.includes(code)).length;
    if (carriers > 0) counts.set(code, carriers);
  }
  return counts;
}

/** Customers by standing in words; under each, the reasons that caused it. */
function statusTable(customers: readonly CustomerResult[], args: SummaryArgs): string[] {
  const { locale, labels } = args;
  const standings = customers.map(creditStanding);
  const rows: string[][] = [[labels.customerColumns.status, args.words("summary.customers"), ""]];
  for (const standing of SUMMARY_ORDER) {
    const holders = customers.filter((_, index) => standings[index] === standing);
    rows.push([labels.status[standing], count(holders.length, locale), ""]);
    for (const [code, carriers] of reasonCounts(holders)) {
      rows.push([`${REASON_INDENT}${code}`, count(carriers, locale), labels.reasons[code]]);
    }
  }
  return [...alignedTable(rows, ["left", "right", "left"]), args.words("summary.severalReasons")];
}

function agingTable(args: SummaryArgs, policy: Policy): string[] {
  const { locale, words, labels } = args;
  const { aging } = args.review.result;
  const money = (minor: number) => formatMoney(minor, policy.minorPerUnit, locale);
  const positive = aging.totals.reduce((sum, amount) => sum + amount, 0);
  const buckets = agingBucketLabels(labels, policy);
  const rows: string[][] = [[labels.aging.chartTitle, words("summary.amount"), labels.aging.share]];
  buckets.forEach((bucket, index) => {
    rows.push([bucket, money(aging.totals[index] ?? 0), share(aging.shares[index] ?? 0, locale)]);
  });
  rows.push([labels.aging.total, money(positive), positive > 0 ? share(1, locale) : ""]);
  rows.push([labels.aging.unapplied, money(aging.unapplied), ""]);
  rows.push([words("summary.netOpen"), money(aging.net), ""]);
  const averageAge =
    aging.averageAgeDays === null
      ? words("summary.notAvailable")
      : formatNumber(aging.averageAgeDays, locale, 1);
  rows.push([labels.aging.averageAgeDays, averageAge, ""]);
  return alignedTable(rows, ["left", "right", "right"]);
}

function dsoTable(args: SummaryArgs): string[] {
  const { locale, words } = args;
  const { portfolio } = args.review.result;
  const shown = (days: number | null) =>
    days === null ? words("summary.notAvailable") : oneDecimalDays(days, locale);
  return alignedTable(
    [
      [words("summary.dso"), shown(portfolio.dso)],
      [words("summary.dsoCountback"), shown(portfolio.dsoCountback)],
    ],
    ["left", "right"]
  );
}

function listed(
  problems: readonly Problem[],
  words: CliWords,
  locale: DisplayLocale,
  shownCount: number
): string[] {
  const lines = problems
    .slice(0, shownCount)
    .map((problem) => `${REASON_INDENT}- ${problemMessage(problem, locale)}`);
  if (problems.length > shownCount) {
    lines.push(
      REASON_INDENT +
        words("summary.moreProblems", { count: count(problems.length - shownCount, locale) })
    );
  }
  return lines;
}

/**
 * The problems by severity (errors, then warnings, each with its count), a count per sheet, and
 * the first few as the reader worded them, errors first; then, apart, what is only for
 * information (open credit notes and overpayments shown as unapplied credits).
 */
export function problemLines(
  problems: readonly Problem[],
  words: CliWords,
  locale: DisplayLocale,
  shownCount = DEFAULT_PROBLEMS_SHOWN
): string[] {
  const grouped = problemsBySeverity(problems);
  const real = [...grouped.error, ...grouped.warning];
  const lines: string[] = [];
  if (real.length === 0) lines.push(words("summary.noProblems"));
  else {
    lines.push(words("summary.problemsHeading", { count: count(real.length, locale) }));
    const severityRows = (["error", "warning"] as const)
      .filter((severity) => grouped[severity].length > 0)
      .map((severity) => [
        words(`summary.severity.${severity}`),
        count(grouped[severity].length, locale),
      ]);
    lines.push(...alignedTable(severityRows, ["left", "right"], REASON_INDENT));
    const bySheet = new Map<string, number>();
    for (const problem of real)
      bySheet.set(problem.place.sheet, (bySheet.get(problem.place.sheet) ?? 0) + 1);
    const sheetRows = [...bySheet].map(([sheet, n]) => [
      sheet === "" ? words("summary.wholeWorkbook") : sheet,
      count(n, locale),
    ]);
    lines.push(...alignedTable(sheetRows, ["left", "right"], REASON_INDENT));
    lines.push(...listed(real, words, locale, shownCount));
  }
  if (grouped.info.length > 0) {
    lines.push(words("summary.infoHeading", { count: count(grouped.info.length, locale) }));
    lines.push(...listed(grouped.info, words, locale, shownCount));
  }
  return lines;
}

export function summaryLines(args: SummaryArgs): string[] {
  const { review, locale, words } = args;
  const { result, policy } = review;
  const customers = result.customers;
  const title = words("summary.title", {
    asOf: formatDate(result.asOf, locale),
    policyVersion: result.policyVersion,
  });
  const lines: string[] = [title, policyLine(review, args.policyFile, words)];
  lines.push(
    ...alignedTable([[words("summary.customersReviewed"), count(customers.length, locale)]])
  );
  lines.push("", ...gradeTable(customers, args));
  lines.push("", ...statusTable(customers, args));
  lines.push("", ...agingTable(args, policy));
  lines.push("", ...dsoTable(args));
  const unreadColumns = unreadColumnLines(review.problems, words, locale);
  if (unreadColumns.length > 0) lines.push("", ...unreadColumns);
  lines.push("", ...problemLines(review.problems, words, locale, args.problemsShown));
  if (args.outputNotes.length > 0) {
    lines.push(
      "",
      words("summary.outputNotes"),
      ...args.outputNotes.map((note) => `${REASON_INDENT}- ${note}`)
    );
  }
  lines.push("");
  if (args.outPath !== null) lines.push(words("summary.wroteWorkbook", { file: args.outPath }));
  if (args.jsonPath !== null) lines.push(words("summary.wroteJson", { file: args.jsonPath }));
  return lines;
}
