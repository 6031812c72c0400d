/**
 * Conditional formats of the plan as exceljs rules, one rule per range (never a fill per cell):
 * - cellValue → `cellIs` with the plan's operator and numbers;
 * - textEquals → `cellIs` equal to a quoted text, which is what Excel itself writes for
 *   "Highlight Cells Rules → Equal To…" with a text (a case-insensitive whole-cell match);
 * - dataBar and colorScale → the same rules with min / (50th percentile) / max points.
 */
import type {
  Color,
  ConditionalFormattingOptions,
  ConditionalFormattingRule,
  DataBarRuleType,
  Style,
  Worksheet,
} from "exceljs";
import type { ConditionalFormatPlan } from "../workbook/plan";
import { formatRange, parseRange, type CellRange } from "./a1";
import { argbFromPlanColor } from "./plan-colors";

function highlight(fill: string, fontColor: string | undefined): Partial<Style> {
  const style: Partial<Style> = {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbFromPlanColor(fill) } },
  };
  if (fontColor) style.font = { color: { argb: argbFromPlanColor(fontColor) } };
  return style;
}

/** A text as an Excel formula string literal: quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** exceljs writes a data bar's `color`, which its typings leave out. */
type DataBarRule = DataBarRuleType & { color: Partial<Color> };

function rule(plan: ConditionalFormatPlan, priority: number): ConditionalFormattingRule {
  switch (plan.kind) {
    case "cellValue":
      return {
        type: "cellIs",
        priority,
        operator: plan.operator,
        formulae: plan.values.map((value) => String(value)),
        style: highlight(plan.fill, plan.fontColor),
      };
    case "textEquals":
      return {
        type: "cellIs",
        priority,
        operator: "equal",
        formulae: [formulaText(plan.text)],
        style: highlight(plan.fill, plan.fontColor),
      };
    case "dataBar": {
      const dataBar: DataBarRule = {
        type: "dataBar",
        priority,
        gradient: false,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: argbFromPlanColor(plan.color) },
      };
      return dataBar;
    }
    case "colorScale": {
      const points = plan.mid === undefined ? [plan.min, plan.max] : [plan.min, plan.mid, plan.max];
      return {
        type: "colorScale",
        priority,
        cfvo:
          plan.mid === undefined
            ? [{ type: "min" }, { type: "max" }]
            : [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: points.map((color) => ({ argb: argbFromPlanColor(color) })),
      };
    }
  }
}

/** exceljs keeps a sheet's rules in `conditionalFormattings`, which its typings leave out. */
function sheetRules(sheet: Worksheet): ConditionalFormattingOptions[] {
  const rules = (sheet as unknown as { conditionalFormattings?: ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return Array.isArray(rules) ? rules : [];
}

function nextPriority(sheet: Worksheet): number {
  let highest = 0;
  for (const format of sheetRules(sheet))
    for (const item of format.rules) highest = Math.max(highest, item.priority || 0);
  return highest + 1;
}

export function addConditionalFormats(
  sheet: Worksheet,
  plans: readonly ConditionalFormatPlan[]
): void {
  let priority = nextPriority(sheet);
  for (const plan of plans) {
    sheet.addConditionalFormatting({
      ref: formatRange(parseRange(plan.range)),
      rules: [rule(plan, priority)],
    });
    priority += 1;
  }
}

function within(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/** True when every range of a rule's reference ("A1:A5 C1:C5") lies inside `area`. */
function referenceWithin(reference: string, area: CellRange): boolean {
  const parts = reference.split(/\s+/).filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    try {
      return within(parseRange(part), area);
    } catch (error) {
      if (error instanceof RangeError) return false; // a reference we cannot read is not ours to remove
      throw error;
    }
  });
}

/** Removes the rules an earlier review put inside the add-in's own area, keeping the user's. */
export function removeConditionalFormatsWithin(sheet: Worksheet, area: CellRange): void {
  sheet.removeConditionalFormatting(
    (format: ConditionalFormattingOptions) => !referenceWithin(format.ref, area)
  );
}
