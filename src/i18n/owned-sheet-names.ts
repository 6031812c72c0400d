/**
 * The sheet names the add-in's review recognises in any workbook, as plain data for the shared
 * review composition (`src/workbook/workbook-review.ts`), which takes them as options so that the
 * workbook layer never imports a language.
 */
import { SUPPORTED_LOCALES } from "./locales";
import { outputLabels } from "./output-labels";

/** Names a user's own key/value Policy sheet may carry (compared like headers: case and spaces ignored). */
export const POLICY_SHEET_NAMES: readonly string[] = [
  "Policy",
  "Credit Policy",
  "信用政策",
  "政策",
];

const SHEETS = SUPPORTED_LOCALES.map((locale) => outputLabels(locale).sheets);

/**
 * Every language's name of the owned sheets a review may also recognise by name when the output
 * map was lost. The policy record is deliberately absent: it is read only where the map names it,
 * so a user's sheet that happens to carry its name is never taken for it.
 */
export const OWNED_SHEET_NAMES: Readonly<{
  aging: string[];
  creditLog: string[];
  creditChanges: string[];
}> = {
  aging: SHEETS.map((names) => names.aging),
  creditLog: SHEETS.map((names) => names.creditLog),
  creditChanges: SHEETS.map((names) => names.creditChanges),
};
