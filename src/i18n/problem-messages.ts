/**
 * Problem sentences in the reader's language, the only place they are made. A problem carries
 * its code, its place (sheet, row, cell, header, field), its value and its params; one template
 * per code (or `CODE.variant`) per locale fills them in.
 */
import type { Problem } from "../engine/types";
import type { PolicyIssueCode } from "../engine/policy-validation";
import { interpolate } from "./interpolate";
import { policyIssueMessage } from "./policy-issues";
import { baseLocale, type DisplayLocale, type SupportedLocale } from "./locales";
import { EN_US_PROBLEMS } from "./problem-messages/en-US";

/** What a problem says beyond its place: numbers, other ids, phrase keys, the variant. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** The fields of a problem this module reads. */
export type ProblemLike = Pick<Problem, "place" | "value" | "code" | "params">;

/** Params with a meaning of their own. */
export const PROBLEM_PARAM = {
  /** Picks the `CODE.variant` template when one code has several sentences. */
  variant: "variant",
  /** What happened to the row: a key of `consequences`. */
  consequence: "consequence",
  /** Which data sheet: a key of `sheetRoles` / `roleRows`. */
  sheetRole: "sheetRole",
  roleRows: "roleRows",
  /** A refused policy sheet's issue: its code and path (`workbook/read-problem.ts`). */
  policyIssue: "policyIssue",
  policyPath: "policyPath",
} as const;

/** The problem's code that carries a policy issue in its params, worded by `policy-issues.ts`. */
const POLICY_INVALID = "POLICY_INVALID";

export type ProblemConsequence = keyof (typeof EN_US_PROBLEMS)["consequences"];
export type ProblemRole = keyof (typeof EN_US_PROBLEMS)["sheetRoles"];
export type ProblemTemplateKey = keyof (typeof EN_US_PROBLEMS)["templates"];

export interface ProblemTexts {
  /** How a place is written: a cell (`{sheet}!{cell}`, header, value) or "sheet, row, column". */
  place: Record<keyof (typeof EN_US_PROBLEMS)["place"], string>;
  consequences: Record<ProblemConsequence, string>;
  sheetRoles: Record<ProblemRole, string>;
  roleRows: Record<ProblemRole, string>;
  templates: Record<ProblemTemplateKey, string>;
}

/**
 * English is always here; the Chinese catalogs are added by `problem-messages-chinese.ts`, which
 * the command line imports at once and the pane fetches in a chunk of its own before its first
 * review (problems exist only after one), so the pane's first load does not carry them.
 */
const PROBLEM_CATALOGS: Partial<Record<SupportedLocale, ProblemTexts>> = {
  "en-US": EN_US_PROBLEMS,
};

export function addProblemCatalogs(catalogs: Partial<Record<SupportedLocale, ProblemTexts>>): void {
  Object.assign(PROBLEM_CATALOGS, catalogs);
}

/** The problem words of `locale`; a locale whose words were never loaded is a programming error. */
export function problemCatalog(locale: DisplayLocale): ProblemTexts {
  const base = baseLocale(locale);
  const texts = PROBLEM_CATALOGS[base];
  if (texts === undefined) throw new Error(`The problem words of ${base} are not loaded.`);
  return texts;
}

/** Every template key, for tests and tools that check the catalogs cover each code. */
export const PROBLEM_TEMPLATE_KEYS = Object.keys(EN_US_PROBLEMS.templates) as ProblemTemplateKey[];

/** `CODE` or `CODE.variant`: the template a problem is worded by. */
export function problemTemplateKey(problem: Pick<ProblemLike, "code" | "params">): string {
  const variant = problem.params[PROBLEM_PARAM.variant];
  return variant === undefined ? problem.code : `${problem.code}.${variant}`;
}

function hasKey<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** Long values are cut in sentences so that one bad cell does not flood the report. */
const SHOWN_VALUE_MAX = 60;

function shownValue(value: string): string {
  return value.length > SHOWN_VALUE_MAX ? `${value.slice(0, SHOWN_VALUE_MAX)}…` : value;
}

/** What a place says: the sheet, the row, the cell, its header and the value as shown. */
function placeValues(problem: ProblemLike): Record<string, string | number> {
  const { place } = problem;
  return {
    sheet: place.sheet,
    row: place.row ?? "",
    cell: place.cell ?? "",
    header: place.header ?? "",
    // A cell's header when known, else the engine's field name.
    column: place.header ?? place.field ?? "",
    value: problem.value ?? "",
    shown: problem.value === null ? "" : shownValue(problem.value),
  };
}

/** The place a person should look, in the catalog's words: a cell address, or "sheet, row". */
function placeOf(problem: ProblemLike, texts: ProblemTexts): string {
  const { place } = problem;
  const values = placeValues(problem);
  if (place.cell !== null) {
    let text = interpolate(texts.place.cell, values);
    if (place.header !== null) text += interpolate(texts.place.cellHeader, values);
    if (problem.value !== null) text += interpolate(texts.place.cellValue, values);
    return text;
  }
  let text = interpolate(texts.place.rowSheet, values);
  if (place.row !== null) text += interpolate(texts.place.rowNumber, values);
  if (values.column !== "") text += interpolate(texts.place.rowColumn, values);
  return text;
}

/** A phrase param's words in the catalog's language; other params are shown as they are. */
function phraseOf(name: string, value: string | number, texts: ProblemTexts): string | number {
  const tables: Record<string, Record<string, string>> = {
    [PROBLEM_PARAM.consequence]: texts.consequences,
    [PROBLEM_PARAM.sheetRole]: texts.sheetRoles,
    [PROBLEM_PARAM.roleRows]: texts.roleRows,
  };
  const table = tables[name];
  if (table === undefined) return value;
  return hasKey(table, value) ? table[value] : value;
}

/** A refused policy sheet's issue in the reader's words, from the params it travels in. */
function policyIssueOf(problem: ProblemLike, locale: DisplayLocale): string {
  const { params } = problem;
  const code = params[PROBLEM_PARAM.policyIssue];
  const path = params[PROBLEM_PARAM.policyPath];
  if (code === undefined || path === undefined) return "";
  // The code came from the validator through the problem's params, so it is one of its codes.
  const issue = { code: String(code) as PolicyIssueCode, severity: "error" as const, params };
  return policyIssueMessage({ ...issue, place: { path: String(path) } }, locale);
}

/**
 * The problem's sentence in `locale`. A code no catalog knows (a newer reader's) is still
 * shown with its place and code rather than dropped.
 */
export function problemMessage(problem: ProblemLike, locale: DisplayLocale): string {
  const texts = problemCatalog(locale);
  const key = problemTemplateKey(problem);
  // A param may name its own header (a column mapping's): it wins over the place's.
  const values: Record<string, string | number> = { ...placeValues(problem), code: problem.code };
  for (const [name, value] of Object.entries(problem.params))
    values[name] = phraseOf(name, value, texts);
  values.place = placeOf(problem, texts);
  if (problem.code === POLICY_INVALID) values.error = policyIssueOf(problem, locale);
  const template = hasKey(texts.templates, key) ? texts.templates[key] : texts.place.unknownCode;
  return interpolate(template, values);
}
