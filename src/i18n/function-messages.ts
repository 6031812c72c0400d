/**
 * The custom functions' failure sentences in the reader's language, the only place they are made.
 * A function fails with a reason and its params (`functions/failure.ts`); the Excel entry and the
 * test harness word it here. Kept apart from the pane's catalogs so that the functions bundle
 * carries only these few words, and only the English ones: another language's words arrive in a
 * chunk of their own (`loadFunctionMessages`) when the host speaks it.
 */
import { interpolate, type InterpolationParams } from "./interpolate";
import { baseLocale, type DisplayLocale, type SupportedLocale } from "./locales";
import { EN_US_FUNCTION_MESSAGES } from "./function-messages/en-US";

export type FunctionFailureReason = keyof (typeof EN_US_FUNCTION_MESSAGES)["templates"];

export interface FunctionMessageTexts {
  place: Record<keyof (typeof EN_US_FUNCTION_MESSAGES)["place"], string>;
  templates: Record<FunctionFailureReason, string>;
}

/**
 * Where the argument at fault is: the argument's name, and for one cell of a range its row and
 * column (a range of several rows) or its item number (a single row or column).
 */
export interface ArgumentPlace {
  readonly argument: string;
  readonly row?: number;
  readonly column?: number;
  readonly item?: number;
}

/** What a failure says beyond its reason: the place of the argument at fault and its numbers. */
export interface FunctionFailureParams {
  readonly place?: ArgumentPlace;
  readonly values?: InterpolationParams;
}

/** Every reason, for tests that check each catalog words each one. */
export const FUNCTION_FAILURE_REASONS = Object.keys(
  EN_US_FUNCTION_MESSAGES.templates
) as FunctionFailureReason[];

/** The catalogs loaded so far: English always, another once `loadFunctionMessages` ran for it. */
const loaded: Partial<Record<SupportedLocale, FunctionMessageTexts>> = {
  "en-US": EN_US_FUNCTION_MESSAGES,
};

async function importCatalog(locale: SupportedLocale): Promise<FunctionMessageTexts> {
  switch (locale) {
    case "en-US":
      return EN_US_FUNCTION_MESSAGES;
    case "zh-CN":
      return (await import("./function-messages/zh-CN")).ZH_CN_FUNCTION_MESSAGES;
    case "zh-TW":
      return (await import("./function-messages/zh-TW")).ZH_TW_FUNCTION_MESSAGES;
  }
}

/** Loads the words of `locale`: failures are worded in it from then on. */
export async function loadFunctionMessages(locale: DisplayLocale): Promise<void> {
  const base = baseLocale(locale);
  loaded[base] ??= await importCatalog(base);
}

/** The words of `locale` once loaded, else English (a failure before its load completes). */
export function functionMessageTexts(locale: DisplayLocale): FunctionMessageTexts {
  return loaded[baseLocale(locale)] ?? EN_US_FUNCTION_MESSAGES;
}

function placeText(place: ArgumentPlace, texts: FunctionMessageTexts): string {
  if (place.item !== undefined) return interpolate(texts.place.item, { ...place });
  if (place.row !== undefined && place.column !== undefined)
    return interpolate(texts.place.cell, { ...place });
  return place.argument;
}

/** The sentence of a function's failure, e.g. `score must be a number, not "Acme"`. */
export function functionFailureMessage(
  reason: FunctionFailureReason,
  params: FunctionFailureParams,
  locale: DisplayLocale
): string {
  const texts = functionMessageTexts(locale);
  const values: Record<string, string | number> = { ...params.values };
  if (params.place !== undefined) values.name = placeText(params.place, texts);
  return interpolate(texts.templates[reason], values);
}
