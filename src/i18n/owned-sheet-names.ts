/**
 * The sheet names the add-in's review recognises in any workbook, as plain data for the shared
 * review composition (`src/workbook/workbook-review.ts`), which takes them as options so that the
 * workbook layer never imports a language. The add-in's own sheets are not among them: they are
 * recognised only through the output map and their first cell, never by name.
 */

/** Names a user's own key/value Policy sheet may carry (compared like headers: case and spaces ignored). */
export const POLICY_SHEET_NAMES: readonly string[] = [
  "Policy",
  "Credit Policy",
  "信用政策",
  "政策",
];
