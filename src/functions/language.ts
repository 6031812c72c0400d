/**
 * The optional `language` argument: which language text results are written in. Formulas stay
 * portable because the argument is plain text ("zh-CN"), not the workbook's UI language.
 */
import { type CellInput, isBlank } from "./arguments";
import { plainValue } from "./data-type-value";
import { ArgumentFailure, FAILURE_CODES } from "./failure";

export const FUNCTION_LANGUAGES = ["en-US", "zh-CN", "zh-TW"] as const;
export type FunctionLanguage = (typeof FUNCTION_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: FunctionLanguage = "en-US";

/** Blank → en-US; otherwise one of FUNCTION_LANGUAGES, compared without regard to case. */
export function requireLanguage(input: CellInput): FunctionLanguage {
  const value = plainValue(input);
  if (isBlank(value)) return DEFAULT_LANGUAGE;
  const wanted = String(value).trim().toLowerCase();
  const match = FUNCTION_LANGUAGES.find((language) => language.toLowerCase() === wanted);
  if (!match) {
    throw new ArgumentFailure(FAILURE_CODES.invalidValue, "unknownLanguage", {
      value: String(value),
      supported: FUNCTION_LANGUAGES.join(", "),
    });
  }
  return match;
}
