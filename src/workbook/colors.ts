/**
 * Colours of the output, as "#RRGGBB". Fills are paired with a font colour that stays readable
 * on them (white on the dark ones), so a printed or projected sheet can still be read.
 */
import type { CreditStanding } from "../engine/credit-standing";
import type { Grade } from "../engine/types";

export interface CellColors {
  fill: string;
  fontColor: string;
}

const GOOD: CellColors = { fill: "#C6EFCE", fontColor: "#006100" };
const FAIR: CellColors = { fill: "#DDEBF7", fontColor: "#1F4E78" };
const WATCH: CellColors = { fill: "#FFEB9C", fontColor: "#9C5700" };
const BAD: CellColors = { fill: "#FFC7CE", fontColor: "#9C0006" };

export const GRADE_COLORS: Record<Grade, CellColors> = { A: GOOD, B: FAIR, C: WATCH, D: BAD };
/** No credit (cash only) is never green: the customer cannot buy on credit. */
export const STATUS_COLORS: Record<CreditStanding, CellColors> = {
  OK: GOOD,
  NO_CREDIT: WATCH,
  REDUCE: WATCH,
  SUSPEND: BAD,
};
/** Over the limit, or overdue long enough to reduce or suspend. */
export const WARNING_COLORS = WATCH;
export const ALARM_COLORS = BAD;

/** Aging fills from green (not due) to dark red (the oldest bucket). */
export const AGING_PALETTE: readonly string[] = [
  "#63BE7B",
  "#C9DF8A",
  "#FFEB84",
  "#F8A66B",
  "#C00000",
  "#8B0000",
];

export const DATA_BAR_COLOR = "#5B9BD5";

const WHITE = "#FFFFFF";
const BLACK = "#000000";

/**
 * Fill and font for bucket `index` of `count`: the palette is stretched over however many
 * buckets the policy's edges make, so the first is always green and the last always dark red.
 */
export function agingColors(index: number, count: number): CellColors {
  const last = AGING_PALETTE.length - 1;
  const position = count <= 1 ? 0 : Math.round((index * last) / (count - 1));
  const fill = AGING_PALETTE[Math.min(last, Math.max(0, position))];
  return { fill, fontColor: readableFontColor(fill) };
}

/** White or black, whichever contrasts more with the fill (WCAG contrast ratio). */
export function readableFontColor(fill: string): string {
  const luminance = relativeLuminance(fill);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  return contrastWithWhite > contrastWithBlack ? WHITE : BLACK;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  );
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
