/**
 * Problem sentences in the reader's language. A problem carries its code, its place (sheet,
 * row, column, value) and, when the sentence needs more, `params`; one template per code (or
 * `CODE.variant`) per locale fills them in. A code no catalog knows keeps its English `message`.
 */
import type { Problem } from "../engine/types";
import { interpolate } from "./interpolate";
import { baseLocale, type DisplayLocale, type SupportedLocale } from "./locales";
import { EN_US_PROBLEMS } from "./problem-messages/en-US";
import { ZH_CN_PROBLEMS } from "./problem-messages/zh-CN";
import { ZH_TW_PROBLEMS } from "./problem-messages/zh-TW";

/** What a problem says beyond its place: numbers, other ids, phrase keys, the variant. */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** The fields of a problem this module reads. */
export type ProblemLike = Pick<
  Problem,
  "sheet" | "row" | "column" | "value" | "code" | "message" | "params"
>;

/** Params with a meaning of their own. */
export const PROBLEM_PARAM = {
  /** Picks the `CODE.variant` template when one code has several sentences. */
  variant: "variant",
  /** A1 address of the cell; its presence makes `{place}` a cell address, not "sheet, row". */
  cell: "cell",
  /** The header above the cell, when there is one. */
  header: "header",
  /** The cell's value as the sentence shows it (long values are cut). */
  shown: "shown",
  /** What happened to the row: a key of `consequences`. */
  consequence: "consequence",
  /** Which data sheet: a key of `sheetRoles` / `roleRows`. */
  sheetRole: "sheetRole",
  roleRows: "roleRows",
} as const;

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

export const PROBLEM_CATALOGS: Readonly<Record<SupportedLocale, ProblemTexts>> = {
  "en-US": EN_US_PROBLEMS,
  "zh-CN": ZH_CN_PROBLEMS,
  "zh-TW": ZH_TW_PROBLEMS,
};

/** Every template key, for tests and tools that check the catalogs cover each code. */
export const PROBLEM_TEMPLATE_KEYS = Object.keys(EN_US_PROBLEMS.templates) as ProblemTemplateKey[];

/** `CODE` or `CODE.variant`: the template a problem is worded by. */
export function problemTemplateKey(problem: Pick<ProblemLike, "code" | "params">): string {
  const variant = problem.params?.[PROBLEM_PARAM.variant];
  return variant === undefined ? problem.code : `${problem.code}.${variant}`;
}

function hasKey<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The place a person should look, in the catalog's words. */
function placeOf(problem: ProblemLike, texts: ProblemTexts): string {
  const params = problem.params ?? {};
  const { place } = texts;
  const values = {
    ...params,
    sheet: problem.sheet,
    row: problem.row ?? "",
    column: problem.column ?? "",
  };
  if (params[PROBLEM_PARAM.cell] !== undefined) {
    let text = interpolate(place.cell, values);
    if (params[PROBLEM_PARAM.header] !== undefined) text += interpolate(place.cellHeader, values);
    if (params[PROBLEM_PARAM.shown] !== undefined) text += interpolate(place.cellValue, values);
    return text;
  }
  let text = interpolate(place.rowSheet, values);
  if (problem.row !== null) text += interpolate(place.rowNumber, values);
  if (problem.column !== null) text += interpolate(place.rowColumn, values);
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

/** The problem's sentence in `locale`; its own English `message` when the code is unknown. */
export function problemMessage(problem: ProblemLike, locale: DisplayLocale): string {
  const texts = PROBLEM_CATALOGS[baseLocale(locale)];
  const key = problemTemplateKey(problem);
  if (!hasKey(texts.templates, key)) return problem.message;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {}))
    values[name] = phraseOf(name, value, texts);
  values.sheet = problem.sheet;
  values.row = problem.row ?? "";
  values.column = problem.column ?? "";
  values.value = problem.value ?? "";
  values.place = placeOf(problem, texts);
  return interpolate(texts.templates[key], values);
}
