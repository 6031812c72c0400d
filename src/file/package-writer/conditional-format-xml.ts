/**
 * The plan's conditional formats as `<conditionalFormatting>` elements, one rule per range
 * (never a fill per cell), with the same meaning as the live-workbook applier:
 * - cellValue → `cellIs` with the plan's operator and numbers;
 * - textEquals → `cellIs` equal to a quoted text (what Excel writes for "Equal To…" with a text);
 * - dataBar and colorScale → min / (50th percentile) / max points.
 */
import type { ConditionalFormatPlan } from "../../workbook/plan";
import { formatRange, parseRange } from "../../workbook/plan-address";
import { formulaTextLiteral } from "./formula-text";
import { argbFromPlanColor } from "../plan-colors";
import type { StylesPatch } from "./styles-patch";
import { escapeXml } from "./xml-escape";

function ruleXml(
  plan: ConditionalFormatPlan,
  priority: number,
  styles: StylesPatch,
  p: string
): string {
  switch (plan.kind) {
    case "cellValue":
    case "textEquals": {
      const dxfId = styles.differentialStyle({
        fill: argbFromPlanColor(plan.fill),
        fontColor: plan.fontColor === undefined ? undefined : argbFromPlanColor(plan.fontColor),
      });
      const operator = plan.kind === "cellValue" ? plan.operator : "equal";
      const operands =
        plan.kind === "cellValue"
          ? plan.values.map((value) => String(value))
          : [formulaTextLiteral(plan.text)];
      const formulas = operands
        .map((operand) => `<${p}formula>${escapeXml(operand)}</${p}formula>`)
        .join("");
      return `<${p}cfRule type="cellIs" dxfId="${dxfId}" priority="${priority}" operator="${operator}">${formulas}</${p}cfRule>`;
    }
    case "dataBar":
      return (
        `<${p}cfRule type="dataBar" priority="${priority}"><${p}dataBar>` +
        `<${p}cfvo type="min"/><${p}cfvo type="max"/><${p}color rgb="${argbFromPlanColor(plan.color)}"/>` +
        `</${p}dataBar></${p}cfRule>`
      );
    case "colorScale": {
      const points = plan.mid === undefined ? [plan.min, plan.max] : [plan.min, plan.mid, plan.max];
      const cfvo =
        plan.mid === undefined
          ? `<${p}cfvo type="min"/><${p}cfvo type="max"/>`
          : `<${p}cfvo type="min"/><${p}cfvo type="percentile" val="50"/><${p}cfvo type="max"/>`;
      const colors = points
        .map((color) => `<${p}color rgb="${argbFromPlanColor(color)}"/>`)
        .join("");
      return `<${p}cfRule type="colorScale" priority="${priority}"><${p}colorScale>${cfvo}${colors}</${p}colorScale></${p}cfRule>`;
    }
  }
}

/** The elements for `plans`, priorities counting up from `firstPriority`. */
export function conditionalFormatsXml(
  plans: readonly ConditionalFormatPlan[],
  firstPriority: number,
  styles: StylesPatch,
  prefix = ""
): string {
  return plans
    .map((plan, index) => {
      const range = formatRange(parseRange(plan.range));
      return `<${prefix}conditionalFormatting sqref="${range}">${ruleXml(plan, firstPriority + index, styles, prefix)}</${prefix}conditionalFormatting>`;
    })
    .join("");
}
