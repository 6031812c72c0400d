/**
 * Which reading of a text date like "05/03/2026" a workbook's locale implies.
 *
 * Rule (BAD-INPUTS #2):
 * - month first ("mdy") for the United States and places that follow it (region US, PH, PR, GU);
 * - no answer (null: the date is reported as ambiguous) when the locale is unknown, has no
 *   region (plain "en"), or belongs to a region whose own numeric order is year first or mixed
 *   (mainland China, Taiwan, Japan, Korea, Hungary, Lithuania, Mongolia, Canada): there a
 *   day/month/year text does not follow the local habit, so either reading would be a guess;
 * - day first ("dmy") for every other region (en-GB, en-AU, en-IN, zh-HK, zh-SG, fr-FR, ...).
 */
export type DayOrder = "dmy" | "mdy";

const MONTH_FIRST_REGIONS = new Set(["US", "PH", "PR", "GU"]);
const UNDECIDED_REGIONS = new Set(["CN", "TW", "JP", "KR", "KP", "HU", "LT", "MN", "CA"]);

export function dayOrderForLocale(locale: string | undefined): DayOrder | null {
  if (!locale) return null;
  const parts = locale.split(/[-_]/);
  const region = parts
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part))
    ?.toUpperCase();
  if (!region) return null;
  if (MONTH_FIRST_REGIONS.has(region)) return "mdy";
  if (UNDECIDED_REGIONS.has(region)) return null;
  return "dmy";
}
