/**
 * One plan value as a `<c>` element. Text is always an inline string (`t="inlineStr"`), never
 * a formula, so text that starts with "=", "+", "-" or "@" stays literal (BAD-INPUTS #21).
 */
import type { PlanValue } from "../../workbook/plan";
import { cellAddress } from "../../workbook/plan-address";
import { PLAN_MESSAGES, PlanApplyError } from "../plan-errors";
import { escapeXml, needsPreserve } from "./xml-escape";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32_767;

/** The `<c>` element for a value at (row, column) with cell format `style` (0: none). */
export function cellXml(
  sheet: string,
  row: number,
  column: number,
  value: PlanValue,
  style: number,
  prefix = ""
): string {
  const reference = cellAddress(row, column);
  const styled = style === 0 ? "" : ` s="${style}"`;
  const p = prefix;
  if (value === null) return `<${p}c r="${reference}"${styled}/>`;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new PlanApplyError(PLAN_MESSAGES.notFinite(`${sheet}!${reference}`, value));
    return `<${p}c r="${reference}"${styled}><${p}v>${String(value)}</${p}v></${p}c>`;
  }
  if (typeof value === "boolean")
    return `<${p}c r="${reference}"${styled} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (value.length > MAX_CELL_CHARACTERS)
    throw new PlanApplyError(
      PLAN_MESSAGES.textTooLong(`${sheet}!${reference}`, value.length, MAX_CELL_CHARACTERS)
    );
  const space = needsPreserve(value) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${reference}"${styled} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}
