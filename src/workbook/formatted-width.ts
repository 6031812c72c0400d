/**
 * How many character columns a value takes once a spreadsheet shows it in one of the output's
 * number formats (`number-formats.ts`): "#,##0.00" shows 1234567.5 as "1,234,567.50" (12).
 * Column widths are fitted to this, so a number never shows as "###".
 */
import type { PlanValue } from "./plan";
import { DATE_FORMAT, GENERAL_FORMAT, TEXT_FORMAT } from "./number-formats";
import { displayWidth } from "./text-width";

/** "yyyy-mm-dd". */
const DATE_WIDTH = DATE_FORMAT.length;
/** A spreadsheet shows a number in General format with at most 11 characters. */
const GENERAL_MAX_WIDTH = 11;

/** What a numeric format of the output says: thousands separators, decimals, percent. */
interface NumericFormat {
  grouping: boolean;
  decimals: number;
  percent: boolean;
}

/**
 * The formats the output plan writes are its own constants, read here by their parts; a format
 * this does not know (none today) is measured as General, which is at least as wide.
 */
function numericFormat(format: string): NumericFormat | null {
  if (format === GENERAL_FORMAT || format === TEXT_FORMAT || format.includes("y")) return null;
  const percent = format.endsWith("%");
  const body = percent ? format.slice(0, -1) : format;
  const point = body.indexOf(".");
  const decimals = point < 0 ? 0 : body.length - point - 1;
  const integer = point < 0 ? body : body.slice(0, point);
  const known = [...body].every((character) => "#0,.".includes(character));
  if (!known) return null;
  return { grouping: integer.includes(","), decimals, percent };
}

const formatters = new Map<string, Intl.NumberFormat | null>();

/** The number shown as the format shows it, by the runtime's own formatter (en-US digits). */
function formatterFor(format: string): Intl.NumberFormat | null {
  let formatter = formatters.get(format);
  if (formatter === undefined) {
    const numeric = numericFormat(format);
    formatter =
      numeric === null
        ? null
        : new Intl.NumberFormat("en-US", {
            style: numeric.percent ? "percent" : "decimal",
            useGrouping: numeric.grouping,
            minimumFractionDigits: numeric.decimals,
            maximumFractionDigits: numeric.decimals,
          });
    formatters.set(format, formatter);
  }
  return formatter;
}

export function formattedNumberWidth(value: number, format: string): number {
  if (format.includes("y")) return DATE_WIDTH;
  const formatter = formatterFor(format);
  if (formatter === null) return Math.min(String(value).length, GENERAL_MAX_WIDTH);
  return formatter.format(value).length;
}

/** Columns the value takes in a cell of this format (text is shown as it is, whatever the format). */
export function formattedWidth(value: PlanValue, format: string): number {
  if (value === null) return 0;
  if (typeof value === "number") return formattedNumberWidth(value, format);
  if (typeof value === "boolean") return value ? 4 : 5;
  return displayWidth(value);
}
