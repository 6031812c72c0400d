/**
 * One conditional format of the plan as one Office.js conditional format on its range (never a
 * fill per cell). Enum values are given as their string literals, which the typings accept and
 * which need no `Excel` global at run time.
 */
import type { ConditionalFormatPlan } from "../workbook/plan";

type CellValuePlan = Extract<ConditionalFormatPlan, { kind: "cellValue" }>;

const OPERATORS: Record<CellValuePlan["operator"], Excel.ConditionalCellValueRule["operator"]> = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  equal: "EqualTo",
  between: "Between",
};

export const cellValueOperands = (operator: string, expected: number, got: number): string =>
  `A conditional format "${operator}" needs ${expected} value(s), the plan gave ${got}.`;

/** Rule operands are formulas: "=90", "=-5". */
function operand(value: number): string {
  return `=${value}`;
}

/** A text as a formula constant: ="SUSPEND", quotes doubled. */
export function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

export function cellValueRule(plan: CellValuePlan): Excel.ConditionalCellValueRule {
  const needed = plan.operator === "between" ? 2 : 1;
  if (plan.values.length < needed)
    throw new RangeError(cellValueOperands(plan.operator, needed, plan.values.length));
  return {
    operator: OPERATORS[plan.operator],
    formula1: operand(plan.values[0]),
    ...(needed === 2 ? { formula2: operand(plan.values[1]) } : {}),
  };
}

function fillCellValue(
  format: Excel.ConditionalRangeFormat,
  fill: string,
  fontColor: string | undefined
): void {
  format.fill.color = fill;
  if (fontColor) format.font.color = fontColor;
}

export function queueConditionalFormat(range: Excel.Range, plan: ConditionalFormatPlan): void {
  switch (plan.kind) {
    case "cellValue": {
      const conditional = range.conditionalFormats.add("CellValue");
      fillCellValue(conditional.cellValue.format, plan.fill, plan.fontColor);
      conditional.cellValue.rule = cellValueRule(plan);
      return;
    }
    case "textEquals": {
      // "Contains text" has no "equals": a cell-value rule against a text constant is exact.
      const conditional = range.conditionalFormats.add("CellValue");
      fillCellValue(conditional.cellValue.format, plan.fill, plan.fontColor);
      conditional.cellValue.rule = { operator: "EqualTo", formula1: textFormula(plan.text) };
      return;
    }
    case "dataBar": {
      const conditional = range.conditionalFormats.add("DataBar");
      conditional.dataBar.positiveFormat.fillColor = plan.color;
      return;
    }
    case "colorScale": {
      const conditional = range.conditionalFormats.add("ColorScale");
      conditional.colorScale.criteria = {
        minimum: { type: "LowestValue", color: plan.min },
        ...(plan.mid ? { midpoint: { type: "Percentile", formula: "50", color: plan.mid } } : {}),
        maximum: { type: "HighestValue", color: plan.max },
      };
      return;
    }
  }
}
