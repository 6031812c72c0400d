/** Excel number formats the output uses, so both appliers show the same thing. */

export const SCORE_FORMAT = "0.0";
export const WHOLE_NUMBER_FORMAT = "0";
/** A large whole number read as a magnitude (a collection priority): thousands grouped. */
export const GROUPED_WHOLE_NUMBER_FORMAT = "#,##0";
export const DAYS_FORMAT = "0";
export const AVERAGE_DAYS_FORMAT = "0.0";
export const PERCENT_FORMAT = "0.0%";
export const DATE_FORMAT = "yyyy-mm-dd";
/** Text: ids such as "00123" and labels such as "1-30" are kept exactly as written. */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/**
 * Money in currency units with as many decimals as the currency has minor units:
 * 100 per unit → "#,##0.00", 1 per unit → "#,##0", 1000 per unit → "#,##0.000".
 */
export function moneyFormat(minorPerUnit: number): string {
  const decimals = Math.max(0, Math.ceil(Math.log10(minorPerUnit) - 1e-9));
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}
