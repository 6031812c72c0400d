/** Plan colours ("#RRGGBB") as the ARGB of SpreadsheetML colours ("FFRRGGBB", fully opaque). */
import { PLAN_MESSAGES, PlanApplyError } from "./plan-errors";

const HEX_RGB = /^#?([0-9a-fA-F]{6})$/;
const HEX_ARGB = /^#?([0-9a-fA-F]{8})$/;

export function argbFromPlanColor(color: string): string {
  const rgb = HEX_RGB.exec(color);
  if (rgb) return `FF${rgb[1].toUpperCase()}`;
  const argb = HEX_ARGB.exec(color);
  if (argb) return argb[1].toUpperCase();
  throw new PlanApplyError(PLAN_MESSAGES.badColor(color));
}

/** The header fill and font that mark columns as the add-in's own output. */
export const OWNED_HEADER_FILL = "#D9E1F2";
export const OWNED_HEADER_FONT = "#1F3864";
